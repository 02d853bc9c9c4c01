import { z } from 'zod';

/**
 * An imported file as it travels in a call: its bytes in base64, never text decoded by whichever
 * side opened it (the services decode it in one place, shared/logic/text/decode-file.ts).
 * `maxBytes` is the file's size limit; the message names it in megabytes.
 */
export function fileBytes(maxBytes: number) {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, `the file is larger than ${mb} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
}

/** Size limits of the imports other than the directory (RESOURCE_IMPORT_MAX_BYTES). */
export const QUESTIONS_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const AREAS_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const SCENARIO_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Day/month order of dates like 3/7/12: month first (US) or day first (most other places). */
export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How the services read a file, for the import report: "read as Windows-1252, columns separated by semicolons". */
export const FileReading = z.object({
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
  /** The CSV delimiter found; null for YAML and zip packages. */
  delimiter: z.enum([',', ';', '\t']).nullable(),
});
export type FileReading = z.infer<typeof FileReading>;
