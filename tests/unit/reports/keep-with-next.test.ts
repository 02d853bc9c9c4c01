import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport } from '../../../electron/services/reports/kit';
import { columnWidths } from '../../../electron/services/reports/kit/table';
import { buildTownHallReport } from '../../../electron/services/reports/townhall';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { FONTS_DIR } from './kit-sample';

/**
 * Issue 10 item 4: headings and charts never split from what they introduce (keep-with-next), and
 * table cells break between words. Read back page by page with pdftotext (pages are split at the
 * form feed pdftotext writes between them). CONVENE_KEEP_PDF=<dir> keeps the PDFs and page PNGs.
 */
const dir = process.env.CONVENE_KEEP_PDF ?? mkdtempSync(join(tmpdir(), 'convene-keep-'));
afterAll(() => {
  if (!process.env.CONVENE_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
});
const pagesOf = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f');
/** The first body page (after the cover and the printed contents, which list the headings too) holding `needle`. */
const pageWith = (pages: string[], needle: string) => {
  const body = pages.findIndex((p) => p.includes('Residents described the block'));
  const i = pages.slice(body).findIndex((p) => p.includes(needle));
  return i < 0 ? -1 : body + i;
};

const FILLER = 'Residents described the block at night: broken lights, a closed library branch, buses that come late, and parents who walk their children past the vacant lot because there is no other way.';

describe('keep-with-next: headings and charts stay with what they introduce', () => {
  const SECTIONS = 40;
  let pages: string[] = [];
  let file = '';
  beforeAll(async () => {
    // Sections after fillers of every length from 0 to 23 paragraph fragments, so headings,
    // intros and charts land at every height of the page, the page bottom included.
    const r = createReport({ fontsDir: FONTS_DIR, language: 'en', title: 'Keep with next' });
    for (let s = 1; s <= SECTIONS; s++) {
      r.paragraph(FILLER.repeat(4).slice(0, 30 + ((s * 97) % 13) * 95));
      r.heading(`Section ${s} themes`, 1);
      r.paragraph(`Intro ${s}: how often each theme was raised.`, { muted: true });
      r.barChart({ title: `Chart ${s}`, valueLabel: 'Raised', data: Array.from({ length: 4 + (s % 5) }, (_, i) => ({ label: `S${s} bar ${i + 1}`, value: 3 + ((i * s) % 9) })) });
      r.heading(`Section ${s} table`, 2);
      r.table({ caption: `Caption ${s}`, columns: [{ header: 'Theme', width: 3 }, { header: 'Raised', width: 1, align: 'right' }], rows: Array.from({ length: 3 }, (_, i) => [`S${s} row ${i + 1}`, String(i)]) });
      r.heading(`Section ${s} list`, 2);
      r.bullets([`S${s} first item`, `S${s} second item`]);
    }
    file = join(dir, 'keep-with-next.pdf');
    writeFileSync(file, await r.toBuffer());
    pages = pagesOf(file);
  }, 60_000);

  it('the layout puts headings and charts at the bottom of pages in this document (the test can fail)', () => {
    // At least some sections start a new page: the keep rule is exercised, not avoided.
    const moved = Array.from({ length: SECTIONS }, (_, k) => k + 1).filter((s) => {
      const p = pageWith(pages, `Section ${s} themes`);
      // Nothing but the running header above it: the section starts its page.
      return p > 0 && pages[p].slice(0, pages[p].indexOf(`Section ${s} themes`)).replace('Keep with next', '').trim() === '';
    });
    expect(moved.length).toBeGreaterThan(0);
  });

  it.each(Array.from({ length: 40 }, (_, k) => k + 1))('section %i: heading, intro and every bar of its chart on one page; table heading with caption, header and first row; list heading with its first item', (s) => {
    const p = pageWith(pages, `Section ${s} themes`);
    expect(p).toBeGreaterThan(0);
    for (const text of [`Intro ${s}:`, `Chart ${s}`, ...Array.from({ length: 4 + (s % 5) }, (_, i) => `S${s} bar ${i + 1}`)]) expect(pages[p], `${text} with its heading`).toContain(text);
    const t = pageWith(pages, `Section ${s} table`);
    for (const text of [`Caption ${s}`, 'Theme', `S${s} row 1`]) expect(pages[t], `${text} with the table heading`).toContain(text);
    const l = pageWith(pages, `Section ${s} list`);
    expect(pages[l]).toContain(`S${s} first item`);
  });

  it('renders (look at the PNGs with CONVENE_KEEP_PDF)', () => {
    execFileSync('pdftoppm', ['-r', '50', '-f', '3', '-l', '8', '-png', file, join(dir, 'keep')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('keep') && f.endsWith('.png')).length).toBe(6);
  });
});

describe('table cells break between words', () => {
  it('widens a narrow column to its longest word, taking room from columns with more than they need', () => {
    const widths = columnWidths([{ header: 'a', width: 6 }, { header: 'b', width: 0.5 }, { header: 'c', width: 3 }], 468, [0, 80, 40]);
    expect(widths[1]).toBeGreaterThanOrEqual(80);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(468);
    expect(widths[2]).toBeGreaterThanOrEqual(40);
    // Minimums that cannot all fit: the proportions stand.
    expect(columnWidths([{ header: 'a' }, { header: 'b' }], 100, [90, 90])).toEqual([50, 50]);
  });

  it('"Responsible organization", "interrupción" and their kind print whole in narrow columns (pdftotext)', async () => {
    const words = ['organization', 'interrupción', 'Coordinación', 'Departamento', 'responsabilidad', 'Infrastructure'];
    const r = createReport({ fontsDir: FONTS_DIR, language: 'es', title: 'Celdas' });
    r.table({
      columns: [{ header: 'Área de mejora', width: 5 }, { header: 'Responsible organization', width: 0.7 }, { header: 'Estado', width: 0.6 }, { header: 'Notas', width: 4 }],
      rows: words.map((w, i) => [`Fila ${i + 1}: acción correctiva con seguimiento`, w, i % 2 ? 'interrupción' : 'Infrastructure', 'Texto corto']),
    });
    const file = join(dir, 'cells.pdf');
    writeFileSync(file, await r.toBuffer());
    // -layout keeps each printed line as drawn (plain pdftotext joins "orga-" and "nization" back).
    const tokens = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split(/\s+/);
    for (const w of [...words, 'Responsible']) expect(tokens, w).toContain(w);
    // No line of the table ends inside a word with a hyphen the text did not have.
    expect(tokens.filter((t) => /\p{L}-$/u.test(t))).toEqual([]);
  });

  it('the town-hall report in Spanish has no word broken across lines in its tables', async () => {
    const ws = makeTownHallWorkspace({ questions: 40 });
    const report = await buildTownHallReport(ws, { kind: 'townhall', id: ws.townhalls[0].id, language: 'es', audience: 'internal', includePersonalDetails: false }, { fontsDir: FONTS_DIR, now: new Date('2025-03-20T12:00:00Z') });
    const file = join(dir, 'townhall-es-cells.pdf');
    writeFileSync(file, report.pdf);
    const tokens = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split(/\s+/);
    expect(tokens.filter((t) => /\p{L}-$/u.test(t))).toEqual([]);
  });
});
