import Papa from 'papaparse';
import type { IssueLog } from './import-report';
import { detectCsvDelimiter } from '../text/csv-delimiter';

/** A parsed CSV: lower-cased headers and one object per data row, with its row number in the file (header = 1). */
export interface CsvTable {
  file: string;
  headers: string[];
  rows: { row: number; values: Record<string, string> }[];
  /** Data rows in the file, read or not (rows with a broken quote or the wrong number of values are reported). */
  dataRows: number;
  /** The headers as written in the file (same order as `headers`), for messages. */
  original: string[];
}

/**
 * Parses CSV text (a BOM, quoted newlines and CRLF are fine). Rows with a broken quote or the
 * wrong number of fields are reported and left out, never half-read.
 */
export function parseCsvTable(text: string, file: string, log: IssueLog, options: { delimiter?: string } = {}): CsvTable {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimiter: options.delimiter ?? detectCsvDelimiter(clean) });
  const [header = [], ...data] = parsed.data;
  const original = header.map((h) => h.trim());
  const headers = original.map((h) => h.toLowerCase());
  const bad = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter' || typeof e.row !== 'number') continue;
    bad.set(e.row, e.code === 'MissingQuotes' ? 'a quoted value is never closed' : e.message);
  }
  const rows: CsvTable['rows'] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    const problem = bad.get(i + 1);
    if (problem) return log.error(file, row, `Row skipped: ${problem}. Fix the quotes on this row and import again.`, { key: 'import.csv.unclosedQuote', params: { row }, reason: 'Row skipped: a quoted value is never closed', reasonKey: 'import.reason.unclosedQuote' });
    if (cells.length !== headers.length) {
      // Trailing empty cells (a spreadsheet's stray delimiters) are harmless.
      const extra = cells.slice(headers.length);
      if (cells.length < headers.length || extra.some((c) => c.trim() !== '')) {
        return log.error(file, row, `Row skipped: it has ${cells.length} values but the header has ${headers.length} columns. Check for a delimiter inside a value that is not in quotes.`, {
          key: 'import.csv.cellCount',
          params: { count: cells.length, columns: headers.length },
          reason: 'Row skipped: its number of values differs from the header',
          reasonKey: 'import.reason.cellCount',
        });
      }
    }
    const values: Record<string, string> = {};
    headers.forEach((h, k) => (values[h] = (cells[k] ?? '').trim()));
    rows.push({ row, values });
  });
  return { file, headers, rows, dataRows: data.length, original };
}

/** The required columns a table lacks. */
export function missingColumns(table: CsvTable, required: readonly string[]): string[] {
  return required.filter((c) => !table.headers.includes(c));
}

/** Writes rows as CSV with a header, quoting as needed (RFC 4180). */
export function toCsv(headers: readonly string[], rows: readonly Record<string, string | number | null | undefined>[]): string {
  return Papa.unparse({ fields: [...headers], data: rows.map((r) => headers.map((h) => (r[h] === null || r[h] === undefined ? '' : String(r[h])))) }, { newline: '\r\n' }) + '\r\n';
}
