import type { Edge, Node } from '@xyflow/react';
import { needCoverage } from '../../../shared/logic';
import type { Category, CoverLink, Need, Service } from '../../../shared/model';
import { layoutGapMap } from './gap-layout';

export const MAP_SERVICE_LIMIT = 500;

export interface MapFilter {
  areaId: string;
  categoryId: string;
}

export type ResourceNodeData = { label: string; organization: string; partialOnly: boolean; linkCount: number };
export type NeedNodeData = { label: string; area: string; coverage: 'full' | 'partial' | null; severity: Need['severity'] };
export type GroupNodeData = { label: string };

export const serviceNodeId = (id: string) => `s:${id}`;
export const needNodeId = (id: string) => `n:${id}`;

/**
 * What the map shows for a filter: open needs in the area/category, the resources linked to them,
 * and resources in the filtered category or area (up to a limit), laid out by category.
 */
export function buildMap(
  input: { services: readonly Service[]; needs: readonly Need[]; links: readonly CoverLink[]; categories: readonly Category[] },
  filter: MapFilter,
  names: { category: (c: Category | undefined) => string; organization: (id: string) => string; area: (id: string | null) => string; uncategorized: string },
): { nodes: Node[]; edges: Edge[]; truncated: number } {
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
  const coverage = needCoverage(links);
  const categoryIds = new Set(input.categories.map((c) => c.id));
  const groupOfService = (s: Service) => s.categoryIds.find((c) => c === filter.categoryId) ?? s.categoryIds.find((c) => needCategories.has(c)) ?? s.categoryIds.find((c) => categoryIds.has(c)) ?? '';
  const groups = [...input.categories.map((c) => c.id), ''];
  const layout = layoutGapMap({
    services: services.map((s) => ({ id: serviceNodeId(s.id), group: groupOfService(s) })),
    needs: needs.map((n) => ({ id: needNodeId(n.id), group: n.categoryId && categoryIds.has(n.categoryId) ? n.categoryId : '' })),
    edges: links.filter((l) => shown.has(l.serviceId)).map((l) => ({ source: serviceNodeId(l.serviceId), target: needNodeId(l.needId) })),
    groups,
  });
  const category = new Map(input.categories.map((c) => [c.id, c]));
  const linkCount = new Map<string, number>();
  for (const l of links) linkCount.set(l.serviceId, (linkCount.get(l.serviceId) ?? 0) + 1);
  const nodes: Node[] = [
    ...layout.groups.map((g) => ({
      id: `g:${g.id}`,
      type: 'group-label',
      position: { x: g.x, y: g.y },
      data: { label: g.id ? names.category(category.get(g.id)) : names.uncategorized } satisfies GroupNodeData,
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
    })),
    ...services.map((s) => ({
      id: serviceNodeId(s.id),
      type: 'resource',
      position: layout.positions.get(serviceNodeId(s.id)) ?? { x: 0, y: 0 },
      data: { label: s.name, organization: names.organization(s.organizationId), partialOnly: false, linkCount: linkCount.get(s.id) ?? 0 } satisfies ResourceNodeData,
    })),
    ...needs.map((n) => ({
      id: needNodeId(n.id),
      type: 'need',
      position: layout.positions.get(needNodeId(n.id)) ?? { x: 0, y: 0 },
      data: { label: n.title, area: names.area(n.areaId), coverage: coverage.get(n.id) ?? null, severity: n.severity } satisfies NeedNodeData,
    })),
  ];
  const edges: Edge[] = links
    .filter((l) => shown.has(l.serviceId))
    .map((l) => ({ id: l.id, source: serviceNodeId(l.serviceId), target: needNodeId(l.needId), className: `cover-edge cover-${l.coverage}`, data: { coverage: l.coverage } }));
  return { nodes, edges, truncated: Math.max(0, candidates.length - services.length) };
}
