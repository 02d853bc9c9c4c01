import { z } from 'zod';
import type { ServiceLanguage } from '../../model';
import { areaMatcher, matchKey } from './area-match';
import { categoryMapper } from './category-match';
import { parseCsvTable } from './csv-table';
import { clip, splitList, toCalendarDate, toLanguage, toNumber, toPhone, toServiceStatus, valueOrNone } from './field-parsers';
import type { CsvTable } from './csv-table';
import type { IssueLog } from './import-report';
import { emptyService, type ImportPlan } from './import-plan';
import type { MapContext } from './hsds-map';

/** The directory fields a plain spreadsheet can fill, in the order the mapping form shows them. */
export const SPREADSHEET_FIELDS = ['organization', 'service', 'id', 'description', 'categories', 'areas', 'languages', 'phone', 'email', 'website', 'status', 'eligibility', 'schedule', 'lastVerified', 'address', 'city', 'region', 'postalCode', 'latitude', 'longitude'] as const;
export type SpreadsheetField = (typeof SPREADSHEET_FIELDS)[number];
export const REQUIRED_SPREADSHEET_FIELDS: readonly SpreadsheetField[] = ['organization', 'service'];
/** The fields that describe where the service is: any of them makes a location for the row. */
export const ADDRESS_FIELDS: readonly SpreadsheetField[] = ['address', 'city', 'region', 'postalCode', 'latitude', 'longitude'];

/** Field → column header in the file (lower-case), or absent when the file has no such column. */
export const ColumnMapping = z.partialRecord(z.enum(SPREADSHEET_FIELDS), z.string().max(200));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/**
 * Header names people give each field, in English and in Spanish, compared without case, accents
 * or punctuation ("Última revisión" = "ultima revision"). Sources: HSDS field names, 211 and
 * Airtable/Google Sheets resource-directory templates, Spanish Excel directories.
 */
const SYNONYMS_EN: Record<SpreadsheetField, string[]> = {
  organization: ['organization', 'organisation', 'organization name', 'organisation name', 'org', 'org name', 'agency', 'agency name', 'provider', 'provider name', 'parent organization'],
  service: ['service', 'service name', 'program', 'programme', 'program name', 'name', 'resource', 'resource name'],
  id: ['id', 'service id', 'service_id', 'record id'],
  description: ['description', 'details', 'about', 'summary', 'service description'],
  categories: ['categories', 'category', 'type', 'taxonomy', 'service type', 'taxonomy terms'],
  areas: ['areas', 'area', 'community area', 'community areas', 'areas served', 'area served', 'service area', 'service areas', 'neighborhood', 'neighbourhood', 'neighborhoods'],
  languages: ['languages', 'language', 'languages spoken'],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'main phone'],
  email: ['email', 'e mail', 'email address'],
  website: ['website', 'url', 'web', 'web site', 'homepage'],
  status: ['status'],
  eligibility: ['eligibility', 'who can use', 'who is eligible', 'requirements'],
  schedule: ['schedule', 'hours', 'opening hours', 'hours of operation', 'open hours'],
  lastVerified: ['last verified', 'verified', 'last_verified', 'assured date', 'assured_date', 'date verified', 'last reviewed', 'last updated', 'updated'],
  address: ['address', 'street address', 'address 1', 'address_1', 'address line 1', 'street'],
  city: ['city', 'town', 'municipality'],
  region: ['state', 'state province', 'state_province', 'province', 'region'],
  postalCode: ['postal code', 'postal_code', 'zip', 'zip code', 'zipcode', 'postcode'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
};
const SYNONYMS_ES: Record<SpreadsheetField, string[]> = {
  organization: ['organización', 'nombre de la organización', 'entidad', 'nombre de la entidad', 'agencia', 'institución', 'proveedor'],
  service: ['servicio', 'nombre del servicio', 'programa', 'nombre del programa', 'nombre', 'recurso', 'nombre del recurso'],
  id: ['id del servicio', 'identificador'],
  description: ['descripción', 'descripción del servicio', 'detalles', 'resumen'],
  categories: ['categorías', 'categoría', 'tipo', 'tipo de servicio'],
  areas: ['área', 'áreas', 'área atendida', 'áreas atendidas', 'área de servicio', 'zona', 'zonas', 'barrio', 'barrios', 'vecindario', 'comunidad'],
  languages: ['idiomas', 'idioma', 'lenguas', 'lengua', 'idiomas hablados'],
  phone: ['teléfono', 'teléfonos', 'número de teléfono', 'tel', 'celular'],
  email: ['correo', 'correo electrónico', 'email', 'e mail'],
  website: ['sitio web', 'página web', 'web', 'sitio'],
  status: ['estado', 'estatus', 'situación'],
  eligibility: ['elegibilidad', 'requisitos', 'quién puede acceder', 'quién puede usarlo', 'población atendida'],
  schedule: ['horario', 'horarios', 'horario de atención', 'días y horas', 'horas'],
  lastVerified: ['última revisión', 'última verificación', 'verificado', 'revisado', 'fecha de revisión', 'fecha de verificación', 'última actualización', 'actualizado'],
  address: ['dirección', 'domicilio', 'calle', 'dirección postal'],
  city: ['ciudad', 'municipio', 'localidad'],
  region: ['provincia', 'región', 'estado o provincia'],
  postalCode: ['código postal', 'cp', 'c p'],
  latitude: ['latitud'],
  longitude: ['longitud'],
};
const SYNONYM_KEYS = Object.fromEntries(SPREADSHEET_FIELDS.map((f) => [f, [...new Set([...SYNONYMS_EN[f], ...SYNONYMS_ES[f]].map(matchKey))]])) as Record<SpreadsheetField, string[]>;

