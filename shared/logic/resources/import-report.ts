import { z } from 'zod';
import { IMPORT_FORMATS } from '../../model/resources/directory';

/** One problem found while reading an import, by file and row (row 1 is the header; null for the whole file). */
export const ImportIssue = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  /** error: the record or file is skipped; warning: the record is kept without that detail. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportCounts = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** What an import did or would do. `blocked` says why nothing can be imported at all (bad zip, missing columns). */
export const ImportReport = z.object({
  applied: z.boolean(),
  source: z.string(),
  format: z.enum(IMPORT_FORMATS).nullable(),
  asOf: z.string().nullable(),
  blocked: z.string().nullable(),
  counts: z.object({ organizations: ImportCounts, services: ImportCounts, locations: ImportCounts }),
  newCategories: z.array(z.string()),
  issues: z.array(ImportIssue),
  /** Issues beyond the first 1,000 are counted, not listed. */
  moreIssues: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const emptyCounts = (): ImportCounts => ({ added: 0, updated: 0, unchanged: 0, skipped: 0 });

/** Collects issues for a report, keeping the first `limit` and counting the rest. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  more = 0;
  errors = 0;
  constructor(private readonly limit = 1000) {}
  add(file: string, row: number | null, severity: ImportIssue['severity'], message: string): void {
    if (severity === 'error') this.errors++;
    if (this.issues.length < this.limit) this.issues.push({ file, row, severity, message });
    else this.more++;
  }
  error(file: string, row: number | null, message: string): void {
    this.add(file, row, 'error', message);
  }
  warn(file: string, row: number | null, message: string): void {
    this.add(file, row, 'warning', message);
  }
}
