import dagre from '@dagrejs/dagre';

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 58;
const GROUP_GAP = 70;
const LABEL_HEIGHT = 36;

export interface LayoutInput {
  /** Resources (services): left column of each group. */
  services: { id: string; group: string }[];
  /** Needs: right column of each group. */
  needs: { id: string; group: string }[];
  /** service → need */
  edges: { source: string; target: string }[];
  /** Group order (categories), top to bottom. */
  groups: string[];
}

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  /** Where each group's label goes, and how tall the group is. */
  groups: { id: string; x: number; y: number; width: number; height: number }[];
}

/**
 * Lays out the gap map with dagre, one category at a time (left to right: resources, then the
 * needs they cover), and stacks the categories top to bottom. Each category is a small graph, so
 * the whole layout stays fast; links across categories are drawn but do not move nodes.
 */
export function layoutGapMap(input: LayoutInput): LayoutResult {
  const positions = new Map<string, { x: number; y: number }>();
  const groups: LayoutResult['groups'] = [];
  const members = new Map<string, { services: string[]; needs: string[] }>();
  for (const g of input.groups) members.set(g, { services: [], needs: [] });
  const groupOf = new Map<string, string>();
  for (const s of input.services) {
    members.get(s.group)?.services.push(s.id);
    groupOf.set(s.id, s.group);
  }
  for (const n of input.needs) {
    members.get(n.group)?.needs.push(n.id);
    groupOf.set(n.id, n.group);
  }
  const edgesByGroup = new Map<string, { source: string; target: string }[]>();
  for (const e of input.edges) {
    const g = groupOf.get(e.source);
    if (!g || g !== groupOf.get(e.target)) continue;
    const list = edgesByGroup.get(g) ?? [];
    list.push(e);
    edgesByGroup.set(g, list);
  }
  let top = 0;
  for (const g of input.groups) {
    const m = members.get(g)!;
    if (m.services.length + m.needs.length === 0) continue;
    const graph = new dagre.graphlib.Graph({ multigraph: false });
    graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 180, marginx: 0, marginy: 0 });
    graph.setDefaultEdgeLabel(() => ({}));
    // A hidden anchor pins resources to the left column and needs to the right, linked or not.
    const anchor = `\u0000anchor:${g}`;
    graph.setNode(anchor, { width: 1, height: 1 });
    for (const id of m.services) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const id of m.needs) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const e of edgesByGroup.get(g) ?? []) graph.setEdge(e.source, e.target);
    for (const id of m.services) graph.setEdge(anchor, id, { minlen: 1, weight: 0 });
    for (const id of m.needs) graph.setEdge(anchor, id, { minlen: 2, weight: 0 });
    dagre.layout(graph);
    let minY = Infinity;
    let maxY = -Infinity;
    let maxX = 0;
    for (const id of [...m.services, ...m.needs]) {
      const n = graph.node(id);
      minY = Math.min(minY, n.y - NODE_HEIGHT / 2);
      maxY = Math.max(maxY, n.y + NODE_HEIGHT / 2);
      maxX = Math.max(maxX, n.x + NODE_WIDTH / 2);
    }
    const dx = graph.node(anchor).x + 1;
    for (const id of [...m.services, ...m.needs]) {
      const n = graph.node(id);
      positions.set(id, { x: n.x - NODE_WIDTH / 2 - dx, y: top + LABEL_HEIGHT + (n.y - NODE_HEIGHT / 2 - minY) });
    }
    const height = LABEL_HEIGHT + (maxY - minY);
    groups.push({ id: g, x: 0, y: top, width: maxX - dx, height });
    top += height + GROUP_GAP;
  }
  return { positions, groups };
}
