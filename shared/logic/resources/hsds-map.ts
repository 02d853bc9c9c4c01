import type { Area, Category, Schedule, ServiceLanguage } from '../../model';
import { areaMatcher } from './area-match';
import { categoryMapper, type SourceTerm } from './category-match';
import type { CsvTable } from './csv-table';
import { missingColumns } from './csv-table';
import { clip, splitList, toAge, toByday, toCalendarDate, toLanguage, toNumber, toPhone, toServiceStatus, valueOrNone, type DateOrder } from './field-parsers';
import type { HsdsPackage } from './hsds-package';
import type { IssueLog } from './import-report';
import { emptyService, type ImportPlan, type LocationDraft, type OrganizationDraft, type ServiceDraft } from './import-plan';

export interface MapContext {
  areas: readonly Area[];
  categories: readonly Category[];
  /** Organizations already in the directory: a service may point at one the package does not repeat. */
  organizationIds: ReadonlySet<string>;
  /** How to read dates like 3/7/12 (month first when not given). */
  dateOrder?: DateOrder;
}

const REQUIRED: Record<string, string[]> = {
  organization: ['id', 'name'],
  service: ['id', 'organization_id', 'name'],
  location: ['id'],
};

const rowsOf = (pkg: HsdsPackage, name: string) => pkg.tables.get(name)?.rows ?? [];
const fileOf = (pkg: HsdsPackage, name: string) => pkg.tables.get(name)?.file ?? `${name}.csv`;

/** Groups side-table rows by a key column, skipping (and reporting) rows that point at nothing. */
function byParent(pkg: HsdsPackage, table: string, key: string, known: ReadonlySet<string>, log: IssueLog, what: 'service' | 'location') {
  const out = new Map<string, Record<string, string>[]>();
  for (const { row, values } of rowsOf(pkg, table)) {
    const parent = values[key] ?? '';
    if (!parent) continue;
    if (!known.has(parent)) {
      log.warn(fileOf(pkg, table), row, `Row not used: it points at ${what} ${parent}, which is not in the package.`, { key: `hsds.orphan.${what}`, params: { id: parent }, reason: `Row not used: it points at a ${what} that is not in the package`, reasonKey: `hsds.reason.orphan.${what}`, skipsRow: true, column: key });
      continue;
    }
    const list = out.get(parent) ?? [];
    list.push(values);
    out.set(parent, list);
  }
  return out;
}

/** Why a service row cannot be imported, if it cannot: a code (for the message key), the English reason and its column. */
function serviceSkip(v: Record<string, string>, knownOrgs: ReadonlySet<string>, services: ReadonlyMap<string, unknown>): { code: string; why: string; column: string } | null {
  if (!v.id) return { code: 'noId', why: 'it has no id', column: 'id' };
  if (!v.name) return { code: 'noName', why: 'it has no name', column: 'name' };
  if (!v.organization_id) return { code: 'noOrganization', why: 'it names no organization', column: 'organization_id' };
  if (!knownOrgs.has(v.organization_id)) return { code: 'organizationMissing', why: `its organization ${v.organization_id} is not in the package or the directory`, column: 'organization_id' };
  if (services.has(v.id)) return { code: 'duplicate', why: `the id ${v.id} appears twice in the file`, column: 'id' };
  return null;
}

/**
 * Turns an HSDS package (3.0 or 1.x/2.x) into an import plan. Records missing a required value or
 * pointing at an organization that does not exist are skipped with a reason; details that cannot
 * be used (an unmatched service area, a bad date) are left out with a warning.
 */
