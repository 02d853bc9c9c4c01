/**
 * The printed contents: pages reserved right after the cover, filled once every heading's
 * page is known. Entries link to their heading; level 2 is indented.
 */
import { layout, type HeadingEntry, type KitContext } from './context';
import { addContent, openElement, tagged } from './tagging';
import { drawLine, drawText, fitOneLine, widthOfRuns, type TextStyle } from './text';
import { theme } from './theme';

const TITLE_BLOCK = 46;
const ROW: Record<1 | 2, number> = { 1: 22, 2: 18 };
const STYLE: Record<1 | 2, TextStyle> = {
  1: { size: theme.size.body + 0.5, bold: true, color: theme.colors.text },
  2: { size: theme.size.body, color: theme.colors.text },
};

/** Splits entries (level 1 and 2 only) into pages; always at least one page. */
export function paginateContents(levels: (1 | 2)[]): number[][] {
  const pages: number[][] = [[]];
  let y = layout.top + TITLE_BLOCK;
  levels.forEach((level, i) => {
    const h = ROW[level] + (level === 1 && i > 0 ? 4 : 0);
    if (y + h > layout.bottom) {
      pages.push([]);
      y = layout.top;
    }
    pages[pages.length - 1].push(i);
    y += h;
  });
  return pages;
}

export interface ContentsPlan {
  firstPage: number;
  pages: number[][];
  element: PDFKit.PDFStructureElement;
}

/** Adds the contents page(s) after the cover; none when the report has no level-1/2 heading. */
export function reserveContents(ctx: KitContext, levels: (1 | 2)[]): ContentsPlan | null {
  if (levels.length === 0) return null;
  const pages = paginateContents(levels);
  const firstPage = ctx.doc.bufferedPageRange().count;
  for (let i = 0; i < pages.length; i++) ctx.doc.addPage();
  // The contents section sits in reading order after the cover; it is filled at the end.
  const element = openElement(ctx.doc, ctx.root, 'Sect');
  return { firstPage, pages, element };
}

export function fillContents(ctx: KitContext, plan: ContentsPlan): void {
  const { doc } = ctx;
  const toc = { element: null as PDFKit.PDFStructureElement | null };
  const entries = ctx.headings.filter((h): h is HeadingEntry & { level: 1 | 2 } => h.level <= 2);
  plan.pages.forEach((indexes, p) => {
    doc.switchToPage(plan.firstPage + p);
    let y = layout.top;
    if (p === 0) {
      tagged(doc, plan.element, 'H1', () =>
        drawText(doc, ctx.fonts, ctx.labels.contents, layout.left, y, layout.width, { size: theme.size.h1 + 3, bold: true, color: theme.colors.accent }),
      );
      y = layout.top + TITLE_BLOCK;
    }
    indexes.forEach((i, k) => {
      const entry = entries[i];
      if (!entry) return;
      const level = entry.level;
      if (level === 1 && k > 0) y += 4;
      const style = STYLE[level];
      const indent = level === 2 ? 18 : 0;
      const pageText = String(entry.page + 1);
      const pageRuns = fitOneLine(doc, ctx.fonts, pageText, 60, style);
      const pageW = widthOfRuns(doc, pageRuns, style);
      const titleRuns = fitOneLine(doc, ctx.fonts, entry.text.trim() || '—', layout.width - indent - 60, style);
      const titleW = widthOfRuns(doc, titleRuns, style);
      const rowY = y;
      toc.element ??= openElement(doc, plan.element, 'TOC');
      const item = openElement(doc, toc.element, 'TOCI');
      const link = openElement(doc, item, 'Link');
      addContent(doc, link, 'Link', () => {
        drawLine(doc, titleRuns, layout.left + indent, rowY, style);
        // Dotted leader between title and page number.
        const from = layout.left + indent + titleW + 6;
        const to = layout.left + layout.width - pageW - 6;
        if (to > from) {
          doc.save().moveTo(from, rowY + style.size * 0.95).lineTo(to, rowY + style.size * 0.95).lineWidth(0.7).dash(0.7, { space: 2.5 }).strokeColor(theme.colors.axis).stroke().undash().restore();
        }
        drawLine(doc, pageRuns, layout.left + layout.width - pageW, rowY, style);
      });
      doc.goTo(layout.left + indent, rowY - 2, layout.width - indent, ROW[level] - 2, entry.dest, { structParent: link } as object);
      link.end();
      item.end();
      y += ROW[level];
    });
  });
  toc.element?.end();
  plan.element.end();
}
