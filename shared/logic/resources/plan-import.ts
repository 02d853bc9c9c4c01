import type { Workspace } from '../../model';
import { readHsdsPackage, type PackageFile } from './hsds-package';
import { planHsdsImport } from './hsds-map';
import { emptyCounts, IssueLog, type ImportReport } from './import-report';
import type { ImportPlan } from './import-plan';
import { planSpreadsheetImport, type ColumnMapping } from './spreadsheet-import';

export type ImportSource = { kind: 'package'; files: PackageFile[] } | { kind: 'spreadsheet'; text: string; mapping: ColumnMapping };

/**
 * Reads a source against the current workspace and says what importing it would do: the plan (null
 * when nothing can be imported) and the report, whose counts are filled in by a dry run of the plan.
 */
export function planImport(ws: Workspace, source: ImportSource, name: string): { plan: ImportPlan | null; report: ImportReport; errors: number } {
  const log = new IssueLog();
  const ctx = { areas: ws.areas, categories: ws.categories, organizationIds: new Set(ws.organizations.map((o) => o.id)) };
  let plan: ImportPlan | null = null;
  let blocked: string | null = null;
  if (source.kind === 'package') {
    const pkg = readHsdsPackage(source.files, log);
    if (!pkg) blocked = log.issues.find((i) => i.severity === 'error')?.message ?? 'No HSDS data package was found: choose a folder or .zip with datapackage.json and its CSV files.';
    else {
      plan = planHsdsImport(pkg, ctx, log);
      if (!plan) blocked = 'The package is missing required columns or tables; see the errors below.';
    }
  } else {
    plan = planSpreadsheetImport(source.text, name, source.mapping, ctx, log);
    if (!plan) blocked = log.issues[0]?.message ?? 'The spreadsheet cannot be imported.';
  }
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
  };
  return { plan, report, errors: log.errors };
}
