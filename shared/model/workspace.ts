import { z } from 'zod';
import { Area } from './area';
import { Timestamp } from './ids';

/** The schema version this build writes. Each older version has one upgrade step in `migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Everything one data file holds. */
export const Workspace = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  areas: z.array(Area),
});
export type Workspace = z.infer<typeof Workspace>;
