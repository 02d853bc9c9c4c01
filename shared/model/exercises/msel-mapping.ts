import { z } from 'zod';

/**
 * The inject fields an MSEL spreadsheet can fill, in the order the mapping step shows them
 * (HSEEP MSEL vocabulary: scenario time, synopsis, inject text, intended players, expected action).
 */
export const MSEL_FIELDS = ['time', 'title', 'text', 'audience', 'from', 'controller', 'roles', 'expected', 'module', 'capability', 'titleEs', 'textEs'] as const;
export type MselField = (typeof MSEL_FIELDS)[number];
export const REQUIRED_MSEL_FIELDS: readonly MselField[] = ['time', 'title'];

/** Field → the header of the column that fills it, as written in the file (trimmed); absent: not imported. */
export const MselMapping = z.partialRecord(z.enum(MSEL_FIELDS), z.string().max(200));
export type MselMapping = z.infer<typeof MselMapping>;
