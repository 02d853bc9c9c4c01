import { z } from 'zod';
import { IMPORT_FORMATS } from '../../model/resources/directory';
import { DATE_ORDERS, FileReading, MessageParams } from '../../model';

/** What happened to one table (file) of an import: rows read, kept and skipped, with the reasons counted. */
export const TableSummary = z.object({
  /** HSDS table name (organization, service, phone, ...) or `spreadsheet`. */
  table: z.string(),
  file: z.string(),
  rows: z.number().int(),
  kept: z.number().int(),
  skipped: z.number().int(),
  /** Why rows were skipped or details left out, each reason with how many rows it hit. */
  reasons: z.array(z.object({ reason: z.string(), count: z.number().int(), key: z.string().optional(), params: MessageParams.optional() })),
});
export type TableSummary = z.infer<typeof TableSummary>;

/** One problem found while reading an import, by file and row (row 1 is the header; null for the whole file). */
export const ImportIssue = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  /** error: the record or file is skipped; warning: the record is kept without that detail. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  /** The column the problem is in, when it is one. */
  column: z.string().optional(),
  key: z.string().optional(),
  params: MessageParams.optional(),
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
  /** How a spreadsheet CSV was read (encoding, delimiter); null for a package (each file's encoding is in the issues when not UTF-8). */
  reading: FileReading.nullable(),
  /** Per table of the source: rows read, kept, skipped and why (grouped), and details left out. */
  tables: z.array(TableSummary),
  /** Dates like 3/7/12 were read in this order; `needed` when the file has such dates and nothing said which. */
  dateOrder: z.object({ order: z.enum(DATE_ORDERS).nullable(), source: z.enum(['asked', 'language', 'unambiguous', 'needed', 'none']) }),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const emptyCounts = (): ImportCounts => ({ added: 0, updated: 0, unchanged: 0, skipped: 0 });

/**
 * How an issue is told: its message key for the UI's language (English and Spanish catalogs under
 * `server.<key>`) with its params, its column, and how it groups in the per-table summary. The key
 * is required so that no import message reaches a Spanish user in English; `message` (the English
 * text) stays for logs and scripts.
 */
export type IssueDetail = {
  key: string;
  params?: MessageParams;
  column?: string;
  /** The row is not imported (an error always skips; a warning may say a linked row was not used). */
  skipsRow?: boolean;
} & (
  | { reason?: undefined; reasonKey?: undefined; reasonParams?: undefined }
  | {
      /** The reason without this row's values ("Service skipped: it has no name"), to count rows by reason; the message by default. */
      reason: string;
      /** The key and params of `reason` (no row values), for the UI's language. */
      reasonKey: string;
      reasonParams?: MessageParams;
    }
);

interface FileTally {
  skippedRows: Set<number>;
  reasons: Map<string, { reason: string; count: number; key?: string; params?: MessageParams }>;
}

/** Collects issues for a report, keeping the first `limit` and counting the rest; tallies every issue per file for the table summary. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  more = 0;
  errors = 0;
  readonly perFile = new Map<string, FileTally>();
  constructor(private readonly limit = 1000) {}
  add(file: string, row: number | null, severity: ImportIssue['severity'], message: string, detail: IssueDetail): void {
    if (severity === 'error') this.errors++;
    const issue: ImportIssue = { file, row, severity, message };
    if (detail.column) issue.column = detail.column;
    issue.key = detail.key;
    if (detail.params) issue.params = detail.params;
    if (this.issues.length < this.limit) this.issues.push(issue);
    else this.more++;
    let tally = this.perFile.get(file);
    if (!tally) this.perFile.set(file, (tally = { skippedRows: new Set(), reasons: new Map() }));
    if (row !== null && (severity === 'error' || detail.skipsRow)) tally.skippedRows.add(row);
    const reason = detail.reason ?? message;
    const entry = tally.reasons.get(reason);
    if (entry) entry.count++;
    else if (detail.reason) tally.reasons.set(reason, { reason, count: 1, key: detail.reasonKey, ...(detail.reasonParams ? { params: detail.reasonParams } : {}) });
    else tally.reasons.set(reason, { reason, count: 1, key: detail.key, params: detail.params });
  }
  error(file: string, row: number | null, message: string, detail: IssueDetail): void {
    this.add(file, row, 'error', message, detail);
  }
  warn(file: string, row: number | null, message: string, detail: IssueDetail): void {
    this.add(file, row, 'warning', message, detail);
  }
  /** The summary of one table: `rows` data rows were in its file. */
  summary(table: string, file: string, rows: number): TableSummary {
    const tally = this.perFile.get(file);
    const skipped = Math.min(rows, tally?.skippedRows.size ?? 0);
    return { table, file, rows, kept: rows - skipped, skipped, reasons: tally ? [...tally.reasons.values()].sort((a, b) => b.count - a.count).slice(0, 50) : [] };
  }
}
