/** A card's size on the map, in flow units (px at zoom 1). */
export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 76;
/** Vertical space between cards, and between the resource and need columns. */
const ROW_GAP = 12;
const COLUMN_GAP = 220;
const BAND_GAP = 40;
const LABEL_HEIGHT = 40;
/** A closed group's card (the overview). */
export const GROUP_CLOSED_HEIGHT = 72;
export const BAND_WIDTH = 2 * NODE_WIDTH + COLUMN_GAP;
/** Where the need column starts: every need is right of every resource. */
export const NEED_COLUMN_X = NODE_WIDTH + COLUMN_GAP;

export interface LayoutInput {
  /** Groups (categories) top to bottom; `open` groups show their cards, closed ones one summary card. */
  groups: { id: string; open: boolean; services: string[]; needs: string[] }[];
  /** service → need, by node id */
  edges: { source: string; target: string }[];
}

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  /** Each group's band: where its label or summary card goes, and how tall it is. */
  groups: { id: string; x: number; y: number; width: number; height: number }[];
}

/**
 * Lays out the gap map in two columns, as the help text promises: resources on the left, needs on
 * the right, in one band per category top to bottom. Inside an open band the needs are ordered by
 * the mean row of the resources that cover them (the barycenter heuristic, so links cross little),
 * with needs nothing covers last; resources keep their given order. Linear in cards and links plus
 * one sort per band: 700 cards and 1,000 links take a few milliseconds.
 */
export function layoutGapMap(input: LayoutInput): LayoutResult {
  const positions = new Map<string, { x: number; y: number }>();
  const groups: LayoutResult['groups'] = [];
  const linksOf = new Map<string, string[]>();
  for (const e of input.edges) {
    const list = linksOf.get(e.target);
    if (list) list.push(e.source);
    else linksOf.set(e.target, [e.source]);
  }
  let y = 0;
  for (const g of input.groups) {
    if (g.services.length + g.needs.length === 0) continue;
    if (!g.open) {
      groups.push({ id: g.id, x: 0, y, width: BAND_WIDTH, height: GROUP_CLOSED_HEIGHT });
      y += GROUP_CLOSED_HEIGHT + BAND_GAP / 2;
      continue;
    }
    const row = new Map(g.services.map((id, i) => [id, i]));
    const order = g.needs.map((id, i) => {
      const rows = (linksOf.get(id) ?? []).map((s) => row.get(s)).filter((r): r is number => r !== undefined);
      return { id, i, key: rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Infinity };
    });
    order.sort((a, b) => a.key - b.key || a.i - b.i);
    const top = y + LABEL_HEIGHT;
    g.services.forEach((id, i) => positions.set(id, { x: 0, y: top + i * (NODE_HEIGHT + ROW_GAP) }));
    order.forEach((n, i) => positions.set(n.id, { x: NEED_COLUMN_X, y: top + i * (NODE_HEIGHT + ROW_GAP) }));
    const rows = Math.max(g.services.length, g.needs.length);
    const height = LABEL_HEIGHT + rows * (NODE_HEIGHT + ROW_GAP);
    groups.push({ id: g.id, x: 0, y, width: BAND_WIDTH, height });
    y += height + BAND_GAP;
  }
  return { positions, groups };
}
