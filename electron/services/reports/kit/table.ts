/**
 * Data tables: relative column widths, wrapped cells, a header row that repeats on every
 * page the table spans, zebra rows. A row moves to the next page whole; only a row taller
 * than a page is split (its cells continue on the next page).
 */
import { ensureSpace, layout, newPage, type KitContext } from './context';
import { addContent, artifact, openElement, tagged } from './tagging';
import { drawText, type TextStyle } from './text';
import { theme } from './theme';

export interface TableColumn {
  header: string;
  /** Relative weight; columns share the text width in proportion. Default 1. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  caption?: string;
  /** Printed in place of rows when there are none. */
  emptyText?: string;
}

const PAD = theme.cellPadding;
const headerStyle = (align: TableColumn['align']): TextStyle => ({ size: theme.size.table, bold: true, color: theme.colors.text, align: align ?? 'left', lineGap: 1 });
const cellStyle = (align: TableColumn['align']): TextStyle => ({ size: theme.size.table, color: theme.colors.text, align: align ?? 'left', lineGap: 1 });

/**
 * Column widths in points: shared in proportion to the relative `width`s, then widened where a
 * column is narrower than `minWidths[i]` (its longest word, so cells break between words, as a
 * browser's min-content width does), taking the room from columns that have more than they need.
 * When the minimums cannot all fit, the proportional widths stand (long words then break inside).
 */
