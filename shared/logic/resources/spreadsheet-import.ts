import { z } from 'zod';
import type { ServiceLanguage } from '../../model';
import { areaMatcher, matchKey } from './area-match';
import { categoryMapper } from './category-match';
import { parseCsvTable } from './csv-table';
import { clip, splitList, toCalendarDate, toLanguage, toPhone, toServiceStatus, valueOrNone } from './field-parsers';
import type { CsvTable } from './csv-table';
import type { IssueLog } from './import-report';
import { emptyService, type ImportPlan } from './import-plan';
import type { MapContext } from './hsds-map';

/** The directory fields a plain spreadsheet can fill, in the order the mapping form shows them. */
export const SPREADSHEET_FIELDS = ['organization', 'service', 'id', 'description', 'categories', 'areas', 'languages', 'phone', 'email', 'website', 'status', 'eligibility', 'schedule', 'lastVerified'] as const;
export type SpreadsheetField = (typeof SPREADSHEET_FIELDS)[number];
export const REQUIRED_SPREADSHEET_FIELDS: readonly SpreadsheetField[] = ['organization', 'service'];

/** Field → column header in the file (lower-case), or absent when the file has no such column. */
export const ColumnMapping = z.partialRecord(z.enum(SPREADSHEET_FIELDS), z.string().max(200));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

const SYNONYMS: Record<SpreadsheetField, string[]> = {
  organization: ['organization', 'organisation', 'organization name', 'agency', 'provider', 'organización', 'organizacion'],
  service: ['service', 'service name', 'program', 'programme', 'name', 'servicio', 'programa'],
  id: ['id', 'service id', 'service_id'],
  description: ['description', 'details', 'descripción', 'descripcion'],
  categories: ['categories', 'category', 'type', 'taxonomy', 'categorías', 'categoria', 'categoría'],
  areas: ['areas', 'area', 'community area', 'community areas', 'areas served', 'service area', 'neighborhood', 'área', 'areas atendidas'],
  languages: ['languages', 'language', 'idiomas', 'idioma'],
  phone: ['phone', 'telephone', 'phone number', 'teléfono', 'telefono'],
  email: ['email', 'e-mail', 'correo'],
  website: ['website', 'url', 'web', 'sitio web'],
  status: ['status', 'estado'],
  eligibility: ['eligibility', 'who can use', 'elegibilidad'],
  schedule: ['schedule', 'hours', 'opening hours', 'horario'],
  lastVerified: ['last verified', 'verified', 'last_verified', 'assured date', 'assured_date', 'verificado'],
};

