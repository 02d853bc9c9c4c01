import type { Area, Workspace } from '../model';

/** Priority areas first, then by number: the order every list and report uses. */
export function sortAreas(areas: readonly Area[]): Area[] {
  return [...areas].sort((a, b) => Number(b.priority) - Number(a.priority) || a.number - b.number);
}

export function nextAreaNumber(areas: readonly Area[]): number {
  return areas.reduce((max, a) => Math.max(max, a.number), 0) + 1;
}

/**
 * Which records point at an area, by collection. An area in use cannot be deleted or dropped by
 * an import. Each collection that stores area ids adds its check here.
 */
export function areaUsage(workspace: Workspace, areaId: string): { collection: string; count: number }[] {
  const uses: { collection: string; count: number }[] = [];
  const collections: { collection: string; refs: (ws: Workspace) => readonly (string | null | undefined)[] }[] = [
    { collection: 'needs', refs: (ws) => ws.needs.map((n) => n.areaId) },
    { collection: 'services', refs: (ws) => ws.services.flatMap((s) => s.areaIds) },
    { collection: 'locations', refs: (ws) => ws.locations.map((l) => l.areaId) },
    { collection: 'exercises', refs: (ws) => ws.exercises.map((e) => e.areaId) },
    { collection: 'improvementItems', refs: (ws) => ws.improvementItems.map((i) => i.areaId) },
    { collection: 'questions', refs: (ws) => ws.questions.map((q) => q.areaId) },
    { collection: 'townhalls', refs: (ws) => ws.townhalls.flatMap((t) => t.areaIds) },
  ];
  for (const c of collections) {
    const count = c.refs(workspace).filter((ref) => ref === areaId).length;
    if (count > 0) uses.push({ collection: c.collection, count });
  }
  return uses;
}