export function columnWidths(columns: TableColumn[], total: number, minWidths: readonly number[] = []): number[] {
  const weights = columns.map((c) => (c.width && Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  let widths = weights.map((w) => (w / sum) * total);
  const mins = columns.map((_, i) => Math.min(minWidths[i] ?? 0, total));
  if (mins.reduce((a, b) => a + b, 0) <= total) {
    // Raise each column under its minimum; take the deficit from the others' slack, in proportion.
    for (let round = 0; round < columns.length; round++) {
      const deficit = widths.reduce((d, w, i) => d + Math.max(0, mins[i] - w), 0);
      if (deficit <= 0.01) break;
      const slack = widths.map((w, i) => Math.max(0, w - mins[i]));
      const totalSlack = slack.reduce((a, b) => a + b, 0);
      if (totalSlack <= 0) break;
      const take = Math.min(1, deficit / totalSlack);
      widths = widths.map((w, i) => (w < mins[i] ? mins[i] : w - slack[i] * take));
    }
  }
  const out = widths.map((w) => Math.floor(w));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** The longest words of a column (by characters, a few candidates), for its min-content width. */
function longestWords(texts: Iterable<string>, keep = 3): string[] {
  const best: string[] = [];
  for (const text of texts) {
    if (text.length <= (best.length === keep ? best[keep - 1].length : 0)) continue;
    for (const word of text.split(/[\s\u200b]+/)) {
      if (best.length === keep && word.length <= best[keep - 1].length) continue;
      if (best.includes(word)) continue;
      best.push(word);
      best.sort((a, b) => b.length - a.length);
      if (best.length > keep) best.pop();
    }
  }
  return best;
}

/** A table's geometry, measured once: widths, the x of each column, heights of caption, header and a row. */
export function prepareTable(ctx: KitContext, spec: TableSpec) {
  const columns = spec.columns.length > 0 ? spec.columns : [{ header: '' }];
  const rows = spec.rows.map((r) => columns.map((_, i) => (r[i] === undefined || r[i] === null ? '' : String(r[i]))));
  // Min-content: the widest word of the header (bold) and of the cells; a word wider than 40% of
  // the line (a URL, a long compound) is left to break inside the cell.
  const cap = layout.width * 0.4;
  const mins = columns.map((c, i) => {
    const header = longestWords([c.header]).map((w) => ctx.measure.width(w, headerStyle(c.align)));
    const cells = longestWords(rows.map((r) => r[i])).map((w) => ctx.measure.width(w, cellStyle(c.align)));
    const widest = Math.max(0, ...header, ...cells);
    return widest > cap ? 0 : widest + 2 * PAD.x + 1;
  });
  const widths = columnWidths(columns, layout.width, mins);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = widths.map((w) => Math.max(w - 2 * PAD.x, 4));
  const headerH = Math.max(...columns.map((c, i) => ctx.measure.height(c.header, inner[i], headerStyle(c.align))), theme.size.table * 1.3) + 2 * PAD.y;
  const rowHeight = (cells: string[]): number =>
    Math.max(...cells.map((c, i) => ctx.measure.height(c, inner[i], cellStyle(columns[i].align))), theme.size.table * 1.3) + 2 * PAD.y;
  const captionStyle: TextStyle = { size: theme.size.body, bold: true, color: theme.colors.text, lineGap: 1 };
  const captionH = spec.caption ? ctx.measure.height(spec.caption, layout.width, captionStyle) + 5 : 0;
  const firstRowH = rows.length > 0 ? Math.min(rowHeight(rows[0]), layout.pageContentHeight / 2) : theme.size.body * 2.4;
  return { columns, rows, widths, xs, inner, headerH, rowHeight, captionStyle, captionH, firstRowH };
}

/** What must stay on the page with whatever introduces the table: caption, header and first row. */
export function tableLead(ctx: KitContext, spec: TableSpec): number {
  const t = prepareTable(ctx, spec);
  return t.captionH + t.headerH + t.firstRowH;
}

/** Largest prefix of `text` (cut at a space when possible) whose height fits `maxHeight`. */
function splitToFit(ctx: KitContext, text: string, width: number, style: TextStyle, maxHeight: number): [string, string] {
  if (ctx.measure.height(text, width, style) <= maxHeight) return [text, ''];
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measure.height(chars.slice(0, mid).join(''), width, style) <= maxHeight) lo = mid;
    else hi = mid - 1;
  }
  let cut = lo;
  const space = chars.slice(0, lo).join('').search(/\s\S*$/);
  if (space > 0 && lo < chars.length && lo - space < 40) cut = Array.from(chars.join('').slice(0, space)).length;
  return [chars.slice(0, cut).join('').trimEnd(), chars.slice(cut).join('').trimStart()];
}

export function drawTable(ctx: KitContext, spec: TableSpec): void {
  const { doc } = ctx;
  const { columns, rows, xs, inner, headerH, rowHeight, captionStyle, captionH, firstRowH } = prepareTable(ctx, spec);
  ensureSpace(ctx, captionH + headerH + firstRowH);

  const table = openElement(doc, ctx.root, 'Table');
  if (spec.caption) {
    const y = doc.y;
    tagged(doc, table, 'Caption', () => drawText(doc, ctx.fonts, spec.caption, layout.left, y, layout.width, captionStyle));
    doc.y = y + captionH;
  }

  const drawHeader = (repeat: boolean): void => {
    const y = doc.y;
    artifact(doc, () => {
      doc.rect(layout.left, y, layout.width, headerH).fillColor(theme.colors.tableHeaderBg).fill();
      doc.moveTo(layout.left, y + headerH).lineTo(layout.left + layout.width, y + headerH).lineWidth(0.8).strokeColor(theme.colors.axis).stroke();
    });
    const drawCells = (): void => columns.forEach((c, i) => drawText(doc, ctx.fonts, c.header, xs[i] + PAD.x, y + PAD.y, inner[i], headerStyle(c.align)));
    if (repeat) {
      // The repeated header is pagination furniture; the real TH cells are on the first page.
      artifact(doc, drawCells, 'Pagination');
    } else {
      const tr = openElement(doc, table, 'TR');
      columns.forEach((c, i) => tagged(doc, tr, 'TH', () => drawText(doc, ctx.fonts, c.header, xs[i] + PAD.x, y + PAD.y, inner[i], headerStyle(c.align))));
      tr.end();
    }
    doc.y = y + headerH;
  };

  const drawRowBox = (y: number, h: number, index: number): void =>
    artifact(doc, () => {
      if (index % 2 === 1) doc.rect(layout.left, y, layout.width, h).fillColor(theme.colors.zebra).fill();
      doc.moveTo(layout.left, y + h).lineTo(layout.left + layout.width, y + h).lineWidth(0.4).strokeColor(theme.colors.rule).stroke();
    });

  drawHeader(false);

  if (rows.length === 0) {
    const text = spec.emptyText ?? ctx.labels.emptyTable;
    const y = doc.y;
    const style: TextStyle = { size: theme.size.table, color: theme.colors.muted, lineGap: 1 };
    const h = ctx.measure.height(text, layout.width - 2 * PAD.x, style) + 2 * PAD.y;
    drawRowBox(y, h, 0);
    const tr = openElement(doc, table, 'TR');
    tagged(doc, tr, 'TD', () => drawText(doc, ctx.fonts, text, layout.left + PAD.x, y + PAD.y, layout.width - 2 * PAD.x, style));
    tr.end();
    doc.y = y + h;
  }

  rows.forEach((cells, index) => {
    const h = rowHeight(cells);
    const available = layout.bottom - doc.y;
    if (h <= available) {
      drawRow(cells, h, index);
      return;
    }
    if (h <= layout.pageContentHeight - headerH) {
      newPage(ctx);
      drawHeader(true);
      drawRow(cells, h, index);
      return;
    }
    drawTallRow(cells, index);
  });

  function drawRow(cells: string[], h: number, index: number): void {
    const y = doc.y;
    drawRowBox(y, h, index);
    const tr = openElement(doc, table, 'TR');
    cells.forEach((c, i) => tagged(doc, tr, 'TD', () => drawText(doc, ctx.fonts, c, xs[i] + PAD.x, y + PAD.y, inner[i], cellStyle(columns[i].align))));
    tr.end();
    doc.y = y + h;
  }

  /** A row taller than a page: every cell continues on the next page. */
  function drawTallRow(cells: string[], index: number): void {
    const tr = openElement(doc, table, 'TR');
    const tds = cells.map(() => openElement(doc, tr, 'TD'));
    let rest = cells.slice();
    for (let guard = 0; rest.some((c) => c.length > 0) && guard < 500; guard++) {
      if (layout.bottom - doc.y < theme.size.table * 3 + 2 * PAD.y) {
        newPage(ctx);
        drawHeader(true);
      }
      const maxH = layout.bottom - doc.y - 2 * PAD.y;
      const parts = rest.map((c, i) => splitToFit(ctx, c, inner[i], cellStyle(columns[i].align), maxH));
      if (parts.every(([head]) => head.length === 0)) {
        // Not even one line fits here: go to a fresh page and try again.
        newPage(ctx);
        drawHeader(true);
        continue;
      }
      const y = doc.y;
      const h = Math.max(...parts.map(([head], i) => ctx.measure.height(head, inner[i], cellStyle(columns[i].align)))) + 2 * PAD.y;
      drawRowBox(y, h, index);
      parts.forEach(([head], i) => {
        if (head) addContent(doc, tds[i], 'TD', () => drawText(doc, ctx.fonts, head, xs[i] + PAD.x, y + PAD.y, inner[i], cellStyle(columns[i].align)));
      });
      rest = parts.map(([, tail]) => tail);
      doc.y = y + h;
    }
    tds.forEach((td) => td.end());
    tr.end();
  }

  table.end();
  doc.y += theme.paragraphGap + 4;
}
