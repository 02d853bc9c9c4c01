/** Page furniture drawn last on every buffered page: running header (not on the cover) and "Page X of Y" footer. */
import { layout, type KitContext } from './context';
import { artifact } from './tagging';
import { drawLine, fitOneLine, widthOfRuns, type TextStyle } from './text';
import { theme } from './theme';

export function drawPageFurniture(ctx: KitContext): number {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const style: TextStyle = { size: theme.size.small, color: theme.colors.muted };
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit add a page; lift the margin meanwhile.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    const footerY = theme.page.height - theme.page.footerFromBottom;
    artifact(
      doc,
      () => {
        if (i > start) {
          const title = fitOneLine(doc, ctx.fonts, ctx.title, layout.width * 0.8, style);
          drawLine(doc, title, layout.left, theme.page.headerY - style.size, style);
          const ruleY = theme.page.headerY + 4;
          doc.moveTo(layout.left, ruleY).lineTo(layout.left + layout.width, ruleY).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
        }
        doc.moveTo(layout.left, footerY - 6).lineTo(layout.left + layout.width, footerY - 6).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
        drawLine(doc, fitOneLine(doc, ctx.fonts, 'Convene', 200, style), layout.left, footerY, style);
        const pageRuns = fitOneLine(doc, ctx.fonts, ctx.labels.pageOf(i - start + 1, count), 200, style);
        drawLine(doc, pageRuns, layout.left + layout.width - widthOfRuns(doc, pageRuns, style), footerY, style);
      },
      'Pagination',
    );
    doc.page.margins = margins;
  }
  return count;
}