export function planHsdsImport(pkg: HsdsPackage, ctx: MapContext, log: IssueLog): ImportPlan | null {
  let blocked = false;
  const order = ctx.dateOrder ?? 'mdy';
  for (const [table, required] of Object.entries(REQUIRED)) {
    const t = pkg.tables.get(table);
    if (!t) continue;
    const missing = missingColumns(t, required);
    if (missing.length > 0) {
      log.error(t.file, 1, `Required column${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}. Nothing can be imported from this file; add the column (HSDS names it ${missing.join(', ')}) and import again.`, { column: missing.join(', '), key: 'hsds.missingColumns', params: { file: t.file, columns: missing.join(', ') } });
      blocked = true;
    }
  }
  if (!pkg.tables.has('organization') && !pkg.tables.has('service')) {
    const found = [...pkg.tables.keys()].join(', ') || 'none';
    log.error('datapackage.json', null, `The package has neither an organization nor a service table (tables found: ${found}). Add organizations.csv and services.csv, or choose the folder that holds them.`, { key: 'hsds.noCoreTables', params: { found } });
    blocked = true;
  }
  if (blocked) return null;

  const plan: ImportPlan = { format: pkg.format, asOf: null, organizations: [], services: [], locations: [], newCategories: [], skipped: { organizations: 0, services: 0, locations: 0 } };
  const noteDate = (d: string | null) => {
    if (d && (!plan.asOf || d > plan.asOf)) plan.asOf = d;
  };

  // Organizations
  const orgIds = new Set<string>();
  const orgFile = fileOf(pkg, 'organization');
  for (const { row, values: v } of rowsOf(pkg, 'organization')) {
    if (!v.id || !v.name) {
      log.error(orgFile, row, `Organization skipped: ${!v.id ? 'it has no id' : 'it has no name'}.`, { column: !v.id ? 'id' : 'name', key: !v.id ? 'hsds.orgNoId' : 'hsds.orgNoName' });
      plan.skipped.organizations++;
      continue;
    }
    if (orgIds.has(v.id)) {
      log.error(orgFile, row, `Organization skipped: the id ${v.id} appears twice in the file.`, { column: 'id', key: 'hsds.orgDuplicate', params: { id: v.id }, reason: 'Organization skipped: its id appears twice', reasonKey: 'hsds.reason.orgDuplicate' });
      plan.skipped.organizations++;
      continue;
    }
    orgIds.add(v.id);
    const org: OrganizationDraft = {
      id: clip(v.id, 100),
      name: clip(v.name, 500),
      alternateName: clip(v.alternate_name, 500),
      description: clip(v.description, 20000),
      email: clip(valueOrNone(v.email), 500),
      website: clip(valueOrNone(v.website ?? v.url), 2000),
      phones: [],
    };
    plan.organizations.push(org);
  }
  const knownOrgs = new Set([...orgIds, ...ctx.organizationIds]);

  // Programs (names only: a service shows which program it belongs to)
  const programs = new Map(rowsOf(pkg, 'program').map(({ values }) => [values.id, values.name ?? '']));

  // Services
  const serviceFile = fileOf(pkg, 'service');
  const services = new Map<string, ServiceDraft>();
  for (const { row, values: v } of rowsOf(pkg, 'service')) {
    const skip = serviceSkip(v, knownOrgs, services);
    if (skip) {
      log.error(serviceFile, row, `Service skipped: ${skip.why}.`, { column: skip.column, key: `hsds.service.${skip.code}`, params: { id: v.id ?? '', organization: v.organization_id ?? '' }, reason: `Service skipped: ${skip.code}`, reasonKey: `hsds.reason.service.${skip.code}` });
      plan.skipped.services++;
      continue;
    }
    const s = emptyService(clip(v.id, 100), v.organization_id, clip(v.name, 500));
    s.program = clip(programs.get(v.program_id ?? '') ?? '', 500);
    s.alternateName = clip(v.alternate_name, 500);
    s.description = clip(v.description, 20000);
    s.url = clip(valueOrNone(v.url), 2000);
    s.email = clip(valueOrNone(v.email), 500);
    const status = toServiceStatus(v.status ?? '');
    if (!status) log.warn(serviceFile, row, `Unknown status "${v.status}" read as active.`, { column: 'status', key: 'import.unknownStatus', params: { value: v.status ?? '' }, reason: 'Unknown status read as active', reasonKey: 'import.reason.unknownStatus' });
    s.status = status ?? 'active';
    s.interpretationServices = clip(v.interpretation_services, 5000);
    s.applicationProcess = clip(v.application_process, 20000);
    s.fees = clip(v.fees_description || v.fees, 20000);
    s.eligibility = clip(v.eligibility_description, 20000);
    s.minimumAge = toAge(v.minimum_age ?? '');
    s.maximumAge = toAge(v.maximum_age ?? '');
    s.alert = clip(v.alert, 5000);
    if (v.assured_date) {
      s.lastVerified = toCalendarDate(v.assured_date, order);
      if (!s.lastVerified && !isNoneDate(v.assured_date)) log.warn(serviceFile, row, `Column assured_date: "${v.assured_date}" is not a date (write 2012-03-07, 3/7/12 or an Excel date); left empty.`, { column: 'assured_date', reason: 'assured_date is not a date; left empty', reasonKey: 'import.reason.badDate', reasonParams: { column: 'assured_date' }, key: 'hsds.badDate', params: { file: serviceFile, row, column: 'assured_date', value: v.assured_date } });
    }
    noteDate(s.lastVerified);
    noteDate(toCalendarDate(v.last_modified ?? '', order));
    services.set(s.id, s);
  }
  const serviceIds = new Set(services.keys());

  // Taxonomy → categories
  const categories = categoryMapper(ctx.categories);
  const terms = new Map<string, SourceTerm>();
  for (const { values } of rowsOf(pkg, 'taxonomy_term')) terms.set(values.id, { id: values.id, code: values.code ?? '', name: values.name ?? '' });
  // 1.x keeps its terms in `taxonomy`; in 3.0 that table lists the vocabularies themselves.
  if (pkg.format === 'hsds-1') for (const { values } of rowsOf(pkg, 'taxonomy')) terms.set(values.id, { id: values.id, code: values.code ?? '', name: values.name ?? '' });
  const addTerm = (service: ServiceDraft, termId: string, file: string, row: number) => {
    const term = terms.get(termId) ?? (termId ? { id: termId, code: termId, name: '' } : null);
    if (!terms.has(termId)) log.warn(file, row, `Taxonomy term ${termId} is not in the package's taxonomy; kept as a category named by its id.`, { key: 'hsds.unknownTerm', params: { id: termId }, reason: 'Taxonomy term not in the package; kept by its id', reasonKey: 'hsds.reason.unknownTerm' });
    const category = term && categories.map(term);
    if (category && !(service.categoryIds ??= []).includes(category.id)) service.categoryIds.push(category.id);
  };
  for (const { row, values } of rowsOf(pkg, 'attribute')) {
    const entity = (values.link_entity ?? '').toLowerCase();
    if (entity && entity !== 'service' && entity !== 'link_entity') continue;
    const service = services.get(values.link_id ?? '');
    if (!service) {
      log.warn(fileOf(pkg, 'attribute'), row, `Attribute not used: it links to ${values.link_id || 'nothing'}, which is not a service in the package.`, { column: 'link_id', key: 'hsds.orphanAttribute', params: { id: values.link_id || '-' }, reason: 'Attribute not used: it links to no service in the package', reasonKey: 'hsds.reason.orphanAttribute', skipsRow: true });
      continue;
    }
    addTerm(service, values.taxonomy_term_id ?? '', fileOf(pkg, 'attribute'), row);
  }
  for (const { row, values } of rowsOf(pkg, 'service_taxonomy')) {
    const service = services.get(values.service_id ?? '');
    if (!service) {
      log.warn(fileOf(pkg, 'service_taxonomy'), row, `Row not used: service ${values.service_id} is not in the package.`, { column: 'service_id', key: 'hsds.orphan.service', params: { id: values.service_id ?? '' }, reason: 'Row not used: it points at a service that is not in the package', reasonKey: 'hsds.reason.orphan.service', skipsRow: true });
      continue;
    }
    addTerm(service, values.taxonomy_id ?? '', fileOf(pkg, 'service_taxonomy'), row);
  }
  for (const { row, values } of rowsOf(pkg, 'service')) {
    const service = services.get(values.id);
    for (const id of (values.taxonomy_ids ?? '').split(/[,;]/).map((t) => t.trim()).filter(Boolean)) if (service) addTerm(service, id, serviceFile, row);
  }
  plan.newCategories = categories.created();

  // service_at_location rows, read once: phones, schedules, contacts and service areas may link through them.
  const salService = new Map<string, string>();
  const salLocation = new Map<string, string>();
  for (const { values } of rowsOf(pkg, 'service_at_location')) {
    if (!values.id) continue;
    if (values.service_id) salService.set(values.id, values.service_id);
    if (values.location_id) salLocation.set(values.id, values.location_id);
  }
  /** A linked row's service: its service_id, else the service of its service_at_location_id. */
  const serviceOfRow = (r: Record<string, string>) => r.service_id || salService.get(r.service_at_location_id ?? '') || '';
  const bySal = (table: string) => {
    const out = new Map<string, Record<string, string>[]>();
    for (const { row, values } of rowsOf(pkg, table)) {
      if (values.service_id || !values.service_at_location_id) continue;
      const serviceId = salService.get(values.service_at_location_id);
      if (!serviceId || !services.has(serviceId)) {
        log.warn(fileOf(pkg, table), row, `Row not used: it points at service_at_location ${values.service_at_location_id}, which links no service in the package.`, { column: 'service_at_location_id', key: 'hsds.orphanSal', params: { id: values.service_at_location_id }, reason: 'Row not used: its service_at_location links no service in the package', reasonKey: 'hsds.reason.orphanSal', skipsRow: true });
        continue;
      }
      out.set(serviceId, [...(out.get(serviceId) ?? []), values]);
    }
    return out;
  };
  const merged = (table: string) => {
    const out = byParent(pkg, table, 'service_id', serviceIds, log, 'service');
    for (const [id, rows] of bySal(table)) out.set(id, [...(out.get(id) ?? []), ...rows]);
    return out;
  };

  // Service areas → community areas, matched by name or number; never guessed.
  const findArea = areaMatcher(ctx.areas);
  const serviceAreaFile = fileOf(pkg, 'service_area');
  for (const [serviceId, rows] of merged('service_area')) {
    const service = services.get(serviceId)!;
    const texts: string[] = [];
    for (const r of rows) {
      const name = valueOrNone(r.name || r.service_area || r.description || '');
      if (!name) continue;
      const area = findArea(name) ?? splitList(name).map((part) => findArea(part)).find(Boolean) ?? null;
      (service.areaIds ??= []);
      if (area) {
        if (!service.areaIds.includes(area.id)) service.areaIds.push(area.id);
      } else {
        texts.push(name);
        log.warn(serviceAreaFile, null, `Service area "${name.slice(0, 80)}" of ${service.name} matches no community area; kept as text.`, { reason: 'Service area matches no community area; kept as text', reasonKey: 'hsds.reason.areaUnmatched', key: 'hsds.areaUnmatched', params: { name: name.slice(0, 80), service: service.name } });
      }
    }
    service.serviceAreaText = clip(texts.join('; '), 5000);
  }

  // Languages
  for (const { row, values } of rowsOf(pkg, 'language')) {
    if (!serviceOfRow(values) && (values.location_id || values.phone_id)) {
      log.warn(fileOf(pkg, 'language'), row, `Language ${values.name || values.language || values.code} of ${values.location_id ? `location ${values.location_id}` : `phone ${values.phone_id}`} was not imported: Convene records languages per service.`, { key: values.location_id ? 'hsds.languageOfLocation' : 'hsds.languageOfPhone', params: { language: values.name || values.language || values.code || '', id: values.location_id || values.phone_id || '' }, reason: 'Languages of a location or phone were not imported (Convene records languages per service)', reasonKey: 'hsds.reason.languageNotPerService', skipsRow: true });
    }
  }
  for (const [serviceId, rows] of merged('language')) {
    const service = services.get(serviceId)!;
    const seen = new Set(service.languages.map((l) => l.code || l.name));
    const entries = rows.flatMap((r) => (r.code ? [{ name: valueOrNone(r.name ?? r.language ?? ''), code: r.code }] : splitList(r.name ?? r.language ?? '').map((name) => ({ name, code: '' }))));
    for (const r of entries) {
      const lang: ServiceLanguage = toLanguage(r.name, r.code);
      if (!lang.name && !lang.code) continue;
      if (seen.has(lang.code || lang.name)) continue;
      seen.add(lang.code || lang.name);
      service.languages.push({ code: clip(lang.code, 20), name: clip(lang.name, 200) });
    }
  }

  // Eligibility (1.x keeps it in its own table)
  for (const [serviceId, rows] of byParent(pkg, 'eligibility', 'service_id', serviceIds, log, 'service')) {
    const service = services.get(serviceId)!;
    service.eligibility = clip([service.eligibility, ...rows.map((r) => r.eligibility ?? '')].filter(Boolean).join('; '), 20000);
  }

  // Capacity (HSDS 3.1 service_capacity with its units)
  const units = new Map(rowsOf(pkg, 'unit').map(({ values }) => [values.id, values.name ?? '']));
  for (const [serviceId, rows] of byParent(pkg, 'service_capacity', 'service_id', serviceIds, log, 'service')) {
    services.get(serviceId)!.capacity = rows.slice(0, 50).map((r) => ({
      available: toNumber(r.available ?? ''),
      maximum: toNumber(r.maximum ?? ''),
      unit: clip(units.get(r.unit_id ?? '') ?? r.unit ?? '', 200),
      updated: clip(r.updated, 40),
    }));
  }

  // Locations with their address; the area comes from the address when it names one.
  const addressOf = new Map<string, Record<string, string>>();
  for (const table of ['address', 'physical_address', 'postal_address']) {
    for (const { values } of rowsOf(pkg, table)) {
      const prev = addressOf.get(values.location_id);
      const physical = table === 'physical_address' || (values.address_type ?? 'physical') === 'physical';
      if (!prev || physical) addressOf.set(values.location_id, values);
    }
  }
  const locationFile = fileOf(pkg, 'location');
  const locationIds = new Set<string>();
  for (const { row, values: v } of rowsOf(pkg, 'location')) {
    if (!v.id || locationIds.has(v.id)) {
      log.error(locationFile, row, `Location skipped: ${!v.id ? 'it has no id' : `the id ${v.id} appears twice in the file`}.`, { column: 'id', key: !v.id ? 'hsds.locationNoId' : 'hsds.locationDuplicate', params: { id: v.id ?? '' }, reason: !v.id ? 'Location skipped: no id' : 'Location skipped: its id appears twice', reasonKey: !v.id ? 'hsds.locationNoId' : 'hsds.reason.locationDuplicate' });
      plan.skipped.locations++;
      continue;
    }
    let organizationId: string | null = v.organization_id || null;
    if (organizationId && !knownOrgs.has(organizationId)) {
      log.warn(locationFile, row, `Location ${v.name || v.id} points at organization ${organizationId}, which is not in the package; kept without an organization.`, { column: 'organization_id', key: 'hsds.locationOrgMissing', params: { name: v.name || v.id, id: organizationId }, reason: 'Location kept without its organization (not in the package)', reasonKey: 'hsds.reason.locationOrgMissing' });
      organizationId = null;
    }
    // The address table's row; else address columns on the location row itself (a flattened
    // export, as many 211 systems write: address_1, city, state_province, postal_code on location.csv).
    const a = addressOf.get(v.id) ?? (v.address_1 || v.city || v.postal_code ? v : {});
    const area = [a.city, a.region, a.address_2].map((t) => (t ? findArea(t) : null)).find(Boolean) ?? null;
    const lat = toNumber(v.latitude ?? '');
    const lon = toNumber(v.longitude ?? '');
    const type = (v.location_type ?? '').toLowerCase();
    const location: LocationDraft = {
      id: clip(v.id, 100),
      organizationId,
      locationType: type === 'postal' || type === 'virtual' ? type : 'physical',
      name: clip(v.name, 500),
      description: clip(v.description, 20000),
      address1: clip(a.address_1, 500),
      city: clip(a.city, 200),
      stateProvince: clip(a.state_province, 200),
      postalCode: clip(a.postal_code, 50),
      country: clip(a.country, 10),
      latitude: lat !== null && lat >= -90 && lat <= 90 ? lat : null,
      longitude: lon !== null && lon >= -180 && lon <= 180 ? lon : null,
      areaId: area?.id ?? null,
      phones: [],
      schedules: [],
    };
    if ((lat !== null && location.latitude === null) || (lon !== null && location.longitude === null)) log.warn(locationFile, row, `Location ${v.name || v.id} has coordinates out of range; left empty.`, { column: 'latitude, longitude', key: 'hsds.badCoordinates', params: { name: v.name || v.id }, reason: 'Coordinates out of range; left empty', reasonKey: 'hsds.reason.badCoordinates' });
    locationIds.add(location.id);
    plan.locations.push(location);
  }
  const locationsById = new Map(plan.locations.map((l) => [l.id, l]));
  const withNamedArea = new Set(rowsOf(pkg, 'service_area').map((r) => r.values.service_id));
  for (const table of ['service_at_location']) {
    for (const { row, values } of rowsOf(pkg, table)) {
      const service = services.get(values.service_id ?? '');
      const location = locationsById.get(values.location_id ?? '');
      if (!service || !location) {
        log.warn(fileOf(pkg, table), row, `Row not used: ${!service ? `service ${values.service_id}` : `location ${values.location_id}`} is not in the package.`, { column: !service ? 'service_id' : 'location_id', key: `hsds.orphan.${!service ? 'service' : 'location'}`, params: { id: (!service ? values.service_id : values.location_id) ?? '' }, reason: `Row not used: it points at a ${!service ? 'service' : 'location'} that is not in the package`, reasonKey: `hsds.reason.orphan.${!service ? 'service' : 'location'}`, skipsRow: true });
        continue;
      }
      if (!service.locationIds.includes(location.id)) service.locationIds.push(location.id);
      // A service with no named service area serves the areas its locations are in.
      if (location.areaId && !withNamedArea.has(service.id)) {
        if (!(service.areaIds ??= []).includes(location.areaId)) service.areaIds.push(location.areaId);
      }
    }
  }

  linkPhonesAndSchedules(pkg, log, { services, locationsById, organizations: new Map(plan.organizations.map((o) => [o.id, o])), salService, salLocation, merged });

  plan.services = [...services.values()];
  return plan;
}