/** Names too general to recognise inside a longer header ("Contact name" is not the service name). */
const GENERIC_WORDS = new Set(['name', 'nombre', 'type', 'tipo', 'area', 'areas', 'state', 'estado', 'long', 'updated', 'actualizado', 'street', 'calle', 'sitio', 'horas', 'zona', 'about', 'details', 'detalles', 'lengua', 'region']);

/** `words` appears in `key` as whole words ("nombre del servicio" holds "servicio"). */
const holdsWords = (key: string, words: string) => ` ${key} `.includes(` ${words} `);

/**
 * Proposes a mapping from the header names; the user confirms or changes it. First every header
 * that is exactly a known name (any case, accents ignored, English or Spanish), then headers that
 * hold a known name among other words ("Nombre del servicio", "Organization phone" stays unused once
 * Organization is taken). A header is used for one field at most.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map((h) => matchKey(h));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const take = (field: SpreadsheetField, i: number) => {
    used.add(i);
    mapping[field] = headers[i].trim().toLowerCase();
  };
  for (const field of SPREADSHEET_FIELDS) {
    const i = keys.findIndex((k, n) => !used.has(n) && SYNONYM_KEYS[field].includes(k));
    if (i >= 0) take(field, i);
  }
  for (const field of SPREADSHEET_FIELDS) {
    if (mapping[field]) continue;
    // Longest known name first, so "phone number" wins over "number"-like fragments; short codes (cp, lat) only match exactly.
    const names = SYNONYM_KEYS[field].filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w)).sort((a, b) => b.length - a.length);
    const i = keys.findIndex((k, n) => !used.has(n) && names.some((w) => holdsWords(k, w)));
    if (i >= 0) take(field, i);
  }
  return mapping;
}

/** The columns of the file that no field of the mapping uses, as the file spells them. */
export function unusedColumns(original: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping).filter(Boolean));
  return original.filter((h) => h.trim() !== '' && !used.has(h.trim().toLowerCase()));
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

/** Header names only a Spanish spreadsheet uses (not also English): its dates are day first (7/3/2012 is 7 March). */
const SPANISH_ONLY = new Set([...Object.values(SYNONYMS_ES).flat().map(matchKey), 'fecha'].filter((k) => !Object.values(SYNONYMS_EN).flat().map(matchKey).includes(k)));

/** The language a spreadsheet's header row is written in, as far as its dates care: Spanish, or unknown. */
export function spreadsheetLanguage(headers: readonly string[]): 'es' | null {
  return headers.some((h) => SPANISH_ONLY.has(matchKey(h))) ? 'es' : null;
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
  const unused = unusedColumns(table.original, mapping);
  if (unused.length > 0) log.warn(file, null, `Columns not imported: ${unused.join(', ')}. No field uses them; choose a field for a column to import it.`, { key: 'spreadsheet.unusedColumns', params: { columns: unused.join(', '), count: unused.length } });
  /** The row's address as a location of its service (id from the service's, so a re-import updates it); null when the row has no address. */
  const locationOf = (values: Record<string, string>, s: ImportPlan['services'][number], orgId: string, row: number): ImportPlan['locations'][number] | null => {
    const text = (f: SpreadsheetField, max: number) => clip(valueOrNone(get(values, f)), max);
    const address1 = text('address', 500);
    const city = text('city', 200);
    const stateProvince = text('region', 200);
    const postalCode = text('postalCode', 50);
    const coordinate = (f: 'latitude' | 'longitude', limit: number) => {
      const raw = valueOrNone(get(values, f));
      if (!raw) return null;
      const n = toNumber(raw.replace(',', '.'));
      if (n !== null && Math.abs(n) <= limit) return n;
      const column = columnOf(f);
      log.warn(file, row, `Column "${column}": "${raw}" is not a ${f} (a number from -${limit} to ${limit}); left empty.`, { column, key: 'spreadsheet.badCoordinate', params: { file, row, column, value: raw }, reason: 'Coordinate is not a number in range; left empty', reasonKey: 'spreadsheet.reason.badCoordinate' });
      return null;
    };
    const latitude = coordinate('latitude', 90);
    const longitude = coordinate('longitude', 180);
    if (!address1 && !city && !stateProvince && !postalCode && latitude === null && longitude === null) return null;
    const area = [city, address1].map((t) => (t ? findArea(t) : null)).find(Boolean) ?? null;
    return {
      id: `${s.id.slice(0, 90)}-loc`,
      organizationId: orgId,
      locationType: 'physical',
      name: clip(address1 || [city, postalCode].filter(Boolean).join(' ') || s.name, 500),
      description: '',
      address1,
      city,
      stateProvince,
      postalCode,
      country: '',
      latitude,
      longitude,
      areaId: area?.id ?? null,
      phones: [],
      schedules: [],
    };
  };
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
    const location = locationOf(values, s, orgId, row);
    if (location) {
      plan.locations.push(location);
      s.locationIds = [location.id];
    }
    plan.services.push(s);
  }
  plan.organizations = [...orgs.values()];
  plan.newCategories = categories.created();
  for (const c of plan.newCategories) log.warn(file, null, `New category "${c.name.en}" added to the taxonomy.`, { key: 'import.newCategory', params: { name: c.name.en }, reason: 'New categories added to the taxonomy', reasonKey: 'import.reason.newCategory' });
  return plan;
}
