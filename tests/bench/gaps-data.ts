import { randomUUID } from 'node:crypto';
import { DEFAULT_CATEGORIES, migrate, Workspace, type Area, type CoverLink, type Need, type Service } from '../../shared/model';
import { emptyService, stableId, toCsv } from '../../shared/logic';

/** 77 numbered areas, like Chicago's. */
export function benchAreas(at: string): Area[] {
  return Array.from({ length: 77 }, (_, i) => ({ version: 1, id: `area-${i + 1}`, number: i + 1, name: `Area ${i + 1} Peñalolén`, priority: i % 9 === 0, createdAt: at, updatedAt: at }));
}

/** The default categories plus two more: 20 in all. */
export function benchCategories() {
  return [...DEFAULT_CATEGORIES, { version: 1, id: 'cat-x1', code: 'x1', name: { en: 'Extra one', es: 'Extra uno' }, parentId: null }, { version: 1, id: 'cat-x2', code: 'x2', name: { en: 'Extra two', es: 'Extra dos' }, parentId: null }];
}

/** A workspace with `services` services, `needs` needs and `links` links spread over 77 areas and 20 categories. */
export function benchWorkspace(counts: { services: number; needs: number; links: number }): Workspace {
  const at = new Date().toISOString();
  const areas = benchAreas(at);
  const categories = benchCategories();
  const base = Workspace.parse(migrate({ schemaVersion: 1, createdAt: at, updatedAt: at, areas }).data);
  const organizations = Array.from({ length: Math.max(1, Math.ceil(counts.services / 10)) }, (_, i) => ({ version: 1, id: `org-${i}`, name: `Organization ${i}`, alternateName: '', description: '', email: '', website: '', phones: [], createdAt: at, updatedAt: at }));
  const services: Service[] = Array.from({ length: counts.services }, (_, i) => ({
    version: 1,
    ...emptyService(`svc-${i}`, `org-${Math.floor(i / 10)}`, `Service ${i} for the block`),
    categoryIds: [categories[i % 20].id, ...(i % 3 === 0 ? [categories[(i + 7) % 20].id] : [])],
    areaIds: [areas[i % 77].id, areas[(i * 7) % 77].id],
    languages: [{ code: 'en', name: 'English' }, ...(i % 2 ? [{ code: 'es', name: 'Spanish' }] : [])],
    createdAt: at,
    updatedAt: at,
  }));
  const needs: Need[] = Array.from({ length: counts.needs }, (_, i) => ({
    version: 1, id: `need-${i}`, title: `Need ${i} on the corner`, description: '', categoryId: categories[i % 20].id, areaId: areas[(i * 3) % 77].id,
    severity: 'high', status: 'open', source: 'manual', evidence: [{ kind: 'note', text: 'Raised at the block club.' }], createdAt: at, updatedAt: at,
  }));
  const links: CoverLink[] = [];
  const seen = new Set<string>();
  for (let i = 0; links.length < counts.links && i < counts.links * 4; i++) {
    const need = needs[i % needs.length];
    const service = services[(i * 13 + Math.floor(i / needs.length)) % services.length];
    const key = `${need.id}|${service.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ version: 1, id: randomUUID(), needId: need.id, serviceId: service.id, coverage: i % 4 ? 'full' : 'partial', note: '', createdAt: at, updatedAt: at });
  }
  return { ...base, categories, organizations, services, needs, links };
}

/** An HSDS 3.0 package (files as text) with `n` services, 10 per organization, with categories, areas, languages and locations. */
export function generatedHsdsPackage(n: number): { path: string; text: string }[] {
  const cats = benchCategories();
  const orgs = [];
  const services = [];
  const attributes = [];
  const areas = [];
  const languages = [];
  const locations = [];
  const sal = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) {
      orgs.push({ id: `org-${i / 10}`, name: `Organization ${i / 10}`, description: 'Community organization on the west side' });
      locations.push({ id: `loc-${i / 10}`, organization_id: `org-${i / 10}`, name: `Office ${i / 10}`, location_type: 'physical', latitude: '41.88', longitude: '-87.76' });
    }
    services.push({ id: `svc-${i}`, organization_id: `org-${Math.floor(i / 10)}`, name: `Service ${i}`, description: 'Outreach, mentoring and family support for the neighborhood, evenings and weekends.', status: 'active', assured_date: '2025-01-01', last_modified: '2025-02-01T00:00:00Z' });
    attributes.push({ id: `a-${i}`, link_id: `svc-${i}`, taxonomy_term_id: cats[i % 20].id, link_entity: 'service' });
    areas.push({ id: `sa-${i}`, service_id: `svc-${i}`, name: `Area ${(i % 77) + 1} Peñalolén` });
    languages.push({ id: `l-${i}`, service_id: `svc-${i}`, name: i % 2 ? 'Spanish' : 'English', code: i % 2 ? 'es' : 'en' });
    sal.push({ id: `sal-${i}`, service_id: `svc-${i}`, location_id: `loc-${Math.floor(i / 10)}` });
  }
  const terms = cats.map((c) => ({ id: c.id, code: c.code, name: c.name.en }));
  const table = (name: string, path: string) => ({ name, path });
  return [
    { path: 'datapackage.json', text: JSON.stringify({ version: '3.0.0', resources: [table('organization', 'organizations.csv'), table('service', 'services.csv'), table('attribute', 'attributes.csv'), table('taxonomy_term', 'taxonomy_terms.csv'), table('service_area', 'service_areas.csv'), table('language', 'languages.csv'), table('location', 'locations.csv'), table('service_at_location', 'service_at_location.csv')] }) },
    { path: 'organizations.csv', text: toCsv(['id', 'name', 'description'], orgs) },
    { path: 'services.csv', text: toCsv(['id', 'organization_id', 'name', 'description', 'status', 'assured_date', 'last_modified'], services) },
    { path: 'attributes.csv', text: toCsv(['id', 'link_id', 'taxonomy_term_id', 'link_entity'], attributes) },
    { path: 'taxonomy_terms.csv', text: toCsv(['id', 'code', 'name'], terms) },
    { path: 'service_areas.csv', text: toCsv(['id', 'service_id', 'name'], areas) },
    { path: 'languages.csv', text: toCsv(['id', 'service_id', 'name', 'code'], languages) },
    { path: 'locations.csv', text: toCsv(['id', 'organization_id', 'name', 'location_type', 'latitude', 'longitude'], locations) },
    { path: 'service_at_location.csv', text: toCsv(['id', 'service_id', 'location_id'], sal) },
  ];
}

export { stableId };
