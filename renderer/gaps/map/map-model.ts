import type { Edge, Node } from '@xyflow/react';
import { needCoverage } from '../../../shared/logic';
import type { Category, CoverLink, Need, Service } from '../../../shared/model';
import { layoutGapMap } from './gap-layout';

export const MAP_SERVICE_LIMIT = 500;
/** Above this many cards the map opens as an overview: one summary card per category, opened on demand. */
export const OVERVIEW_ABOVE = 120;

export interface MapFilter {
  areaId: string;
  categoryId: string;
}

export type ResourceNodeData = { label: string; organization: string; partialOnly: boolean; linkCount: number };
export type NeedNodeData = { label: string; area: string; coverage: 'full' | 'partial' | null; severity: Need['severity'] };
/** `gaps`: the group's needs not fully covered, as the coverage matrix and the gap report count them. */
export type GroupNodeData = { groupId: string; label: string; open: boolean; resources: number; needs: number; gaps: number };

export const serviceNodeId = (id: string) => `s:${id}`;
export const needNodeId = (id: string) => `n:${id}`;

export interface GapMap {
  nodes: Node[];
  edges: Edge[];
  /** Resources that matched but were left out (over MAP_SERVICE_LIMIT). */
  truncated: number;
  /** Whether the map is an overview (groups closed until opened). */
  overview: boolean;
  /** Cards and links in the whole map, open or not. */
  totals: { needs: number; resources: number; links: number };
}

/**
 * What the map shows for a filter: open needs in the area/category, the resources linked to them,
 * and resources in the filtered category or area (up to a limit), in one band per category.
 * A map of more than OVERVIEW_ABOVE cards starts as an overview: each category is one summary card
 * (resources, needs, needs nothing covers) until opened (`open` lists the opened categories; a
 * category filter opens its own). Links are drawn between cards of open bands.
 */
export function buildMap(
  input: { services: readonly Service[]; needs: readonly Need[]; links: readonly CoverLink[]; categories: readonly Category[] },
  filter: MapFilter,
  names: { category: (c: Category | undefined) => string; organization: (id: string) => string; area: (id: string | null) => string; uncategorized: string },
  open: ReadonlySet<string> | 'all' = new Set(),
): GapMap {
  const needs = input.needs.filter((n) => n.status === 'open' && (!filter.areaId || n.areaId === filter.areaId) && (!filter.categoryId || n.categoryId === filter.categoryId));
  const needIds = new Set(needs.map((n) => n.id));
  const links = input.links.filter((l) => needIds.has(l.needId));
  const linkedServices = new Set(links.map((l) => l.serviceId));
  const needCategories = new Set(needs.map((n) => n.categoryId));
  const filtered = !!(filter.areaId || filter.categoryId);
  const candidates = input.services.filter((s) => {
    if (linkedServices.has(s.id)) return true;
    if (s.status !== 'active') return false;
    if (filter.categoryId && !s.categoryIds.includes(filter.categoryId)) return false;
    if (filter.areaId && !s.areaIds.includes(filter.areaId)) return false;
    // Unfiltered, only resources that could answer a shown need: same category.
    return filtered || s.categoryIds.some((c) => needCategories.has(c));
  });
  const services = candidates.filter((s) => linkedServices.has(s.id)).concat(candidates.filter((s) => !linkedServices.has(s.id))).slice(0, MAP_SERVICE_LIMIT);
  const shown = new Set(services.map((s) => s.id));
  const shownLinks = links.filter((l) => shown.has(l.serviceId));
  const coverage = needCoverage(links);
  const categoryIds = new Set(input.categories.map((c) => c.id));
  const groupOfService = (s: Service) => s.categoryIds.find((c) => c === filter.categoryId) ?? s.categoryIds.find((c) => needCategories.has(c)) ?? s.categoryIds.find((c) => categoryIds.has(c)) ?? '';
  const groupOfNeed = (n: Need) => (n.categoryId && categoryIds.has(n.categoryId) ? n.categoryId : '');
  const members = new Map<string, { services: string[]; needs: string[]; gaps: number }>();
  for (const id of [...input.categories.map((c) => c.id), '']) members.set(id, { services: [], needs: [], gaps: 0 });
  for (const s of services) members.get(groupOfService(s))!.services.push(serviceNodeId(s.id));
  for (const n of needs) {
    const m = members.get(groupOfNeed(n))!;
    m.needs.push(needNodeId(n.id));
    if (coverage.get(n.id) !== 'full') m.gaps++;
  }
  const opened = open === 'all' ? null : open;
  const overview = opened !== null && services.length + needs.length > OVERVIEW_ABOVE;
  const isOpen = (g: string) => !overview || !!opened?.has(g) || (!!filter.categoryId && g === filter.categoryId);
  const edges = shownLinks.map((l) => ({ source: serviceNodeId(l.serviceId), target: needNodeId(l.needId) }));
  const layout = layoutGapMap({ groups: [...members].map(([id, m]) => ({ id, open: isOpen(id), services: m.services, needs: m.needs })), edges });
  const category = new Map(input.categories.map((c) => [c.id, c]));
  const linkCount = new Map<string, number>();
  for (const l of links) linkCount.set(l.serviceId, (linkCount.get(l.serviceId) ?? 0) + 1);
  const nodes: Node[] = layout.groups.map((g) => {
    const m = members.get(g.id)!;
    return {
      id: `g:${g.id}`,
      type: 'group-label',
      position: { x: g.x, y: g.y },
      data: { groupId: g.id, label: g.id ? names.category(category.get(g.id)) : names.uncategorized, open: isOpen(g.id), resources: m.services.length, needs: m.needs.length, gaps: m.gaps } satisfies GroupNodeData,
      draggable: false,
      selectable: false,
      connectable: false,
    };
  });
  for (const s of services) {
    const position = layout.positions.get(serviceNodeId(s.id));
    if (!position) continue;
    nodes.push({ id: serviceNodeId(s.id), type: 'resource', position, data: { label: s.name, organization: names.organization(s.organizationId), partialOnly: false, linkCount: linkCount.get(s.id) ?? 0 } satisfies ResourceNodeData });
  }
  for (const n of needs) {
    const position = layout.positions.get(needNodeId(n.id));
    if (!position) continue;
    nodes.push({ id: needNodeId(n.id), type: 'need', position, data: { label: n.title, area: names.area(n.areaId), coverage: coverage.get(n.id) ?? null, severity: n.severity } satisfies NeedNodeData });
  }
  const placed = layout.positions;
  const flowEdges: Edge[] = shownLinks
    .filter((l) => placed.has(serviceNodeId(l.serviceId)) && placed.has(needNodeId(l.needId)))
    .map((l) => ({ id: l.id, source: serviceNodeId(l.serviceId), target: needNodeId(l.needId), className: `cover-edge cover-${l.coverage}`, data: { coverage: l.coverage } }));
  return { nodes, edges: flowEdges, truncated: Math.max(0, candidates.length - services.length), overview, totals: { needs: needs.length, resources: services.length, links: shownLinks.length } };
}
