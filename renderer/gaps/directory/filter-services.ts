import { matchKey } from '../../../shared/logic';
import type { Organization, Service } from '../../../shared/model';

export interface ServiceFilter {
  query: string;
  categoryId: string;
  areaId: string;
  status: string;
  language: string;
}

export const NO_FILTER: ServiceFilter = { query: '', categoryId: '', areaId: '', status: '', language: '' };

// Each service's folded search text, made once per service object (records are replaced, never
// mutated, on every change) and organization name: typing searches 10,000 services without
// folding 10,000 texts per key.
const searchKeys = new WeakMap<Service, { organization: string; key: string }>();
function searchKey(s: Service, organization: string): string {
  const cached = searchKeys.get(s);
  if (cached && cached.organization === organization) return cached.key;
  const key = matchKey(`${s.name} ${s.program} ${organization} ${s.description}`);
  searchKeys.set(s, { organization, key });
  return key;
}

/**
 * Folds the search text of every service not folded yet (see `searchKey`), so the first key typed
 * only scans; called in idle time after the directory is painted.
 */
export function warmServiceSearch(services: readonly Service[], organizations: ReadonlyMap<string, Organization>): void {
  for (const s of services) searchKey(s, organizations.get(s.organizationId)?.name ?? '');
}

/** Services matching a search (name, organization, description) and the chosen filters. */
export function filterServices(services: readonly Service[], organizations: ReadonlyMap<string, Organization>, f: ServiceFilter): Service[] {
  const q = matchKey(f.query);
  return services.filter((s) => {
    if (f.categoryId && !s.categoryIds.includes(f.categoryId)) return false;
    if (f.areaId && !s.areaIds.includes(f.areaId)) return false;
    if (f.status && s.status !== f.status) return false;
    if (f.language && !s.languages.some((l) => l.code === f.language || matchKey(l.name) === matchKey(f.language))) return false;
    if (!q) return true;
    return searchKey(s, organizations.get(s.organizationId)?.name ?? '').includes(q);
  });
}

/** Languages offered across the directory, for the filter: code when known, else name. */
export function languageOptions(services: readonly Service[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const s of services) for (const l of s.languages) if (!seen.has(l.code || l.name)) seen.set(l.code || l.name, l.name || l.code);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
