/** The cover page: title, subtitle, cover lines, generated date, optional note. */
import { layout, type KitContext } from './context';
import { formatDate } from './labels';
import { artifact, openElement, tagged } from './tagging';
import { drawText, type TextStyle } from './text';
import { theme } from './theme';

export interface CoverSpec {
  title: string;
  subtitle?: string;
  lines: { label: string; value: string }[];
  note?: string;
  generatedAt: Date;
}

export function drawCover(ctx: KitContext, spec: CoverSpec): void {
  const { doc } = ctx;
  artifact(doc, () => {
    doc.rect(0, 0, theme.page.width, 12).fillColor(theme.colors.accent).fill();
  });
  let y = 150;
  const brand: TextStyle = { size: 10, bold: true, color: theme.colors.accent };
  tagged(doc, ctx.root, 'P', () => drawText(doc, ctx.fonts, 'CONVENE', layout.left, y, layout.width, brand));
  y = doc.y + 10;
  tagged(doc, ctx.root, 'H1', () =>
    drawText(doc, ctx.fonts, spec.title, layout.left, y, layout.width, { size: theme.size.title, bold: true, color: theme.colors.text, lineGap: 2 }),
  );
  y = doc.y + 6;
  if (spec.subtitle) {
    tagged(doc, ctx.root, 'P', () =>
      drawText(doc, ctx.fonts, spec.subtitle, layout.left, y, layout.width, { size: theme.size.subtitle, color: theme.colors.muted, lineGap: 2 }),
    );
    y = doc.y + 6;
  }
  const ruleY = y + 10;
  artifact(doc, () => {
    doc.moveTo(layout.left, ruleY).lineTo(layout.left + 72, ruleY).lineWidth(2).strokeColor(theme.colors.accent).stroke();
  });
  y = ruleY + 24;

  const lines = [...spec.lines, { label: ctx.labels.generated, value: formatDate(spec.generatedAt, ctx.language) }];
  const labelW = 150;
  const labelStyle: TextStyle = { size: theme.size.body, bold: true, color: theme.colors.muted, lineGap: 1.5 };
  const valueStyle: TextStyle = { size: theme.size.body, color: theme.colors.text, lineGap: 1.5 };
  const table = openElement(doc, ctx.root, 'Table');
  for (const line of lines) {
    // Keep the cover to one page: lines that would run into the footer are cut.
    if (y > layout.bottom - 90) break;
    const rowY = y;
    const tr = openElement(doc, table, 'TR');
    tagged(doc, tr, 'TH', () => drawText(doc, ctx.fonts, line.label, layout.left, rowY, labelW - 12, labelStyle));
    const afterLabel = doc.y;
    tagged(doc, tr, 'TD', () => drawText(doc, ctx.fonts, line.value, layout.left + labelW, rowY, layout.width - labelW, valueStyle));
    tr.end();
    y = Math.max(afterLabel, doc.y) + 6;
  }
  table.end();

  if (spec.note) {
    const noteStyle: TextStyle = { size: theme.size.small + 0.5, color: theme.colors.muted, lineGap: 1.5 };
    const h = ctx.measure.height(spec.note, layout.width, noteStyle);
    const noteY = Math.max(y + 24, layout.bottom - Math.min(h, 160));
    if (noteY + h <= layout.bottom) {
      tagged(doc, ctx.root, 'P', () => drawText(doc, ctx.fonts, spec.note, layout.left, noteY, layout.width, noteStyle));
    }
  }
}
