import type { Area, Category, Schedule, ServiceLanguage } from '../../model';
import { areaMatcher } from './area-match';
import { categoryMapper, type SourceTerm } from './category-match';
import type { CsvTable } from './csv-table';
import { missingColumns } from './csv-table';
import { clip, toAge, toByday, toCalendarDate, toLanguage, toNumber, toServiceStatus } from './field-parsers';
import type { HsdsPackage } from './hsds-package';
import type { IssueLog } from './import-report';
import { emptyService, type ImportPlan, type LocationDraft, type OrganizationDraft, type ServiceDraft } from './import-plan';

export interface MapContext {
  areas: readonly Area[];
  categories: readonly Category[];
  /** Organizations already in the directory: a service may point at one the package does not repeat. */
  organizationIds: ReadonlySet<string>;
}

const REQUIRED: Record<string, string[]> = {
  organization: ['id', 'name'],
  service: ['id', 'organization_id', 'name'],
  location: ['id'],
};

const rowsOf = (pkg: HsdsPackage, name: string) => pkg.tables.get(name)?.rows ?? [];
const fileOf = (pkg: HsdsPackage, name: string) => pkg.tables.get(name)?.file ?? `${name}.csv`;

/** Groups side-table rows by a key column, skipping (and reporting) rows that point at nothing. */
function byParent(pkg: HsdsPackage, table: string, key: string, known: ReadonlySet<string>, log: IssueLog, what: string) {
  const out = new Map<string, Record<string, string>[]>();
  for (const { row, values } of rowsOf(pkg, table)) {
    const parent = values[key] ?? '';
    if (!parent) continue;
    if (!known.has(parent)) {
      log.warn(fileOf(pkg, table), row, `Row not used: it points at ${what} ${parent}, which is not in the package.`);
      continue;
    }
    const list = out.get(parent) ?? [];
    list.push(values);
    out.set(parent, list);
  }
  return out;
}

/**
 * Turns an HSDS package (3.0 or 1.x/2.x) into an import plan. Records missing a required value or
 * pointing at an organization that does not exist are skipped with a reason; details that cannot
 * be used (an unmatched service area, a bad date) are left out with a warning.
 */
