/**
 * createReport(): the builder every Convene report uses. Blocks are recorded as they are
 * called and laid out in toBuffer(), which lets the kit know how many contents pages to
 * reserve after the cover before any body page exists.
 */
import PDFDocument from 'pdfkit';
import { chartLead, drawBarChart, type BarChartSpec } from './bar-chart';
import { bulletsLead, drawBullets, drawHeading, drawKeyValues, drawParagraph, HEADING_SPACE_BEFORE, headingHeight, keyValuesLead, paragraphHeight, paragraphLead, THREE_LINES } from './blocks';
import { fillContents, reserveContents } from './contents';
import { layout, newPage, type KitContext } from './context';
import { batchPageContent } from './batched-content';
import { drawCover } from './cover';
import { loadFonts } from './fonts';
import { drawPageFurniture } from './footer';
import { labelsFor, type ReportLanguage } from './labels';
import { drawTable, tableLead, type TableSpec } from './table';
import { TextMeasurer } from './text';
import { MISSING_MARKER, missingCharacters } from './text-layout';
import { theme } from './theme';

export interface ReportOptions {
  /** Folder holding NotoSans-Regular.ttf, NotoSans-Bold.ttf and NotoSansSC-Regular.ttf. */
  fontsDir: string;
  language: ReportLanguage;
  title: string;
  subtitle?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  cover?: { lines: { label: string; value: string }[]; note?: string };
  generatedAt?: Date;
}

export interface Report {
  /** Levels 1 and 2 go to the printed contents and the PDF outline (level 2 nested). */
  heading(text: string, level?: 1 | 2 | 3): this;
  paragraph(text: string, opts?: { muted?: boolean }): this;
  bullets(items: string[]): this;
  keyValues(rows: { label: string; value: string }[]): this;
  table(t: TableSpec): this;
  barChart(c: BarChartSpec): this;
  pageBreak(): this;
  /** Lays out and finalizes the PDF: contents, outline, header, "Page X of Y" footers. */
  toBuffer(): Promise<Buffer>;
}

/**
 * A laid-out block. `lead` is how much of its start must share a page with what introduces it
 * (keep-with-next); a short paragraph is an `intro` that keeps with the chart, table or list after it.
 */
type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted: boolean }
  | { kind: 'draw'; draw: (ctx: KitContext) => void; lead: (ctx: KitContext) => number; figure: boolean };

/** A paragraph up to this many lines introduces the chart, table or list that follows it and stays with it. */
const INTRO_MAX_LINES = 4;

/** What a report said, block by block (for the benchmark's Chromium baseline of the same content). */
export type RecordedBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'keyValues'; rows: { label: string; value: string }[] }
  | { kind: 'table'; table: TableSpec }
  | { kind: 'barChart'; chart: BarChartSpec };

export interface RecordedReport {
  options: Omit<ReportOptions, 'fontsDir'>;
  blocks: RecordedBlock[];
}

let recorder: RecordedReport[] | null = null;

