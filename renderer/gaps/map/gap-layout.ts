import dagre from '@dagrejs/dagre';

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 58;
const GROUP_GAP = 70;
const LABEL_HEIGHT = 36;
const COLUMN_WIDTH = 2 * NODE_WIDTH + 180 + 140;

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
 * needs they cover), and flows the categories into columns. Each category is a small graph, so
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
  // Categories flow into columns (the shortest column takes the next), so the map stays near the screen's shape.
  const used = input.groups.filter((g) => members.get(g)!.services.length + members.get(g)!.needs.length > 0);
  const columns = used.length > 4 ? Math.min(4, Math.ceil(Math.sqrt(used.length / 2))) : 1;
  const heights = new Array<number>(columns).fill(0);
  for (const g of used) {
    const m = members.get(g)!;
    const column = heights.indexOf(Math.min(...heights));
    const top = heights[column];
    const left = column * COLUMN_WIDTH;
    const graph = new dagre.graphlib.Graph({ multigraph: false });
    // longest-path ranking suits a two-column graph and is far cheaper than network simplex.
    graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 180, marginx: 0, marginy: 0, ranker: 'longest-path' });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const id of m.services) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const id of m.needs) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    const linked = new Set<string>();
    for (const e of edgesByGroup.get(g) ?? []) {
      graph.setEdge(e.source, e.target);
      linked.add(e.source);
    }
    // With longest-path ranking every sink (a need) lands in the right column; a resource with no
    // link gets an edge to a hidden sink so it stays in the left column with the others.
    const sink = `\u0000sink:${g}`;
    graph.setNode(sink, { width: 1, height: 1 });
    for (const id of m.services) if (!linked.has(id)) graph.setEdge(id, sink);
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
    const dx = Math.min(...m.services.concat(m.needs).map((id) => graph.node(id).x - NODE_WIDTH / 2));
    for (const id of [...m.services, ...m.needs]) {
      const n = graph.node(id);
      positions.set(id, { x: left + n.x - NODE_WIDTH / 2 - dx, y: top + LABEL_HEIGHT + (n.y - NODE_HEIGHT / 2 - minY) });
    }
    const height = LABEL_HEIGHT + (maxY - minY);
    groups.push({ id: g, x: left, y: top, width: maxX - dx, height });
    heights[column] = top + height + GROUP_GAP;
  }
  return { positions, groups };
}
