import type { ImportRecord, Location, Organization, Service, Workspace } from '../../model';
import { emptyCounts, type ImportCounts } from './import-report';
import type { ImportPlan } from './import-plan';

export interface AppliedImport {
  next: Workspace;
  counts: { organizations: ImportCounts; services: ImportCounts; locations: ImportCounts };
  record: ImportRecord;
}

/** Same fields, same values, whatever order the keys were written in. */
function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** Upserts drafts by id: new ids are added, known ids updated (creation time kept), identical ones left alone. */
type Stored = 'createdAt' | 'updatedAt' | 'version' | 'clientId';

function upsert<T extends { id: string; createdAt: string; updatedAt: string; version: number; clientId?: string }>(
  current: readonly T[],
  drafts: readonly Omit<T, Stored>[],
  at: string,
  merge: (old: T, draft: Omit<T, Stored>) => Omit<T, Stored> = (_o, d) => d,
): { list: T[]; counts: ImportCounts } {
  const counts = emptyCounts();
  const index = new Map(current.map((r, i) => [r.id, i]));
  const list = current.slice();
  for (const draft of drafts) {
    const i = index.get(draft.id);
    if (i === undefined) {
      index.set(draft.id, list.length);
      list.push({ ...draft, version: 1, createdAt: at, updatedAt: at } as unknown as T);
      counts.added++;
      continue;
    }
    const old = list[i];
    const merged = merge(old, draft);
    const { createdAt: _c, updatedAt: _u, version: _v, clientId: _k, ...oldContent } = old;
    if (sameContent(oldContent, merged as Record<string, unknown>)) {
      counts.unchanged++;
      continue;
    }
    // The version is counted where the import is written (shared/logic/versions.ts).
    list[i] = { ...merged, ...(old.clientId ? { clientId: old.clientId } : {}), version: old.version, createdAt: old.createdAt, updatedAt: at } as unknown as T;
    counts.updated++;
  }
  return { list, counts };
}

/**
 * Applies a checked plan to the workspace in one step (the caller writes it in one store
 * mutation, so an import is all or nothing). Re-importing the same ids updates, never duplicates.
 */
export function applyImportPlan(ws: Workspace, plan: ImportPlan, meta: { id: string; source: string; now: Date }): AppliedImport {
  const at = meta.now.toISOString();
  const orgs = upsert<Organization>(ws.organizations, plan.organizations, at);
  const locations = upsert<Location>(ws.locations, plan.locations, at, (old, d) => ({ ...d, areaId: d.areaId ?? old.areaId }));
  const services = upsert<Service>(ws.services, plan.services as unknown as Omit<Service, Stored>[], at, (old, d) => ({
    ...d,
    // The source is silent on categories or areas: keep what staff set by hand.
    categoryIds: (d.categoryIds as string[] | null) ?? old.categoryIds,
    areaIds: (d.areaIds as string[] | null) ?? old.areaIds,
  }));
  // Drafts added fresh still carry null for "source silent": store them as empty lists.
  const serviceList = services.list.map((s) => (s.categoryIds === null || s.areaIds === null ? { ...s, categoryIds: s.categoryIds ?? [], areaIds: s.areaIds ?? [] } : s));
  services.counts.skipped = plan.skipped.services;
  orgs.counts.skipped = plan.skipped.organizations;
  locations.counts.skipped = plan.skipped.locations;
  const known = new Set(ws.categories.map((c) => c.id));
  const counts = { organizations: orgs.counts, services: services.counts, locations: locations.counts };
  const total = (k: keyof ImportCounts) => counts.organizations[k] + counts.services[k] + counts.locations[k];
  const record: ImportRecord = {
    version: 1,
    id: meta.id,
    source: meta.source.slice(0, 500),
    format: plan.format,
    asOf: plan.asOf ?? at.slice(0, 10),
    importedAt: at,
    added: total('added'),
    updated: total('updated'),
    skipped: total('skipped'),
  };
  return {
    next: {
      ...ws,
      updatedAt: at,
      categories: [...ws.categories, ...plan.newCategories.filter((c) => !known.has(c.id))],
      organizations: orgs.list,
      services: serviceList,
      locations: locations.list,
      imports: [...ws.imports, record],
    },
    counts,
    record,
  };
}
