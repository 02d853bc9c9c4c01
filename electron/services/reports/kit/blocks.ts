/** Flowing text blocks: headings (with outline + contents entries), paragraphs, lists, key/value rows. */
import { currentPageIndex, ensureSpace, gap, layout, type KitContext } from './context';
import { artifact, openElement, tagged } from './tagging';
import { drawText, type TextStyle } from './text';
import { theme } from './theme';

const HEADING_STYLE: Record<1 | 2 | 3, TextStyle> = {
  1: { size: theme.size.h1, bold: true, color: theme.colors.accent, lineGap: 1 },
  2: { size: theme.size.h2, bold: true, color: theme.colors.accent, lineGap: 1 },
  3: { size: theme.size.h3, bold: true, color: theme.colors.text, lineGap: 1 },
};
export const HEADING_SPACE_BEFORE: Record<1 | 2 | 3, number> = { 1: 16, 2: 12, 3: 8 };
const SPACE_BEFORE = HEADING_SPACE_BEFORE;

export const bodyStyle = (muted = false): TextStyle => ({
  size: theme.size.body,
  color: muted ? theme.colors.muted : theme.colors.text,
  lineGap: theme.lineGap,
});

/** Three lines of body text: the least a heading keeps with when what follows is not known. */
export const THREE_LINES = 3 * (theme.size.body + theme.lineGap) * 1.4;

/** A heading's own height, with the space under it (not the space before it, dropped at a page top). */
export function headingHeight(ctx: KitContext, text: string, level: 1 | 2 | 3): number {
  return ctx.measure.height(text, layout.width, HEADING_STYLE[level]) + (level === 1 ? 8 : 4);
}

/**
 * Draws a heading kept with `keepWith` points of what it introduces (the lead of the next block:
 * a whole chart, a table's caption, header and first row, the first lines of a paragraph): when
 * both do not fit below the cursor, the heading starts the next page. Keep-with-next, as in print.
 */
export function drawHeading(ctx: KitContext, text: string, level: 1 | 2 | 3, keepWith = THREE_LINES): void {
  const { doc } = ctx;
  const style = HEADING_STYLE[level];
  gap(ctx, SPACE_BEFORE[level]);
  const h = ctx.measure.height(text, layout.width, style);
  ensureSpace(ctx, Math.min(h + 6 + keepWith, layout.pageContentHeight));
  const y = doc.y;
  const entry = { text, level, page: currentPageIndex(doc), dest: `convene-h${ctx.headings.length + 1}` };
  ctx.headings.push(entry);
  doc.addNamedDestination(entry.dest, 'XYZ', null, Math.max(0, y - 10), null);
  if (level <= 2) {
    const title = text.trim() || '—';
    // pdfkit's typings lack the destination options; `left` is measured from the right edge.
    const options = { expanded: true, top: Math.max(0, y - 10), left: theme.page.width } as { expanded?: boolean };
    if (level === 1) ctx.outlineParent = doc.outline.addItem(title, options);
    else (ctx.outlineParent ?? doc.outline).addItem(title, options);
  }
  tagged(doc, ctx.root, `H${level}`, () => drawText(doc, ctx.fonts, text, layout.left, y, layout.width, style));
  if (level === 1) {
    const ruleY = doc.y + 1;
    artifact(doc, () => {
      doc.moveTo(layout.left, ruleY).lineTo(layout.left + layout.width, ruleY).lineWidth(0.8).strokeColor(theme.colors.accent).stroke();
    });
    doc.y = ruleY + 7;
  } else {
    doc.y += 4;
  }
}

/** The first two lines of a paragraph (or all of it when shorter): what must not be left alone at a page bottom. */
export function paragraphLead(ctx: KitContext, text: string, muted: boolean): number {
  const style = bodyStyle(muted);
  return Math.min(ctx.measure.height(text, layout.width, style), 2 * (style.size * 1.4 + theme.lineGap));
}

/** A paragraph's full height with the gap under it. */
export function paragraphHeight(ctx: KitContext, text: string, muted: boolean): number {
  const h = ctx.measure.height(text, layout.width, bodyStyle(muted));
  return h === 0 ? 0 : h + theme.paragraphGap;
}

