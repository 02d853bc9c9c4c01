/**
 * Drawing and measuring text in a pdfkit document, on the kit's text engine
 * (`text-layout.ts`): font fallback per character, bidi, shaping, Unicode line breaking. Heights
 * come from the same layout the drawing uses, so measurement never disagrees with drawing.
 */
import type { FontSet } from './fonts';
import { drawLines, heightOf, layoutText, normalizeText, type LaidOut, type TextStyle } from './text-layout';

export type { TextStyle } from './text-layout';

/**
 * Draws wrapped text at (x, y); afterwards doc.y is below the last line. Empty text draws nothing.
 * Lines that would pass the page's bottom margin continue at the top of a new page (the open
 * tagged-PDF element continues there too), as pdfkit's own text did.
 */
export function drawText(doc: PDFKit.PDFDocument, fonts: FontSet, text: unknown, x: number, y: number, width: number, style: TextStyle): void {
  const laid = layoutText(fonts, text, width, style);
  const flow = {
    bottom: doc.page.height - doc.page.margins.bottom,
    next: () => {
      doc.continueOnNewPage();
      return doc.page.margins.top;
    },
  };
  const below = drawLines(doc, laid, x, y, width, style, flow);
  doc.x = x;
  doc.y = below;
}

/** One line of text, laid out (see fitOneLine). */
export type TextLine = LaidOut & { fonts: FontSet };

/** Width of a one-line text, in points. */
export function widthOfRuns(_doc: PDFKit.PDFDocument, line: TextLine, style: TextStyle): number {
  return ((line.lines[0]?.width ?? 0) * style.size) / 1000;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Shortens text to one line of at most `width`, ending with an ellipsis when cut. */
export function fitOneLine(_doc: PDFKit.PDFDocument, fonts: FontSet, text: unknown, width: number, style: TextStyle): TextLine {
  const clean = normalizeText(text).replace(/\s*\n\s*/g, ' ');
  const one = (s: string): TextLine => ({ ...layoutText(fonts, s, 0, style), fonts });
  const full = one(clean);
  if (widthOfRuns(_doc, full, style) <= width) return full;
  const parts = [...segmenter.segment(clean)].map((g) => g.segment);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOfRuns(_doc, one(parts.slice(0, mid).join('').trimEnd() + '…'), style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return one(parts.slice(0, lo).join('').trimEnd() + '…');
}

/** Draws one unwrapped line (no page breaks), e.g. running headers and contents entries. */
export function drawLine(doc: PDFKit.PDFDocument, line: TextLine, x: number, y: number, style: TextStyle): void {
  drawLines(doc, line, x, y, widthOfRuns(doc, line, style), { ...style, align: 'left' });
}

/** Measures wrapped text height: the layout the drawing will use. */
export class TextMeasurer {
  constructor(private readonly fonts: FontSet) {}

  height(text: unknown, width: number, style: TextStyle): number {
    if (width <= 0) return 0;
    return heightOf(layoutText(this.fonts, text, width, style), style);
  }

  /** Width in points of `text` on one line (no wrapping). */
  width(text: unknown, style: TextStyle): number {
    return ((layoutText(this.fonts, text, 0, style).lines[0]?.width ?? 0) * style.size) / 1000;
  }
}