/** Runs `fn` and answers, beside its result, the content of every report it built (benchmarks). */
export async function recordReports<T>(fn: () => Promise<T>): Promise<{ result: T; reports: RecordedReport[] }> {
  const reports: RecordedReport[] = [];
  recorder = reports;
  try {
    return { result: await fn(), reports };
  } finally {
    recorder = null;
  }
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

class KitReport implements Report {
  private readonly blocks: Block[] = [];
  private readonly recorded: RecordedBlock[] | null = recorder ? [] : null;

  constructor(private readonly opts: ReportOptions) {
    if (recorder && this.recorded) {
      const { fontsDir: _unused, ...options } = opts;
      recorder.push({ options, blocks: this.recorded });
    }
  }

  heading(text: string, level: 1 | 2 | 3 = 1): this {
    const lv = level === 2 || level === 3 ? level : 1;
    // A blank heading would be an empty bookmark and contents line: skip it.
    if (!str(text).trim()) return this;
    this.blocks.push({ kind: 'heading', text: str(text), level: lv });
    this.recorded?.push({ kind: 'heading', text: str(text), level: lv });
    return this;
  }

  paragraph(text: string, opts: { muted?: boolean } = {}): this {
    this.recorded?.push({ kind: 'paragraph', text: str(text), muted: opts.muted });
    this.blocks.push({ kind: 'paragraph', text: str(text), muted: opts.muted ?? false });
    return this;
  }

  bullets(items: string[]): this {
    const copy = (items ?? []).map(str).filter((item) => item.trim().length > 0);
    this.recorded?.push({ kind: 'bullets', items: copy });
    return this.draw((ctx) => drawBullets(ctx, copy), (ctx) => bulletsLead(ctx, copy), true);
  }

  keyValues(rows: { label: string; value: string }[]): this {
    const copy = (rows ?? []).map((r) => ({ label: str(r.label), value: str(r.value) }));
    this.recorded?.push({ kind: 'keyValues', rows: copy });
    return this.draw((ctx) => drawKeyValues(ctx, copy), (ctx) => keyValuesLead(ctx, copy), true);
  }

  table(t: TableSpec): this {
    const copy: TableSpec = { ...t, columns: [...(t.columns ?? [])], rows: (t.rows ?? []).map((r) => (r ?? []).map(str)) };
    this.recorded?.push({ kind: 'table', table: copy });
    return this.draw((ctx) => drawTable(ctx, copy), (ctx) => tableLead(ctx, copy), true);
  }

  barChart(c: BarChartSpec): this {
    const copy: BarChartSpec = { ...c, title: str(c.title), data: (c.data ?? []).map((d) => ({ label: str(d.label), value: Number(d.value) })) };
    this.recorded?.push({ kind: 'barChart', chart: copy });
    return this.draw((ctx) => drawBarChart(ctx, copy), (ctx) => chartLead(ctx, copy), true);
  }

  pageBreak(): this {
    return this.draw(
      (ctx) => {
        if (ctx.doc.y > layout.top + 0.5) newPage(ctx);
      },
      () => 0,
      false,
    );
  }

  private draw(draw: (ctx: KitContext) => void, lead: (ctx: KitContext) => number, figure: boolean): this {
    this.blocks.push({ kind: 'draw', draw, lead, figure });
    return this;
  }

  /**
   * How much of the blocks from `i` on must share a page with what comes before them: a heading
   * with what it introduces (recursively, so a level-1 heading keeps with a level-2 one and its
   * content), a short paragraph before a chart, table or list with that block's lead, any other
   * block its own lead. Capped at a page.
   */
  private leadFrom(ctx: KitContext, i: number, depth = 0): number {
    const b = this.blocks[i];
    if (!b || depth > 6) return 0;
    if (b.kind === 'heading') return Math.min(HEADING_SPACE_BEFORE[b.level] + headingHeight(ctx, b.text, b.level) + this.leadFrom(ctx, i + 1, depth + 1), layout.pageContentHeight);
    if (b.kind === 'paragraph') {
      const keep = this.introKeep(ctx, i);
      return keep > 0 ? Math.min(paragraphHeight(ctx, b.text, b.muted) + keep, layout.pageContentHeight) : paragraphLead(ctx, b.text, b.muted);
    }
    return b.lead(ctx);
  }

  /** When the paragraph at `i` is short and introduces a chart, table or list: that block's lead; else 0. */
  private introKeep(ctx: KitContext, i: number): number {
    const b = this.blocks[i];
    const next = this.blocks[i + 1];
    if (b?.kind !== 'paragraph' || next?.kind !== 'draw' || !next.figure) return 0;
    const lines = ctx.measure.height(b.text, layout.width, { size: theme.size.body, lineGap: theme.lineGap }) / (theme.size.body * 1.362 + theme.lineGap);
    return lines <= INTRO_MAX_LINES + 0.01 ? next.lead(ctx) : 0;
  }

  toBuffer(): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      try {
        const doc = this.render();
        const chunks: Buffer[] = [];
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
        doc.end();
      } catch (err) {
        reject(err);
      }
    });
  }

  private render(): PDFKit.PDFDocument {
    const o = this.opts;
    const labels = labelsFor(o.language);
    const fonts = loadFonts(o.fontsDir, PDFDocument);
    const title = str(o.title).trim() || 'Convene report';
    const generatedAt = o.generatedAt ?? new Date();
    const info: PDFKit.DocumentInfo = { Title: title, Creator: 'Convene', CreationDate: generatedAt, ModDate: generatedAt };
    if (o.author) info.Author = o.author;
    if (o.subject) info.Subject = o.subject;
    if (o.keywords && o.keywords.length > 0) info.Keywords = o.keywords.join(', ');
    const doc = new PDFDocument({
      size: theme.page.size,
      margins: { ...theme.page.margins },
      bufferPages: true,
      autoFirstPage: false,
      pdfVersion: '1.7',
      tagged: true,
      lang: labels.locale,
      displayTitle: true,
      info,
      // No default Helvetica: pdfkit would parse its AFM for every document, and the kit draws
      // only with its own registered faces.
      font: '',
    });
    batchPageContent(doc);
    fonts.register(doc);
    const root = doc.struct('Document', { lang: labels.locale });
    doc.addStructure(root);
    const ctx: KitContext = {
      doc,
      fonts,
      measure: new TextMeasurer(fonts),
      labels,
      language: o.language,
      title,
      root,
      headings: [],
      outlineParent: null,
    };

    newPage(ctx);
    drawCover(ctx, { title, subtitle: o.subtitle, lines: o.cover?.lines ?? [], note: o.cover?.note, generatedAt });
    const contentLevels = this.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.level as 1 | 2] : []));
    const contents = reserveContents(ctx, contentLevels);
    newPage(ctx);
    this.blocks.forEach((block, i) => {
      if (block.kind === 'heading') drawHeading(ctx, block.text, block.level, i + 1 < this.blocks.length ? this.leadFrom(ctx, i + 1) : THREE_LINES);
      else if (block.kind === 'paragraph') drawParagraph(ctx, block.text, block.muted, this.introKeep(ctx, i));
      else block.draw(ctx);
    });
    // Characters no shipped font has were printed as a marker: the report says so, at its end.
    const missing = missingCharacters(doc);
    if (missing > 0) drawParagraph(ctx, labels.missingCharacters(missing, MISSING_MARKER), true);
    if (contents) fillContents(ctx, contents);
    drawPageFurniture(ctx);
    root.end();
    // Open the outline panel so the bookmarks are seen.
    (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines';
    return doc;
  }
}

export function createReport(opts: ReportOptions): Report {
  return new KitReport(opts);
}