/** Draws a paragraph; `keepWith` > 0 keeps all of it with that much of the next block (an introduction kept with its chart or table). */
export function drawParagraph(ctx: KitContext, text: string, muted: boolean, keepWith = 0): void {
  const { doc } = ctx;
  const style = bodyStyle(muted);
  const h = ctx.measure.height(text, layout.width, style);
  if (h === 0) return;
  ensureSpace(ctx, keepWith > 0 ? Math.min(h + theme.paragraphGap + keepWith, layout.pageContentHeight) : Math.min(h, 2 * (style.size * 1.4 + theme.lineGap)));
  const y = doc.y;
  tagged(doc, ctx.root, 'P', () => drawText(doc, ctx.fonts, text, layout.left, y, layout.width, style));
  doc.y += theme.paragraphGap;
}

/** The first item of a list: what a heading keeps with. */
export function bulletsLead(ctx: KitContext, items: string[]): number {
  if (items.length === 0) return 0;
  const style = bodyStyle();
  const h = ctx.measure.height(items[0], layout.width - 16, style);
  return Math.min(Math.max(h, style.size * 1.4), 2 * (style.size * 1.4 + theme.lineGap)) + 3;
}

/** The first row of a key/value list: what a heading keeps with. */
export function keyValuesLead(ctx: KitContext, rows: { label: string; value: string }[]): number {
  if (rows.length === 0) return 0;
  const labelW = Math.round(layout.width * 0.32);
  const valueW = layout.width - labelW - 10;
  const h = Math.max(ctx.measure.height(rows[0].label, labelW, { size: theme.size.body, bold: true, lineGap: 1.5 }), ctx.measure.height(rows[0].value, valueW, { size: theme.size.body, lineGap: 1.5 }), theme.size.body * 1.4) + 8;
  return Math.min(h, layout.pageContentHeight / 2);
}

export function drawBullets(ctx: KitContext, items: string[]): void {
  const { doc } = ctx;
  if (items.length === 0) return;
  const style = bodyStyle();
  const indent = 16;
  const list = openElement(doc, ctx.root, 'L');
  for (const item of items) {
    const h = ctx.measure.height(item, layout.width - indent, style);
    ensureSpace(ctx, Math.min(Math.max(h, style.size * 1.4), 2 * (style.size * 1.4 + theme.lineGap)));
    const y = doc.y;
    const li = openElement(doc, list, 'LI');
    tagged(doc, li, 'Lbl', () => {
      doc.circle(layout.left + 5, y + style.size * 0.72, 1.9).fillColor(theme.colors.accent).fill();
    });
    tagged(doc, li, 'LBody', () => drawText(doc, ctx.fonts, item, layout.left + indent, y, layout.width - indent, style));
    li.end();
    doc.y = Math.max(doc.y, y + style.size * 1.4) + 3;
  }
  list.end();
  doc.y += theme.paragraphGap - 3;
}

export function drawKeyValues(ctx: KitContext, rows: { label: string; value: string }[]): void {
  const { doc } = ctx;
  if (rows.length === 0) return;
  const labelW = Math.round(layout.width * 0.32);
  const valueW = layout.width - labelW - 10;
  const labelStyle: TextStyle = { size: theme.size.body, bold: true, color: theme.colors.muted, lineGap: 1.5 };
  const valueStyle: TextStyle = { size: theme.size.body, color: theme.colors.text, lineGap: 1.5 };
  const table = openElement(doc, ctx.root, 'Table');
  for (const row of rows) {
    const h = Math.max(ctx.measure.height(row.label, labelW, labelStyle), ctx.measure.height(row.value, valueW, valueStyle), theme.size.body * 1.4) + 8;
    ensureSpace(ctx, Math.min(h, layout.pageContentHeight));
    const y = doc.y;
    const page = currentPageIndex(doc);
    const tr = openElement(doc, table, 'TR');
    tagged(doc, tr, 'TH', () => drawText(doc, ctx.fonts, row.label, layout.left, y + 4, labelW, labelStyle));
    const afterLabel = doc.y;
    tagged(doc, tr, 'TD', () => drawText(doc, ctx.fonts, row.value, layout.left + labelW + 10, y + 4, valueW, valueStyle));
    tr.end();
    // A value longer than a page flows on; then the rule goes under its last line.
    const bottom = currentPageIndex(doc) !== page ? doc.y + 4 : Math.max(afterLabel, doc.y, y + h - 4) + 4;
    artifact(doc, () => {
      doc.moveTo(layout.left, bottom).lineTo(layout.left + layout.width, bottom).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
    });
    doc.y = bottom;
  }
  table.end();
  doc.y += theme.paragraphGap + 2;
}