export function planHsdsImport(pkg: HsdsPackage, ctx: MapContext, log: IssueLog): ImportPlan | null {
  let blocked = false;
  for (const [table, required] of Object.entries(REQUIRED)) {
    const t = pkg.tables.get(table);
    if (!t) continue;
    const missing = missingColumns(t, required);
    if (missing.length > 0) {
      log.error(t.file, 1, `Required column${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}. Nothing can be imported from this file.`);
      blocked = true;
    }
  }
  if (!pkg.tables.has('organization') && !pkg.tables.has('service')) {
    log.error('datapackage.json', null, 'The package has neither an organizations nor a services table.');
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
      log.error(orgFile, row, `Organization skipped: ${!v.id ? 'it has no id' : 'it has no name'}.`);
      plan.skipped.organizations++;
      continue;
    }
    if (orgIds.has(v.id)) {
      log.error(orgFile, row, `Organization skipped: the id ${v.id} appears twice in the file.`);
      plan.skipped.organizations++;
      continue;
    }
    orgIds.add(v.id);
    const org: OrganizationDraft = {
      id: clip(v.id, 100),
      name: clip(v.name, 500),
      alternateName: clip(v.alternate_name, 500),
      description: clip(v.description, 20000),
      email: clip(v.email, 500),
      website: clip(v.website ?? v.url, 2000),
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
    const why = !v.id ? 'it has no id' : !v.name ? 'it has no name' : !v.organization_id ? 'it names no organization' : !knownOrgs.has(v.organization_id) ? `its organization ${v.organization_id} is not in the package or the directory` : services.has(v.id) ? `the id ${v.id} appears twice in the file` : null;
    if (why) {
      log.error(serviceFile, row, `Service skipped: ${why}.`);
      plan.skipped.services++;
      continue;
    }
    const s = emptyService(clip(v.id, 100), v.organization_id, clip(v.name, 500));
    s.program = clip(programs.get(v.program_id ?? '') ?? '', 500);
    s.alternateName = clip(v.alternate_name, 500);
    s.description = clip(v.description, 20000);
    s.url = clip(v.url, 2000);
    s.email = clip(v.email, 500);
    const status = toServiceStatus(v.status ?? '');
    if (!status) log.warn(serviceFile, row, `Unknown status "${v.status}" read as active.`);
    s.status = status ?? 'active';
    s.interpretationServices = clip(v.interpretation_services, 5000);
    s.applicationProcess = clip(v.application_process, 20000);
    s.fees = clip(v.fees_description || v.fees, 20000);
    s.eligibility = clip(v.eligibility_description, 20000);
    s.minimumAge = toAge(v.minimum_age ?? '');
    s.maximumAge = toAge(v.maximum_age ?? '');
    s.alert = clip(v.alert, 5000);
    if (v.assured_date) {
      s.lastVerified = toCalendarDate(v.assured_date);
      if (!s.lastVerified) log.warn(serviceFile, row, `The assured date "${v.assured_date}" is not a date; left empty.`);
    }
    noteDate(s.lastVerified);
    noteDate(toCalendarDate(v.last_modified ?? ''));
    services.set(s.id, s);
  }
  const serviceIds = new Set(services.keys());

  // Taxonomy → categories
  const categories = categoryMapper(ctx.categories);
  const terms = new Map<string, SourceTerm>();
  for (const { values } of rowsOf(pkg, 'taxonomy_term')) terms.set(values.id, { id: values.id, code: values.code ?? '', name: values.name ?? '' });
  for (const { values } of rowsOf(pkg, 'taxonomy')) terms.set(values.id, { id: values.id, code: values.code ?? '', name: values.name ?? '' });
  const addTerm = (service: ServiceDraft, termId: string, file: string, row: number) => {
    const term = terms.get(termId) ?? (termId ? { id: termId, code: termId, name: '' } : null);
    if (!terms.has(termId)) log.warn(file, row, `Taxonomy term ${termId} is not in the package's taxonomy; kept as a category named by its id.`);
    const category = term && categories.map(term);
    if (category && !(service.categoryIds ??= []).includes(category.id)) service.categoryIds.push(category.id);
  };
  for (const { row, values } of rowsOf(pkg, 'attribute')) {
    const entity = (values.link_entity ?? '').toLowerCase();
    if (entity && entity !== 'service' && entity !== 'link_entity') continue;
    const service = services.get(values.link_id ?? '');
    if (!service) {
      log.warn(fileOf(pkg, 'attribute'), row, `Attribute not used: it links to ${values.link_id || 'nothing'}, which is not a service in the package.`);
      continue;
    }
    addTerm(service, values.taxonomy_term_id ?? '', fileOf(pkg, 'attribute'), row);
  }
  for (const { row, values } of rowsOf(pkg, 'service_taxonomy')) {
    const service = services.get(values.service_id ?? '');
    if (!service) {
      log.warn(fileOf(pkg, 'service_taxonomy'), row, `Row not used: service ${values.service_id} is not in the package.`);
      continue;
    }
    addTerm(service, values.taxonomy_id ?? '', fileOf(pkg, 'service_taxonomy'), row);
  }
  for (const { row, values } of rowsOf(pkg, 'service')) {
    const service = services.get(values.id);
    for (const id of (values.taxonomy_ids ?? '').split(/[,;]/).map((t) => t.trim()).filter(Boolean)) if (service) addTerm(service, id, serviceFile, row);
  }
  plan.newCategories = categories.created();

  // Service areas → community areas, matched by name or number; never guessed.
  const findArea = areaMatcher(ctx.areas);
  for (const [serviceId, rows] of byParent(pkg, 'service_area', 'service_id', serviceIds, log, 'service')) {
    const service = services.get(serviceId)!;
    const texts: string[] = [];
    for (const r of rows) {
      const name = r.name ?? r.service_area ?? '';
      if (!name) continue;
      const area = findArea(name);
      (service.areaIds ??= []);
      if (area) {
        if (!service.areaIds.includes(area.id)) service.areaIds.push(area.id);
      } else {
        texts.push(name);
        log.warn(fileOf(pkg, 'service_area'), null, `Service area "${name.slice(0, 80)}" of ${service.name} matches no community area; kept as text.`);
      }
    }
    service.serviceAreaText = clip(texts.join('; '), 5000);
  }

  // Languages
  for (const [serviceId, rows] of byParent(pkg, 'language', 'service_id', serviceIds, log, 'service')) {
    const service = services.get(serviceId)!;
    const seen = new Set(service.languages.map((l) => l.code || l.name));
    for (const r of rows) {
      const lang: ServiceLanguage = toLanguage(r.name ?? r.language ?? '', r.code ?? '');
      if (!lang.name && !lang.code) continue;
      if (seen.has(lang.code || lang.name)) continue;
      seen.add(lang.code || lang.name);
      service.languages.push({ code: clip(lang.code, 20), name: clip(lang.name, 200) });
    }
  }

  // Schedules (3.0 schedule; 1.x regular_schedule by weekday)
  const schedule = (r: Record<string, string>, v1: boolean): Schedule => ({
    freq: clip(v1 ? 'WEEKLY' : r.freq, 50),
    byday: clip(v1 ? toByday(r.weekday ?? '') : r.byday, 100),
    opensAt: clip(r.opens_at, 20),
    closesAt: clip(r.closes_at, 20),
    validFrom: clip(r.valid_from, 30),
    validTo: clip(r.valid_to, 30),
    description: clip(r.description, 5000),
  });
  for (const [table, v1] of [['schedule', false], ['regular_schedule', true]] as const) {
    for (const [serviceId, rows] of byParent(pkg, table, 'service_id', serviceIds, log, 'service')) {
      services.get(serviceId)!.schedules.push(...rows.slice(0, 100).map((r) => schedule(r, v1)));
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

  // Contacts, with their phones; phones given straight to a service become a contact line.
  const phonesByContact = new Map<string, string>();
  for (const { values } of rowsOf(pkg, 'phone')) if (values.contact_id && values.number) phonesByContact.set(values.contact_id, values.number.replace(/^"+|"+$/g, ''));
  for (const [serviceId, rows] of byParent(pkg, 'contact', 'service_id', serviceIds, log, 'service')) {
    services.get(serviceId)!.contacts = rows.slice(0, 50).map((r) => ({
      name: clip(r.name, 500),
      title: clip(r.title, 500),
      email: clip(r.email, 500),
      phone: clip(phonesByContact.get(r.id) ?? '', 100),
    }));
  }
  for (const { values } of rowsOf(pkg, 'phone')) {
    const service = services.get(values.service_id ?? '');
    if (!service || !values.number || (values.contact_id && phonesByContact.has(values.contact_id) && service.contacts.some((c) => c.phone))) continue;
    service.contacts.push({ name: '', title: clip(values.type, 500), email: '', phone: clip(values.number.replace(/^"+|"+$/g, ''), 100) });
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
      log.error(locationFile, row, `Location skipped: ${!v.id ? 'it has no id' : `the id ${v.id} appears twice in the file`}.`);
      plan.skipped.locations++;
      continue;
    }
    let organizationId: string | null = v.organization_id || null;
    if (organizationId && !knownOrgs.has(organizationId)) {
      log.warn(locationFile, row, `Location ${v.name || v.id} points at organization ${organizationId}, which is not in the package; kept without an organization.`);
      organizationId = null;
    }
    const a = addressOf.get(v.id) ?? {};
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
    };
    if ((lat !== null && location.latitude === null) || (lon !== null && location.longitude === null)) log.warn(locationFile, row, `Location ${v.name || v.id} has coordinates out of range; left empty.`);
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
        log.warn(fileOf(pkg, table), row, `Row not used: ${!service ? `service ${values.service_id}` : `location ${values.location_id}`} is not in the package.`);
        continue;
      }
      if (!service.locationIds.includes(location.id)) service.locationIds.push(location.id);
      // A service with no named service area serves the areas its locations are in.
      if (location.areaId && !withNamedArea.has(service.id)) {
        if (!(service.areaIds ??= []).includes(location.areaId)) service.areaIds.push(location.areaId);
      }
    }
  }

  plan.services = [...services.values()];
  return plan;
}

export type { CsvTable };
