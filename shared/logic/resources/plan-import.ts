import type { DateOrder, FileReading, Workspace } from '../../model';
import { readImportText } from '../text/read-import-file';
import { parseCsvTable, type CsvTable } from './csv-table';
import { dateOrderOf } from './field-parsers';
import { readHsdsPackage, type HsdsPackage, type PackageFile } from './hsds-package';
import { planHsdsImport } from './hsds-map';
import { emptyCounts, IssueLog, type ImportReport, type TableSummary } from './import-report';
import type { ImportPlan } from './import-plan';
import { planSpreadsheetImport, spreadsheetLanguage, type ColumnMapping } from './spreadsheet-import';

/** What an import receives: a package's files (unzipped, each decoded), or a spreadsheet CSV's bytes with its column mapping. */
export type ImportSource = { kind: 'package'; files: PackageFile[] } | { kind: 'spreadsheet'; bytes: Uint8Array; fileName: string; mapping: ColumnMapping };

/** A source read once (decoded, CSV parsed): planning it against the workspace is the cheap second step. */
export interface ReadSource {
  log: IssueLog;
  blocked: string | null;
  pkg: HsdsPackage | null;
  table: CsvTable | null;
  mapping: ColumnMapping;
  reading: FileReading | null;
  /** The language the file's headers are written in, for dates like 3/7/12. */
  language: 'en' | 'es' | null;
  /** Date cells whose day/month order matters. */
  dates: string[];
}

const HSDS_DATE_COLUMNS: Record<string, string[]> = { service: ['assured_date', 'last_modified'] };

/**
 * Step 1 of an import, done once whether it is a dry run or an apply: the bytes through the one
 * decoder, the CSV tables parsed, problems with the file itself logged. Pure; runs in a worker.
 */
export function readImportSource(source: ImportSource): ReadSource {
  const log = new IssueLog();
  if (source.kind === 'package') {
    const pkg = readHsdsPackage(source.files, log);
    const blocked = pkg ? null : (log.issues.find((i) => i.severity === 'error')?.message ?? 'No HSDS data package was found: choose a folder or .zip with datapackage.json and its CSV files.');
    const dates: string[] = [];
    for (const [table, columns] of Object.entries(HSDS_DATE_COLUMNS)) for (const { values } of pkg?.tables.get(table)?.rows ?? []) for (const c of columns) if (values[c]) dates.push(values[c]);
    return { log, blocked, pkg, table: null, mapping: {}, reading: null, language: 'en', dates };
  }
  const file = readImportText(source.bytes, source.fileName, 'csv');
  for (const p of file.problems) log.error(source.fileName, p.line, p.message, { key: p.key, params: p.params });
  if (file.problems.length > 0) return { log, blocked: file.problems[0].message, pkg: null, table: null, mapping: source.mapping, reading: file.reading, language: null, dates: [] };
  const table = parseCsvTable(file.text, source.fileName, log, { delimiter: file.reading.delimiter ?? undefined });
  const dateColumn = source.mapping.lastVerified;
  const dates = dateColumn ? table.rows.map((r) => r.values[dateColumn] ?? '').filter(Boolean) : [];
  return { log, blocked: null, pkg: null, table, mapping: source.mapping, reading: file.reading, language: spreadsheetLanguage(table.headers), dates };
}

/** Which day/month order the source's dates are read in, and why (see ImportReport.dateOrder). */
export function resolveDateOrder(read: ReadSource, asked: DateOrder | undefined): ImportReport['dateOrder'] {
  if (asked) return { order: asked, source: 'asked' };
  const found = dateOrderOf(read.dates);
  if (found.order) return { order: found.order, source: 'unambiguous' };
  if (!found.ambiguous && !found.conflict) return { order: null, source: 'none' };
  if (read.language === 'es') return { order: 'dmy', source: 'language' };
  // HSDS is a US standard written in US English: month first.
  if (read.pkg) return { order: 'mdy', source: 'language' };
  return { order: null, source: 'needed' };
}

function copyLog(from: IssueLog): IssueLog {
  const log = new IssueLog();
  log.issues.push(...from.issues.map((i) => ({ ...i })));
  log.more = from.more;
  log.errors = from.errors;
  for (const [file, tally] of from.perFile) log.perFile.set(file, { skippedRows: new Set(tally.skippedRows), reasons: new Map([...tally.reasons].map(([k, v]) => [k, { ...v }])) });
  return log;
}

/** What planning reads from the workspace: the areas and categories it matches, the organization ids it links. */
export type ImportTarget = Pick<Workspace, 'areas' | 'categories'> & { organizations: readonly { id: string }[] };

/** Just what planning needs from a workspace (sent to the import worker instead of the whole workspace). */
export function importTargetOf(ws: ImportTarget): ImportTarget {
  return { areas: ws.areas, categories: ws.categories, organizations: ws.organizations.map((o) => ({ id: o.id })) };
}

/**
 * Step 2: plans a read source against the current workspace and says what importing it would do:
 * the plan (null when nothing can be imported) and the report, whose counts are filled in by
 * applying the plan. Cheap next to step 1; the apply runs it inside the store's write, once.
 */
export function planImport(ws: ImportTarget, read: ReadSource, name: string, options: { dateOrder?: DateOrder } = {}): { plan: ImportPlan | null; report: ImportReport; errors: number } {
  const log = copyLog(read.log);
  const dateOrder = resolveDateOrder(read, options.dateOrder);
  const ctx = { areas: ws.areas, categories: ws.categories, organizationIds: new Set(ws.organizations.map((o) => o.id)), dateOrder: dateOrder.order ?? undefined };
  let plan: ImportPlan | null = null;
  let blocked = read.blocked;
  if (!blocked && dateOrder.source === 'needed') {
    const example = read.dates.find((d) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(d.trim())) ?? '';
    blocked = `Dates like ${example} can be read month first or day first. Choose which this file uses, then check it again.`;
    log.error(name, null, blocked, { key: 'import.dateOrderNeeded', params: { example } });
  }
  if (!blocked && read.pkg) {
    plan = planHsdsImport(read.pkg, ctx, log);
    if (!plan) blocked = 'The package is missing required columns or tables; see the errors below.';
  } else if (!blocked && read.table) {
    plan = planSpreadsheetImport(read.table, read.mapping, ctx, log);
    if (!plan) blocked = log.issues.find((i) => i.severity === 'error')?.message ?? 'The spreadsheet cannot be imported.';
  }
  const tables: TableSummary[] = [];
  if (read.pkg) for (const [table, t] of read.pkg.tables) tables.push(log.summary(table, t.file, t.dataRows));
  if (read.table) tables.push(log.summary('spreadsheet', read.table.file, read.table.dataRows));
  const report: ImportReport = {
    applied: false,
    source: name,
    format: plan?.format ?? null,
    asOf: plan?.asOf ?? null,
    blocked,
    counts: { organizations: emptyCounts(), services: emptyCounts(), locations: emptyCounts() },
    newCategories: plan?.newCategories.map((c) => c.name.en) ?? [],
    issues: log.issues,
    moreIssues: log.more,
    reading: read.reading,
    tables,
    dateOrder,
  };
  return { plan, report, errors: log.errors };
}
