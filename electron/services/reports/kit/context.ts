/** What every drawing module receives, plus the page-geometry helpers they share. */
import type { FontSet } from './fonts';
import type { KitLabels, ReportLanguage } from './labels';
import type { TextMeasurer } from './text';
import { theme } from './theme';

export interface HeadingEntry {
  text: string;
  level: 1 | 2 | 3;
  /** 0-based physical page index. */
  page: number;
  /** Named destination the printed contents links to. */
  dest: string;
}

export interface KitContext {
  doc: PDFKit.PDFDocument;
  fonts: FontSet;
  measure: TextMeasurer;
  labels: KitLabels;
  language: ReportLanguage;
  title: string;
  /** The Document structure element; body blocks are its children, in reading order. */
  root: PDFKit.PDFStructureElement;
  headings: HeadingEntry[];
  /** Last level-1 outline item, parent of following level-2 items. */
  outlineParent: PDFKit.PDFOutline | null;
}

export const layout = {
  left: theme.page.margins.left,
  top: theme.page.margins.top,
  width: theme.page.width - theme.page.margins.left - theme.page.margins.right,
  bottom: theme.page.height - theme.page.margins.bottom,
  get pageContentHeight(): number {
    return this.bottom - this.top;
  },
};

export function currentPageIndex(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

export function newPage(ctx: KitContext): void {
  ctx.doc.addPage();
  ctx.doc.x = layout.left;
  ctx.doc.y = layout.top;
}

/** Starts a new page unless `height` fits below the cursor (or we are already at the top). */
export function ensureSpace(ctx: KitContext, height: number): boolean {
  const { doc } = ctx;
  if (doc.y + height <= layout.bottom || doc.y <= layout.top + 0.5) return false;
  newPage(ctx);
  return true;
}

/** Vertical gap that is dropped at the top of a page. */
export function gap(ctx: KitContext, points: number): void {
  if (ctx.doc.y > layout.top + 0.5) ctx.doc.y = Math.min(ctx.doc.y + points, layout.bottom);
}
