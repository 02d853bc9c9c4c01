import type { Workspace } from '../../model';
import { toCsv } from './csv-table';
import type { PackageFile } from './hsds-package';
import { stableId } from './spreadsheet-import';

/** HSDS 3.0 tables this export writes, with their columns (a subset of the standard's fields). */
const TABLES = {
  organization: ['organizations.csv', ['id', 'name', 'alternate_name', 'description', 'email', 'website']],
  program: ['programs.csv', ['id', 'organization_id', 'name']],
  service: ['services.csv', ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'alert', 'last_modified']],
  location: ['locations.csv', ['id', 'location_type', 'organization_id', 'name', 'description', 'latitude', 'longitude']],
  address: ['addresses.csv', ['id', 'location_id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type']],
  service_at_location: ['service_at_location.csv', ['id', 'service_id', 'location_id']],
  taxonomy_term: ['taxonomy_terms.csv', ['id', 'code', 'name', 'description', 'parent_id', 'language']],
  attribute: ['attributes.csv', ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value']],
  service_area: ['service_areas.csv', ['id', 'service_id', 'name', 'description']],
  language: ['languages.csv', ['id', 'service_id', 'name', 'code']],
  schedule: ['schedules.csv', ['id', 'service_id', 'location_id', 'freq', 'byday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'description']],
  contact: ['contacts.csv', ['id', 'service_id', 'name', 'title', 'email']],
  phone: ['phones.csv', ['id', 'service_id', 'contact_id', 'location_id', 'organization_id', 'number', 'type', 'description']],
  unit: ['units.csv', ['id', 'name']],
  service_capacity: ['service_capacity.csv', ['id', 'service_id', 'unit_id', 'available', 'maximum', 'updated']],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

type Row = Record<string, string | number | null>;

/**
 * The directory as an HSDS 3.0 Tabular Data Package: `datapackage.json` and one CSV per table.
 * Ids are kept, categories travel as taxonomy terms with their code, areas served as service areas
 * by name, so importing the package again gives back the same directory.
 */
export function exportHsdsPackage(ws: Workspace, now: Date): PackageFile[] {
  const rows: Record<keyof typeof TABLES, Row[]> = Object.fromEntries(Object.keys(TABLES).map((k) => [k, []])) as never;
  const areaName = new Map(ws.areas.map((a) => [a.id, a.name]));
  const used = new Set(ws.services.flatMap((s) => s.categoryIds));
  for (const o of ws.organizations) {
    rows.organization.push({ id: o.id, name: o.name, alternate_name: o.alternateName, description: o.description, email: o.email, website: o.website });
    (o.phones ?? []).forEach((p, i) => rows.phone.push({ id: `${o.id}-p${i}`, organization_id: o.id, number: p.number, type: p.type, description: p.description }));
  }
  for (const c of ws.categories) if (used.has(c.id)) rows.taxonomy_term.push({ id: c.id, code: c.code, name: c.name.en, description: '', parent_id: c.parentId, language: 'en' });
  const programs = new Map<string, string>();
  const units = new Map<string, string>();
  for (const s of ws.services) {
    let programId = '';
    if (s.program) {
      programId = stableId('prg', `${s.organizationId}|${s.program}`);
      if (!programs.has(programId)) {
        programs.set(programId, s.program);
        rows.program.push({ id: programId, organization_id: s.organizationId, name: s.program });
      }
    }
    rows.service.push({
      id: s.id, organization_id: s.organizationId, program_id: programId, name: s.name, alternate_name: s.alternateName, description: s.description,
      url: s.url, email: s.email, status: s.status, interpretation_services: s.interpretationServices, application_process: s.applicationProcess,
      fees_description: s.fees, eligibility_description: s.eligibility, minimum_age: s.minimumAge, maximum_age: s.maximumAge,
      assured_date: s.lastVerified, alert: s.alert, last_modified: s.updatedAt,
    });
    s.categoryIds.forEach((c, i) => rows.attribute.push({ id: `${s.id}-t${i}`, link_id: s.id, taxonomy_term_id: c, link_type: 'service_category', link_entity: 'service', value: '' }));
    s.areaIds.forEach((a, i) => {
      const name = areaName.get(a);
      if (name) rows.service_area.push({ id: `${s.id}-a${i}`, service_id: s.id, name, description: '' });
    });
    // What a source said about the area served that matched no community area travels as it was.
    if (s.serviceAreaText) rows.service_area.push({ id: `${s.id}-atext`, service_id: s.id, name: s.serviceAreaText, description: '' });
    s.languages.forEach((l, i) => rows.language.push({ id: `${s.id}-l${i}`, service_id: s.id, name: l.name, code: l.code }));
    s.schedules.forEach((h, i) => rows.schedule.push({ id: `${s.id}-s${i}`, service_id: s.id, freq: h.freq, byday: h.byday, opens_at: h.opensAt, closes_at: h.closesAt, valid_from: h.validFrom, valid_to: h.validTo, description: h.description }));
    s.contacts.forEach((c, i) => {
      const contactId = `${s.id}-c${i}`;
      rows.contact.push({ id: contactId, service_id: s.id, name: c.name, title: c.title, email: c.email });
      // A contact's several numbers travel as several phones of that contact.
      c.phone
        .split('; ')
        .filter(Boolean)
        .forEach((number, n) => rows.phone.push({ id: `${contactId}-p${n || ''}`, service_id: s.id, contact_id: contactId, number, type: 'voice' }));
    });
    s.locationIds.forEach((l, i) => rows.service_at_location.push({ id: `${s.id}-at${i}`, service_id: s.id, location_id: l }));
    s.capacity.forEach((c, i) => {
      const unitId = stableId('unit', c.unit);
      if (!units.has(unitId)) {
        units.set(unitId, c.unit);
        rows.unit.push({ id: unitId, name: c.unit });
      }
      rows.service_capacity.push({ id: `${s.id}-cap${i}`, service_id: s.id, unit_id: unitId, available: c.available, maximum: c.maximum, updated: c.updated });
    });
  }
  for (const l of ws.locations) {
    rows.location.push({ id: l.id, location_type: l.locationType, organization_id: l.organizationId, name: l.name, description: l.description, latitude: l.latitude, longitude: l.longitude });
    (l.phones ?? []).forEach((p, i) => rows.phone.push({ id: `${l.id}-p${i}`, location_id: l.id, number: p.number, type: p.type, description: p.description }));
    (l.schedules ?? []).forEach((h, i) => rows.schedule.push({ id: `${l.id}-s${i}`, location_id: l.id, freq: h.freq, byday: h.byday, opens_at: h.opensAt, closes_at: h.closesAt, valid_from: h.validFrom, valid_to: h.validTo, description: h.description }));
    const area = l.areaId ? areaName.get(l.areaId) : undefined;
    if (l.address1 || l.city || l.postalCode || area) {
      rows.address.push({ id: `${l.id}-addr`, location_id: l.id, address_1: l.address1, address_2: area ?? '', city: l.city, state_province: l.stateProvince, postal_code: l.postalCode, country: l.country, address_type: l.locationType === 'postal' ? 'postal' : 'physical' });
    }
  }
  const descriptor = {
    name: 'convene_directory',
    title: 'Convene resource directory',
    profile: 'tabular-data-package',
    version: '3.0.0',
    created: now.toISOString(),
    resources: Object.entries(TABLES).map(([name, [path, fields]]) => ({
      name,
      path,
      profile: 'tabular-data-resource',
      schema: { fields: fields.map((f) => ({ name: f, type: f === 'latitude' || f === 'longitude' || f === 'available' || f === 'maximum' ? 'number' : f.endsWith('_age') ? 'integer' : 'string' })), primaryKey: 'id' },
    })),
  };
  return [
    { path: 'datapackage.json', text: JSON.stringify(descriptor, null, 2) },
    ...Object.entries(TABLES).map(([name, [path, fields]]) => ({ path, text: toCsv(fields, rows[name as keyof typeof TABLES]) })),
  ];
}
