import { z } from 'zod';
import { Area } from './area';
import { exerciseCollections } from './exercises/collections';
import { Timestamp } from './ids';
import { resourceCollections } from './resources/collections';
import { townhallCollections } from './townhall/collections';

/** The schema version this build writes. Each older version has one upgrade step in `migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 8;

/** Everything one data file holds. Each feature contributes its collections. */
export const Workspace = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  areas: z.array(Area),
  ...exerciseCollections,
  ...townhallCollections,
  ...resourceCollections,
});
export type Workspace = z.infer<typeof Workspace>;
