import type { ImportFormat } from '../../model/resources/directory';
import { ENCODING_LABELS, type TextEncodingName } from '../text/decode-file';
import { parseCsvTable, type CsvTable } from './csv-table';
import type { IssueLog } from './import-report';

/** A file of an import, its path relative to the chosen folder or zip. */
export interface PackageFile {
  path: string;
  text: string;
  /** How the one decoder read the file's bytes (absent: written by Convene itself, UTF-8). */
  encoding?: TextEncodingName;
  /** Lines that hold U+FFFD: text lost before the file reached Convene. */
  replacementLines?: number[];
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
  services_at_locations: 'service_at_location',
  service_at_locations: 'service_at_location',
  eligibilities: 'eligibility',
  service_capacities: 'service_capacity',
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
  holiday_schedules: 'holiday_schedule',
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

/** The HSDS table a resource or file name stands for: singular (3.0), plural (1.x/2.x, Open Referral's transformer) or unknown. */
export function hsdsTableName(name: string): string | undefined {
  const n = name.toLowerCase().replace(/\.csv$/, '').replace(/-/g, '_');
  return FILE_NAMES[n] ?? (USED.has(n) ? n : undefined);
}

/**
 * Reads a Tabular Data Package: `datapackage.json` names each table (`resources[].name`, singular
 * or plural) and its CSV (`path`). A listed path that is not in the package falls back to the file
 * of that name elsewhere in it (Open Referral's transformer writes "tmp/datapackage/data/..."), with
 * a warning. HSDS 3 is told from 1.x/2.x by its version, else by the tables only 3.0 has (attribute,
 * taxonomy_term, schedule, address). Without a `datapackage.json`, CSVs are matched by their usual
 * file names and the report says so. Files not in UTF-8 are read by the one decoder and named.
 */
export function readHsdsPackage(files: readonly PackageFile[], log: IssueLog): HsdsPackage | null {
  const descriptors = files.filter((f) => baseName(f.path).toLowerCase() === 'datapackage.json').sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const csvByBase = new Map<string, PackageFile[]>();
  for (const f of files) {
    if (!/\.(csv|tsv|txt)$/i.test(f.path)) continue;
    const key = baseName(f.path).toLowerCase();
    csvByBase.set(key, [...(csvByBase.get(key) ?? []), f]);
  }
  const entries: { name: string; file: PackageFile }[] = [];
  let version = '';
  let title = '';
  const descriptor = descriptors[0];
  if (descriptor) {
    let json: { version?: unknown; title?: unknown; name?: unknown; resources?: unknown };
    try {
      json = JSON.parse(descriptor.text.replace(/^\ufeff/, ''));
    } catch {
      log.error(descriptor.path, null, `${descriptor.path} is not valid JSON, so the tables cannot be identified. Check the file in a JSON validator, or zip the CSV files without it.`, { key: 'hsds.badDescriptor', params: { file: descriptor.path } });
      return null;
    }
    version = typeof json.version === 'string' ? json.version : '';
    title = typeof json.title === 'string' ? json.title : typeof json.name === 'string' ? json.name : '';
    const base = dirOf(descriptor.path);
    const resources = Array.isArray(json.resources) ? json.resources : [];
    const taken = new Set<string>();
    for (const r of resources as { name?: unknown; path?: unknown }[]) {
      if (typeof r?.name !== 'string') continue;
      const name = hsdsTableName(r.name);
      if (!name) continue;
      if (taken.has(name)) {
        log.warn(descriptor.path, null, `The table ${r.name} is listed twice; the first one was read.`, { key: 'hsds.listedTwice', params: { table: r.name } });
        continue;
      }
      const path = typeof r.path === 'string' ? r.path.replace(/^\.\//, '') : '';
      let file = path ? byPath.get(base + path) ?? byPath.get(path) : undefined;
      if (!file) {
        // The listed path does not resolve: the file of that name elsewhere in the package, else one named after the table.
        const candidates = [path ? baseName(path).toLowerCase() : '', `${r.name.toLowerCase()}.csv`, `${name}.csv`].filter(Boolean);
        file = candidates.map((c) => csvByBase.get(c)?.[0]).find(Boolean);
        if (file) {
          log.warn(descriptor.path, null, `The table ${r.name} is listed at ${path || '(no path)'}, which is not in the package; ${file.path} was read instead.`, {
            key: 'hsds.pathFallback',
            params: { table: r.name, path: path || '-', file: file.path },
            reason: 'A listed path is not in the package; the file of that name was read instead',
            reasonKey: 'hsds.reason.pathFallback',
          });
        } else {
          log.warn(descriptor.path, null, `The table ${r.name} is listed at ${path || '(no path)'}, but no such file is in the package; its rows were not imported.`, {
            key: 'hsds.tableMissing',
            params: { table: r.name, path: path || '-' },
          });
          continue;
        }
      }
      taken.add(name);
      entries.push({ name, file });
    }
    // A CSV of an HSDS table the descriptor does not list is read too, with a warning.
    for (const [key, list] of csvByBase) {
      const name = hsdsTableName(key);
      if (!name || taken.has(name) || entries.some((e) => e.file === list[0])) continue;
      taken.add(name);
      entries.push({ name, file: list[0] });
      log.warn(list[0].path, null, `${list[0].path} is not listed in datapackage.json; it was read as the ${name} table.`, { key: 'hsds.unlisted', params: { file: list[0].path, table: name } });
    }
  } else {
    for (const f of files) {
      const name = /\.(csv|tsv|txt)$/i.test(f.path) ? hsdsTableName(baseName(f.path)) : undefined;
      if (name && !entries.some((e) => e.name === name)) entries.push({ name, file: f });
    }
    if (entries.length === 0) return null;
    log.warn('datapackage.json', null, 'The package has no datapackage.json; tables were matched by their file names.', { key: 'hsds.noDescriptor' });
  }
  const tables = new Map<string, CsvTable>();
  for (const { name, file } of entries) {
    if (file.replacementLines && file.replacementLines.length > 0) {
      const lines = file.replacementLines.slice(0, 10).join(', ');
      log.error(file.path, file.replacementLines[0], `Line ${lines} holds "\uFFFD" where letters were lost before the file reached Convene. Correct them, save the file as CSV UTF-8 and import again.`, {
        key: 'import.file.replacementChar',
        params: { file: file.path, lines, encoding: ENCODING_LABELS[file.encoding ?? 'utf-8'] },
      });
    }
    if (file.encoding && file.encoding !== 'utf-8') {
      log.warn(file.path, null, `${file.path} is not UTF-8; it was read as ${ENCODING_LABELS[file.encoding]}.`, { key: 'hsds.readAs', params: { file: file.path, encoding: ENCODING_LABELS[file.encoding] } });
    }
    tables.set(name, parseCsvTable(file.text, file.path, log));
  }
  const v3Only = ['attribute', 'taxonomy_term', 'address', 'schedule', 'service_capacity', 'unit'].some((n) => tables.has(n));
  const v1Only = ['service_taxonomy', 'physical_address', 'postal_address', 'regular_schedule', 'holiday_schedule'].some((n) => tables.has(n));
  const format = /^3/.test(version) || (!/^[12]/.test(version) && v3Only && !v1Only) ? 'hsds-3' : 'hsds-1';
  return { format, tables, title };
}
