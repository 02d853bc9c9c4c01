/**
 * Drawing and measuring prepared text in a pdfkit document. Mixed-font strings are drawn
 * as consecutive `continued` text calls so pdfkit wraps them as one paragraph; heights
 * are measured by drawing the same calls into an off-screen scratch document, so the
 * measurement can never disagree with the drawing.
 */
import PDFDocument from 'pdfkit';
import { FONT_NAMES, type FontSet } from './fonts';
import { isCjk, normalizeText, toRuns, type TextRun } from './text-runs';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center' | 'justify';
  lineGap?: number;
}

/** pdfkit breaks over-long words one character at a time (quadratic); pre-split them. */
export function breakLongWords(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string {
  if (text.length < 12 || width <= 0) return text;
  const limit = width * 0.96;
  const base = FONT_NAMES[style.bold ? 'bold' : 'regular'];
  const cache = new Map<string, number>();
  const charWidth = (ch: string): number => {
    let w = cache.get(ch);
    if (w === undefined) {
      const cp = ch.codePointAt(0) as number;
      w = isCjk(cp) ? style.size : doc.font(base).fontSize(style.size).widthOfString(ch);
      cache.set(ch, w);
    }
    return w;
  };
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (token.length < 12 || /\s/.test(token[0] ?? ' ')) return token;
      let total = 0;
      for (const ch of token) total += charWidth(ch);
      if (total <= limit) return token;
      const pieces: string[] = [];
      let piece = '';
      let w = 0;
      for (const ch of token) {
        const cw = charWidth(ch);
        if (w + cw > limit && piece) {
          pieces.push(piece);
          piece = '';
          w = 0;
        }
        piece += ch;
        w += cw;
      }
      if (piece) pieces.push(piece);
      return pieces.join('\n');
    })
    .join('');
}

export function prepareRuns(doc: PDFKit.PDFDocument, fonts: FontSet, text: unknown, width: number, style: TextStyle): TextRun[] {
  const clean = breakLongWords(doc, normalizeText(text), width, style);
  return toRuns(clean, style.bold ? 'bold' : 'regular', fonts).filter((r) => r.text.length > 0);
}

function drawRuns(doc: PDFKit.PDFDocument, runs: TextRun[], x: number, y: number, width: number, style: TextStyle, extra: PDFKit.Mixins.TextOptions = {}): void {
  doc.fontSize(style.size).fillColor(style.color ?? '#000000');
  runs.forEach((run, i) => {
    const options: PDFKit.Mixins.TextOptions = {
      width,
      align: style.align ?? 'left',
      lineGap: style.lineGap ?? 0,
      ...extra,
      continued: i < runs.length - 1,
    };
    doc.font(FONT_NAMES[run.font]);
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

/** Draws wrapped text at (x, y); afterwards doc.y is below the last line. Empty text draws nothing. */
export function drawText(doc: PDFKit.PDFDocument, fonts: FontSet, text: unknown, x: number, y: number, width: number, style: TextStyle): void {
  const runs = prepareRuns(doc, fonts, text, width, style);
  if (runs.length === 0) {
    doc.x = x;
    doc.y = y;
    return;
  }
  drawRuns(doc, runs, x, y, width, style);
  doc.x = x;
}

/** Width of a single line of runs. */
export function widthOfRuns(doc: PDFKit.PDFDocument, runs: TextRun[], style: TextStyle): number {
  let w = 0;
  for (const r of runs) w += doc.font(FONT_NAMES[r.font]).fontSize(style.size).widthOfString(r.text);
  return w;
}

/** Shortens text to one line of at most `width`, ending with an ellipsis when cut. */
export function fitOneLine(doc: PDFKit.PDFDocument, fonts: FontSet, text: unknown, width: number, style: TextStyle): TextRun[] {
  const clean = normalizeText(text).replace(/\s*\n\s*/g, ' ');
  const base = style.bold ? 'bold' : 'regular';
  let runs = toRuns(clean, base, fonts);
  if (widthOfRuns(doc, runs, style) <= width) return runs;
  const chars = Array.from(clean);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = toRuns(chars.slice(0, mid).join('').trimEnd() + '…', base, fonts);
    if (widthOfRuns(doc, candidate, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  runs = toRuns(chars.slice(0, lo).join('').trimEnd() + '…', base, fonts);
  return runs;
}

/** Draws one unwrapped line (no page breaks), e.g. running headers and contents entries. */
export function drawLine(doc: PDFKit.PDFDocument, runs: TextRun[], x: number, y: number, style: TextStyle): void {
  doc.fontSize(style.size).fillColor(style.color ?? '#000000');
  let cx = x;
  for (const r of runs) {
    doc.font(FONT_NAMES[r.font]);
    doc.text(r.text, cx, y, { lineBreak: false });
    cx += doc.widthOfString(r.text);
  }
}

/**
 * Measures wrapped text height by drawing into a tall scratch document that is never
 * written anywhere. Same fonts, same calls, so heights match the real drawing.
 */
export class TextMeasurer {
  private scratch: PDFKit.PDFDocument;
  private uses = 0;

  constructor(private readonly fonts: FontSet) {
    this.scratch = this.newScratch();
  }

  private newScratch(): PDFKit.PDFDocument {
    const doc = new PDFDocument({ autoFirstPage: false, compress: false });
    doc.on('data', () => undefined);
    this.fonts.register(doc);
    return doc;
  }

  height(text: unknown, width: number, style: TextStyle): number {
    if (width <= 0) return 0;
    // A fresh page now and then lets the scratch content be flushed and dropped.
    if (this.uses++ % 400 === 0) this.scratch.addPage({ size: [2000, 1e7], margin: 0 });
    const doc = this.scratch;
    const runs = prepareRuns(doc, this.fonts, text, width, style);
    if (runs.length === 0) return 0;
    const top = 10;
    drawRuns(doc, runs, 0, top, width, style);
    const h = doc.y - top;
    return h;
  }
}
