import type { ImportFormat } from '../../model/resources/directory';
import { parseCsvTable, type CsvTable } from './csv-table';
import type { IssueLog } from './import-report';

/** A file of an import, its path relative to the chosen folder or zip. */
export interface PackageFile {
  path: string;
  text: string;
}

/** The tables of a data package by HSDS resource name (organization, service, ...). */
export interface HsdsPackage {
  format: Exclude<ImportFormat, 'csv'>;
  tables: Map<string, CsvTable>;
  /** The package's own file name for a table, for the report. */
  title: string;
}

/** Older packages name files in the plural; these are the HSDS resource names they stand for. */
const FILE_NAMES: Record<string, string> = {
  organizations: 'organization',
  programs: 'program',
  services: 'service',
  services_at_location: 'service_at_location',
  service_at_location: 'service_at_location',
  services_taxonomy: 'service_taxonomy',
  locations: 'location',
  phones: 'phone',
  contacts: 'contact',
  addresses: 'address',
  physical_addresses: 'physical_address',
  postal_addresses: 'postal_address',
  schedules: 'schedule',
  regular_schedules: 'regular_schedule',
  eligibility: 'eligibility',
  service_areas: 'service_area',
  languages: 'language',
  taxonomy: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  attributes: 'attribute',
  service_capacity: 'service_capacity',
  units: 'unit',
};

/** Only these tables feed the directory; others (funding, metadata, ...) are read past. */
const USED = new Set(Object.values(FILE_NAMES));

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/**
 * Reads a Tabular Data Package: `datapackage.json` names each table (`resources[].name`) and its
 * CSV (`path`). HSDS 3 is told from 1.x/2.x by its version or its 3.0-only tables. Without a
 * `datapackage.json`, CSVs are matched by their usual file names and the report says so.
 */
export function readHsdsPackage(files: readonly PackageFile[], log: IssueLog): HsdsPackage | null {
  const descriptors = files.filter((f) => baseName(f.path).toLowerCase() === 'datapackage.json').sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const entries: { name: string; file: PackageFile }[] = [];
  let version = '';
  let title = '';
  const descriptor = descriptors[0];
  if (descriptor) {
    let json: { version?: unknown; title?: unknown; name?: unknown; resources?: unknown };
    try {
      json = JSON.parse(descriptor.text.replace(/^\ufeff/, ''));
    } catch {
      log.error(descriptor.path, null, 'datapackage.json is not valid JSON, so the tables cannot be identified.');
      return null;
    }
    version = typeof json.version === 'string' ? json.version : '';
    title = typeof json.title === 'string' ? json.title : typeof json.name === 'string' ? json.name : '';
    const base = dirOf(descriptor.path);
    const resources = Array.isArray(json.resources) ? json.resources : [];
    for (const r of resources as { name?: unknown; path?: unknown }[]) {
      if (typeof r?.name !== 'string' || typeof r.path !== 'string') continue;
      const name = r.name.toLowerCase();
      const file = byPath.get(base + r.path.replace(/^\.\//, ''));
      if (!USED.has(name)) continue;
      if (!file) {
        log.warn(descriptor.path, null, `The table ${r.name} is listed but its file ${r.path} is not in the package.`);
        continue;
      }
      entries.push({ name, file });
    }
  } else {
    for (const f of files) {
      const stem = baseName(f.path).toLowerCase().replace(/\.csv$/, '');
      const name = f.path.toLowerCase().endsWith('.csv') ? FILE_NAMES[stem] : undefined;
      if (name) entries.push({ name, file: f });
    }
    if (entries.length === 0) return null;
    log.warn('datapackage.json', null, 'The package has no datapackage.json; tables were matched by their file names.');
  }
  const tables = new Map<string, CsvTable>();
  for (const { name, file } of entries) tables.set(name, parseCsvTable(file.text, file.path, log, { delimiter: ',' }));
  const v3Only = ['attribute', 'taxonomy_term', 'address', 'schedule'].some((n) => tables.has(n));
  const v1Only = ['service_taxonomy', 'physical_address', 'regular_schedule', 'taxonomy'].some((n) => tables.has(n));
  const format = /^3/.test(version) || (!/^[12]/.test(version) && v3Only && !v1Only) ? 'hsds-3' : 'hsds-1';
  return { format, tables, title };
}