/** Proposes a mapping from the header names; the user confirms or changes it. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map((h) => matchKey(h));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of SPREADSHEET_FIELDS) {
    const i = keys.findIndex((k, n) => !used.has(n) && SYNONYMS[field].some((s) => matchKey(s) === k));
    if (i >= 0) {
      used.add(i);
      mapping[field] = headers[i].trim().toLowerCase();
    }
  }
  return mapping;
}

/** FNV-1a, twice with different seeds: a short stable id from a name, so re-imports find their record. */
export function stableId(prefix: string, text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193 + 2);
  }
  return `${prefix}-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

const list = (text: string | undefined) => splitList(text ?? '', /[;|\n]/);

/** Header words only a Spanish spreadsheet uses: its dates are day first (7/3/2012 is 7 March). */
const SPANISH_HEADERS = new Set(['organizacion', 'organización', 'servicio', 'programa', 'descripcion', 'descripción', 'categorias', 'categorías', 'categoria', 'categoría', 'idiomas', 'idioma', 'telefono', 'teléfono', 'correo', 'sitio web', 'estado', 'elegibilidad', 'horario', 'verificado', 'área', 'areas atendidas', 'fecha']);

/** The language a spreadsheet's header row is written in, as far as its dates care: Spanish, or unknown. */
export function spreadsheetLanguage(headers: readonly string[]): 'es' | null {
  return headers.some((h) => SPANISH_HEADERS.has(h.trim().toLowerCase())) ? 'es' : null;
}

/**
 * A plain spreadsheet (one row per service) with the user's column mapping. Organizations are
 * made from their names; a row without an id gets one from organization + service name, so
 * importing the same sheet again updates instead of duplicating.
 */
export function planSpreadsheetImport(table: CsvTable, mapping: ColumnMapping, ctx: MapContext, log: IssueLog): ImportPlan | null {
  const file = table.file;
  const order = ctx.dateOrder ?? 'mdy';
  const columnOf = (f: SpreadsheetField) => table.original[table.headers.indexOf(mapping[f] ?? '')] ?? mapping[f] ?? f;
  const missing = REQUIRED_SPREADSHEET_FIELDS.filter((f) => !mapping[f] || !table.headers.includes(mapping[f]!));
  const unknown = Object.entries(mapping).filter(([, col]) => col && !table.headers.includes(col));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      ...missing.map((f) => `no column is chosen for the required field ${f}`),
      ...unknown.filter(([f]) => !missing.includes(f as SpreadsheetField)).map(([f, col]) => `the column "${col}" chosen for ${f} is not in the file`),
    ];
    log.error(file, 1, `Nothing can be imported: ${parts.join('; ')}. The file's columns are: ${table.original.join(', ')}.`, { key: 'spreadsheet.mapping', params: { file, problems: parts.join('; '), columns: table.original.join(', ') } });
    return null;
  }
  const get = (values: Record<string, string>, f: SpreadsheetField) => (mapping[f] ? (values[mapping[f]!] ?? '') : '');
  const plan: ImportPlan = { format: 'csv', asOf: null, organizations: [], services: [], locations: [], newCategories: [], skipped: { organizations: 0, services: 0, locations: 0 } };
  const orgs = new Map<string, ImportPlan['organizations'][number]>();
  const seen = new Set<string>();
  const categories = categoryMapper(ctx.categories);
  const findArea = areaMatcher(ctx.areas);
  for (const { row, values } of table.rows) {
    const orgName = clip(get(values, 'organization'), 500);
    const name = clip(get(values, 'service'), 500);
    if (!orgName || !name) {
      const field = !orgName ? 'organization' : 'service';
      log.error(file, row, `Row skipped: it has no ${field} name (column "${columnOf(field)}"). Fill it in, or leave the row out.`, { column: columnOf(field), reason: `Row skipped: no ${field} name`, reasonKey: `spreadsheet.reason.no.${field}`, key: `spreadsheet.no.${field}`, params: { file, row, column: columnOf(field) } });
      plan.skipped.services++;
      continue;
    }
    const orgKey = matchKey(orgName);
    const orgId = stableId('org', orgKey);
    if (!orgs.has(orgId)) orgs.set(orgId, { id: orgId, name: orgName, alternateName: '', description: '', email: '', website: '', phones: [] });
    const id = clip(get(values, 'id'), 100) || stableId('svc', `${orgKey}|${matchKey(name)}`);
    if (seen.has(id)) {
      log.error(file, row, `Row skipped: the service ${name} of ${orgName} appears twice in the file.`, { key: 'spreadsheet.duplicate', params: { service: name, organization: orgName }, reason: 'Row skipped: the same service appears twice', reasonKey: 'spreadsheet.reason.duplicate' });
      plan.skipped.services++;
      continue;
    }
    seen.add(id);
    const s = emptyService(id, orgId, name);
    s.description = clip(get(values, 'description'), 20000);
    s.email = clip(valueOrNone(get(values, 'email')), 500);
    s.url = clip(valueOrNone(get(values, 'website')), 2000);
    s.eligibility = clip(valueOrNone(get(values, 'eligibility')), 20000);
    const status = toServiceStatus(get(values, 'status'));
    if (!status) log.warn(file, row, `Column "${columnOf('status')}": unknown status "${get(values, 'status')}" read as active (statuses: active, inactive, defunct, temporarily closed).`, { column: columnOf('status'), key: 'import.unknownStatus', params: { value: get(values, 'status') }, reason: 'Unknown status read as active', reasonKey: 'import.reason.unknownStatus' });
    s.status = status ?? 'active';
    const phone = toPhone(get(values, 'phone'));
    if (phone) s.contacts = [{ name: '', title: '', email: '', phone: clip(phone, 500) }];
    const schedule = valueOrNone(get(values, 'schedule'));
    if (schedule) s.schedules = [{ freq: '', byday: '', opensAt: '', closesAt: '', validFrom: '', validTo: '', description: clip(schedule, 5000) }];
    const verified = valueOrNone(get(values, 'lastVerified'));
    if (verified) {
      s.lastVerified = toCalendarDate(verified, order);
      const column = columnOf('lastVerified');
      if (!s.lastVerified) {
        log.warn(file, row, `Column "${column}": "${verified}" is not a date; last verified left empty. Write it as 2012-03-07, 3/7/12, 12/13/2010 or an Excel date.`, {
          column,
          reason: 'Last verified is not a date; left empty',
          reasonKey: 'import.reason.badDate',
          reasonParams: { column },
          key: 'spreadsheet.badDate',
          params: { file, row, column, value: verified },
        });
      }
    }
    if (s.lastVerified && (!plan.asOf || s.lastVerified > plan.asOf)) plan.asOf = s.lastVerified;
    if (mapping.categories) {
      s.categoryIds = [];
      for (const term of list(get(values, 'categories'))) {
        const c = categories.map({ id: '', code: term, name: term });
        if (c && !s.categoryIds.includes(c.id)) s.categoryIds.push(c.id);
      }
    }
    if (mapping.areas) {
      s.areaIds = [];
      const texts: string[] = [];
      for (const t of list(get(values, 'areas'))) {
        const area = findArea(t);
        if (area) {
          if (!s.areaIds.includes(area.id)) s.areaIds.push(area.id);
        } else {
          texts.push(t);
          log.warn(file, row, `Column "${columnOf('areas')}": area "${t.slice(0, 80)}" matches no community area; kept as text.`, { column: columnOf('areas'), key: 'spreadsheet.areaUnmatched', params: { area: t.slice(0, 80) }, reason: 'Area matches no community area; kept as text', reasonKey: 'hsds.reason.areaUnmatched' });
        }
      }
      s.serviceAreaText = clip(texts.join('; '), 5000);
    }
    const langs: ServiceLanguage[] = [];
    for (const l of splitList(get(values, 'languages'))) {
      const lang = toLanguage(l);
      if (!langs.some((x) => (x.code || x.name) === (lang.code || lang.name))) langs.push({ code: clip(lang.code, 20), name: clip(lang.name, 200) });
    }
    s.languages = langs;
    plan.services.push(s);
  }
  plan.organizations = [...orgs.values()];
  plan.newCategories = categories.created();
  for (const c of plan.newCategories) log.warn(file, null, `New category "${c.name.en}" added to the taxonomy.`, { key: 'import.newCategory', params: { name: c.name.en }, reason: 'New categories added to the taxonomy', reasonKey: 'import.reason.newCategory' });
  return plan;
}