function isNoneDate(text: string): boolean {
  return valueOrNone(text) === '';
}

const scheduleOf = (r: Record<string, string>, v1: boolean): Schedule => ({
  freq: clip(v1 ? 'WEEKLY' : valueOrNone(r.freq), 50),
  byday: clip(v1 ? toByday(r.weekday ?? '') : valueOrNone(r.byday), 100),
  opensAt: clip(valueOrNone(r.opens_at), 20),
  closesAt: clip(valueOrNone(r.closes_at), 20),
  validFrom: clip(valueOrNone(r.valid_from), 30),
  validTo: clip(valueOrNone(r.valid_to), 30),
  description: clip(valueOrNone(r.description), 5000),
});

const phoneLabel = (r: Record<string, string>) => {
  const number = toPhone(r.number, r.extension);
  const type = valueOrNone(r.type).toLowerCase();
  return type && type !== 'voice' ? `${number} (${type})` : number;
};

/**
 * Phones and schedules land on the record they describe. A phone: on its contact (every phone of a
 * contact, joined), else on the service of its service_at_location or its service (a contact line),
 * else on its location or organization. A schedule: on its service (directly or through its
 * service_at_location), else on its location's opening hours. A row that points at nothing in the
 * package is reported, never dropped silently.
 */
function linkPhonesAndSchedules(
  pkg: HsdsPackage,
  log: IssueLog,
  at: {
    services: Map<string, ServiceDraft>;
    locationsById: Map<string, LocationDraft>;
    organizations: Map<string, OrganizationDraft>;
    salService: Map<string, string>;
    salLocation: Map<string, string>;
    merged: (table: string) => Map<string, Record<string, string>[]>;
  },
): void {
  const phoneFile = fileOf(pkg, 'phone');
  const phonesByContact = new Map<string, string[]>();
  /** `code`: serviceMissing / contactMissing (its service / contact is not in the package), ownerMissing (its location/organization/service_at_location is not), unlinked (linked to nothing). */
  const unlinked = (row: number, r: Record<string, string>, code: 'serviceMissing' | 'contactMissing' | 'ownerMissing' | 'unlinked', id: string, reason: string) =>
    log.warn(phoneFile, row, `Phone ${r.number} not imported: ${reason}.`, { key: `hsds.phone.${code}`, params: { number: r.number ?? '', id }, reason: `Phone not imported: ${code}`, reasonKey: `hsds.reason.phone.${code}`, skipsRow: true, column: 'number' });
  for (const { row, values: r } of rowsOf(pkg, 'phone')) {
    const number = phoneLabel(r);
    if (!number) continue;
    if (r.contact_id) {
      phonesByContact.set(r.contact_id, [...(phonesByContact.get(r.contact_id) ?? []), number]);
      continue;
    }
    const serviceId = r.service_id || at.salService.get(r.service_at_location_id ?? '') || '';
    const service = serviceId ? at.services.get(serviceId) : undefined;
    if (service) {
      const locationId = at.salLocation.get(r.service_at_location_id ?? '');
      const where = locationId ? at.locationsById.get(locationId)?.name : '';
      const title = [valueOrNone(r.description) || valueOrNone(r.type), where ? `at ${where}` : ''].filter(Boolean).join(' ');
      if (service.contacts.length < 50) service.contacts.push({ name: '', title: clip(title, 500), email: '', phone: clip(toPhone(r.number, r.extension), 500) });
      continue;
    }
    if (serviceId) {
      unlinked(row, r, 'serviceMissing', serviceId, `its service ${serviceId} is not in the package`);
      continue;
    }
    const location = at.locationsById.get(r.location_id ?? '');
    if (location) {
      if (location.phones.length < 50) location.phones.push({ number: clip(toPhone(r.number, r.extension), 100), type: clip(valueOrNone(r.type), 50), description: clip(valueOrNone(r.description), 500) });
      continue;
    }
    const org = at.organizations.get(r.organization_id ?? '');
    if (org) {
      if (org.phones.length < 50) org.phones.push({ number: clip(toPhone(r.number, r.extension), 100), type: clip(valueOrNone(r.type), 50), description: clip(valueOrNone(r.description), 500) });
      continue;
    }
    const owner = r.location_id || r.organization_id || r.service_at_location_id || '';
    unlinked(row, r, owner ? 'ownerMissing' : 'unlinked', owner, owner ? `the record it belongs to (${owner}) is not in the package` : 'it is linked to no service, location, organization or contact');
  }

  // Contacts of a service (directly or through a service_at_location), each with all its phones.
  const contactFile = fileOf(pkg, 'contact');
  for (const { row, values } of rowsOf(pkg, 'contact')) {
    if (values.service_id || values.service_at_location_id) continue;
    if (values.organization_id || values.location_id) {
      log.warn(contactFile, row, `Contact ${values.name || values.id} of ${values.organization_id ? 'an organization' : 'a location'} was not imported: Convene keeps contacts per service.`, { key: values.organization_id ? 'hsds.contactOfOrganization' : 'hsds.contactOfLocation', params: { name: values.name || values.id || '' }, reason: 'Contacts of an organization or location were not imported (Convene keeps contacts per service)', reasonKey: 'hsds.reason.contactNotPerService', skipsRow: true });
    }
  }
  for (const [serviceId, rows] of at.merged('contact')) {
    at.services.get(serviceId)!.contacts.unshift(
      ...rows.slice(0, 50).map((r) => ({
        name: clip(valueOrNone(r.name), 500),
        title: clip(valueOrNone(r.title), 500),
        email: clip(valueOrNone(r.email), 500),
        phone: clip((phonesByContact.get(r.id) ?? []).join('; '), 500),
      })),
    );
    const service = at.services.get(serviceId)!;
    service.contacts = service.contacts.slice(0, 50);
  }
  const contactIds = new Set(rowsOf(pkg, 'contact').map((r) => r.values.id));
  for (const { row, values: r } of rowsOf(pkg, 'phone')) {
    if (r.contact_id && !contactIds.has(r.contact_id)) unlinked(row, r, 'contactMissing', r.contact_id, `its contact ${r.contact_id} is not in the package`);
  }

  // Schedules (3.0 schedule; 1.x regular_schedule by weekday): service, service_at_location, or location hours.
  for (const [table, v1] of [['schedule', false], ['regular_schedule', true]] as const) {
    const file = fileOf(pkg, table);
    for (const { row, values: r } of rowsOf(pkg, table)) {
      const serviceId = r.service_id || at.salService.get(r.service_at_location_id ?? '') || '';
      const service = serviceId ? at.services.get(serviceId) : undefined;
      if (service) {
        if (service.schedules.length < 100) service.schedules.push(scheduleOf(r, v1));
        continue;
      }
      const location = !serviceId ? at.locationsById.get(r.location_id ?? '') : undefined;
      if (location) {
        if (location.schedules.length < 100) location.schedules.push(scheduleOf(r, v1));
        continue;
      }
      const target = serviceId ? `service_id ${serviceId}` : r.location_id ? `location_id ${r.location_id}` : r.service_at_location_id ? `service_at_location_id ${r.service_at_location_id}` : '';
      log.warn(file, row, target ? `Schedule not imported: its ${target} is not in the package.` : 'Schedule not imported: it is linked to no service, service_at_location or location.', {
        key: target ? 'hsds.scheduleOrphan' : 'hsds.scheduleUnlinked',
        params: { target },
        reason: 'Schedule not imported: it points at nothing in the package',
        reasonKey: 'hsds.reason.scheduleOrphan',
        skipsRow: true,
      });
    }
  }
  for (const { row } of rowsOf(pkg, 'holiday_schedule')) {
    log.warn(fileOf(pkg, 'holiday_schedule'), row, 'Holiday closing not imported: Convene keeps regular opening hours only.', { key: 'hsds.holidaySchedule', skipsRow: true });
  }
}

export type { CsvTable };
