import { z } from 'zod';
import { basedOn, createdBy, versionedFields } from './versioned';
import { AREAS_IMPORT_MAX_BYTES, fileBytes, FileReading } from './file-upload';
import { Id, Timestamp } from './ids';
import { label } from './text';
import { MessageParams } from './message';

/** A community area: the unit every report and gap analysis groups by. Joined on `number`. */
export const Area = z.object({
  ...versionedFields,
  id: Id,
  number: z.number().int().min(1).max(100000),
  name: z.string().min(1).max(200),
  priority: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Area = z.infer<typeof Area>;

export const AreaCreateInput = z.object({
  ...createdBy,
  name: label(200),
  /** Omitted: the next free number. */
  number: z.number().int().min(1).max(100000).optional(),
  priority: z.boolean().default(false),
});
export type AreaCreateInput = z.input<typeof AreaCreateInput>;

export const AreaUpdateInput = z.object({
  id: Id,
  ...basedOn,
  name: label(200).optional(),
  number: z.number().int().min(1).max(100000).optional(),
  priority: z.boolean().optional(),
});
export type AreaUpdateInput = z.input<typeof AreaUpdateInput>;

/** The largest CSV the areas import takes: well above any city's list, below the 1 MB body limit. */
export const AREAS_CSV_MAX_CHARS = 900_000;

export const AreaImportInput = z.object({
  /** The file's name, for messages. */
  fileName: z.string().max(300).default('areas.csv'),
  /** The CSV file's bytes (base64): decoded by the services, whatever its encoding. */
  base64: fileBytes(AREAS_IMPORT_MAX_BYTES),
  /** Check and preview only: nothing is written. */
  dryRun: z.boolean().default(false),
});
export type AreaImportInput = z.input<typeof AreaImportInput>;

export const AreaImportRowError = z.object({
  /** 1-based line in the file, header being line 1. */
  line: z.number().int(),
  message: z.string(),
  key: z.string().optional(),
  params: MessageParams.optional(),
});
export type AreaImportRowError = z.infer<typeof AreaImportRowError>;

export const AreaImportResult = z.object({
  applied: z.boolean(),
  areas: z.array(z.object({ number: z.number().int(), name: z.string(), priority: z.boolean() })),
  errors: z.array(AreaImportRowError),
  /** How the file was read (encoding, delimiter). */
  reading: FileReading,
});
export type AreaImportResult = z.infer<typeof AreaImportResult>;
