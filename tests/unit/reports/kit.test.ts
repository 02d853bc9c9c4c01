import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport } from '../../../electron/services/reports/kit';
import { paginateContents } from '../../../electron/services/reports/kit/contents';
import { niceScale } from '../../../electron/services/reports/kit/bar-chart';
import { MISSING_MARKER } from '../../../electron/services/reports/kit/text-layout';
import { buildSample, FONTS_DIR, SAMPLE } from './kit-sample';

const dir = mkdtempSync(join(tmpdir(), 'convene-kit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(name: string, report: { toBuffer(): Promise<Buffer> }): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await report.toBuffer());
  return file;
}
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pageCount = (file: string): number => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
const pageText = (file: string, k: number, layout = true): string => run('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(k), '-l', String(k), file, '-']);
const allPages = (file: string): string[] => Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1));
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('report kit: English sample', () => {
  let file = '';
  let pages: string[] = [];
  let n = 0;
  beforeAll(async () => {
    file = await render('sample-en.pdf', buildSample('en'));
    n = pageCount(file);
    pages = allPages(file);
  }, 120_000);

  it('has several pages and every footer says "Page k of N" with the real count', () => {
    expect(n).toBeGreaterThan(3);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${n}`));
    const totals = new Set(pages.join('\n').match(/Page \d+ of (\d+)/g)?.map((m) => m.replace(/.* of /, '')));
    expect([...totals]).toEqual([String(n)]);
  });

  it('prints the running header on every page but the cover', () => {
    expect(pages[0].split('\n').slice(0, 3).join('')).not.toContain(SAMPLE.title);
    for (const text of pages.slice(1)) expect(text.split('\n').find((l) => l.trim())?.trim()).toBe(SAMPLE.title);
  });

  it('lists the headings in the contents with the page each one is on, and the body keeps their order', () => {
    expect(pages[1]).toContain('Contents');
    const body = pages.slice(2).join('\n');
    let last = -1;
    for (const heading of SAMPLE.headings) {
      const at = body.indexOf(`\n${heading}`);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
      const printed = new RegExp(`${heading}[ .]*?(\\d+)\\s*$`, 'm').exec(pages[1]);
      expect(printed, `contents entry ${heading}`).not.toBeNull();
      const page = Number(printed![1]);
      expect(pages[page - 1].split('\n').some((l) => l.trim() === heading), `${heading} on page ${page}`).toBe(true);
    }
  });

  it('repeats the table header on every page the table spans and keeps every row', () => {
    const first = pages.findIndex((t) => t.includes('Question 1: '));
    const lastPage = pages.findIndex((t) => t.includes(`Question ${SAMPLE.rowCount}: `));
    expect(first).toBeGreaterThan(1);
    expect(lastPage).toBeGreaterThan(first + 1);
    for (let k = first; k <= lastPage; k++) {
      const text = pageText(file, k + 1);
      expect(text, `page ${k + 1}`).toMatch(/Question\s{2,}Topic\s{2,}Votes/);
    }
    const all = pages.join('\n');
    for (let i = 1; i <= SAMPLE.rowCount; i++) expect(all.split(`Question ${i}: `).length - 1, `row ${i}`).toBe(1);
  });

  it('keeps Spanish, Polish and Chinese text intact and substitutes emoji visibly', () => {
    const all = pages.join('\n');
    for (const w of [...SAMPLE.spanishWords, ...SAMPLE.polishWords]) expect(all).toContain(w);
    expect(all).toContain(SAMPLE.chinese);
    expect(all).toContain('Thanks everyone');
    // Emoji print (monochrome); a character no shipped font has prints as the marker, and no U+FFFD appears.
    expect(all).toContain('🙏');
    expect(all).toContain(MISSING_MARKER);
    expect(all).not.toContain('\uFFFD');
  });

  it('prints the whole 20,000-character paragraph and wraps the over-long word', () => {
    const all = squash(pages.join('\n'));
    expect(all.split('neighborhood').length - 1).toBeGreaterThan(150);
    // Without running headers and footers the long word reads back whole, even across a page break.
    const body = pages
      .map((p) => p.split('\n').filter((l) => l.trim() !== SAMPLE.title && !/Convene\s+Page \d+ of \d+/.test(l)).join('\n'))
      .join('\n');
    // A word longer than the line is cut with a hyphen (the only place the kit hyphenates).
    expect(body).toMatch(/[a-z]-\n/);
    expect(body.replace(/-\s*\n/g, '').replace(/\s/g, '')).toContain('Supercalifragilisticexpialidocious'.repeat(12));
    // ...and it was wrapped: no printed line is wider than the text area.
    expect(Math.max(...body.split('\n').map((l) => l.trimEnd().length))).toBeLessThan(130);
  });

  it('draws the bar chart and the empty-chart sentence', () => {
    const all = pages.join('\n');
    expect(all).toMatch(/Traffic\s+42/);
    expect(all).toContain('There is no data to chart.');
  });

  it('has metadata, tagging, language, outline and embedded fonts', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Title:\s+Riverside Town Hall: Questions and Follow-up$/m);
    expect(info).toMatch(/^Creator:\s+Convene$/m);
    expect(info).toMatch(/^Author:\s+Convene sample$/m);
    expect(info).toMatch(/^Keywords:\s+town hall, questions, sample$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    const raw = readFileSync(file).toString('latin1');
    expect(raw).toContain('/Lang (en-US)');
    expect(raw).toContain('/DisplayDocTitle true');
    const struct = run('pdfinfo', ['-struct', file]);
    for (const tag of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure', 'L', 'LI', 'TOC', 'TOCI']) expect(struct).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    // Outline: level-2 "Votes by topic" hangs under level-1 "Participation".
    const objects = new Map<string, string>();
    for (const m of raw.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) objects.set(m[1], m[2]);
    const byTitle = (t: string) => [...objects].find(([, body]) => body.includes(`/Title (${t})`) && body.includes('/Parent'));
    const child = byTitle('Votes by topic');
    const parent = byTitle('Participation');
    expect(child && parent).toBeTruthy();
    expect(child![1]).toContain(`/Parent ${parent![0]} 0 R`);
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/NotoSans-Regular/);
    expect(fonts).toMatch(/NotoSans-Bold/);
    expect(fonts).toMatch(/NotoSansSC/);
    expect(fonts).not.toMatch(/\bno\s+no\s+no\b.*\n?.*Helvetica/);
  });

  it('renders page 1 and a table page to PNG', () => {
    const table = pages.findIndex((t) => t.includes('Question 60: ')) + 1;
    for (const k of [1, table]) {
      const prefix = join(dir, `page-${k}`);
      run('pdftoppm', ['-r', '50', '-png', '-singlefile', '-f', String(k), '-l', String(k), file, prefix]);
      expect(statSync(`${prefix}.png`).size).toBeGreaterThan(2000);
    }
  });
});

describe('report kit: Spanish sample', () => {
  it('uses Spanish labels and language', async () => {
    const file = await render('sample-es.pdf', buildSample('es'));
    const n = pageCount(file);
    expect(pageText(file, 1)).toContain(`Página 1 de ${n}`);
    expect(pageText(file, n)).toContain(`Página ${n} de ${n}`);
    expect(pageText(file, 2)).toContain('Contenido');
    expect(pageText(file, 1)).toContain('5 de marzo de 2025');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (es-US)');
  }, 120_000);
});

describe('report kit: edge cases', () => {
  it('survives empty strings, empty data, a row taller than a page and odd characters', async () => {
    const huge = Array.from({ length: 900 }, (_, i) => `w${i}`).join(' ') + ' ENDOFCELL';
    const file = await render(
      'edge.pdf',
      createReport({ fontsDir: FONTS_DIR, language: 'en', title: '', cover: { lines: [{ label: '', value: '' }] } })
        .heading('')
        .paragraph('')
        .bullets([])
        .bullets([''])
        .keyValues([])
        .table({ columns: [], rows: [] })
        .table({ columns: [{ header: 'A' }, { header: 'B', width: 0 }], rows: [['short', huge], ['x']] })
        .barChart({ title: 'Zero', data: [{ label: 'a', value: 0 }, { label: 'b', value: Number.NaN }] })
        .barChart({ title: 'Many bars', data: Array.from({ length: 70 }, (_, i) => ({ label: `Item ${i} 社区`, value: i * 3 })) })
        .paragraph('\u0000\u0007tab\there\r\nnew line \uD83D lone surrogate, 한국어, ひらがな, Ελληνικά, العربية'),
    );
    const n = pageCount(file);
    expect(n).toBeGreaterThan(3);
    const all = allPages(file).join('\n');
    expect(all).toContain('ENDOFCELL');
    expect(all).toContain('Every value is zero');
    expect(all).toContain('Item 69');
    expect(all).toContain(`Page ${n} of ${n}`);
  }, 120_000);

  it('spreads a long contents over several pages with correct page numbers', async () => {
    const report = createReport({ fontsDir: FONTS_DIR, language: 'en', title: 'Many sections' });
    for (let i = 1; i <= 40; i++) report.heading(`Section ${i}`, 1).heading(`Part ${i}.1`, 2).paragraph('Text. '.repeat(120));
    const file = await render('toc.pdf', report);
    const pages = allPages(file);
    expect(pages[1]).toContain('Contents');
    expect(pages[2]).toMatch(/Section \d+/);
    expect(pages[2]).not.toContain('Contents');
    const toc = pages.slice(1, 5).join('\n');
    // Every entry (40 sections + 40 parts) is listed exactly once, across more than one page.
    expect(toc.match(/^\s*(Section \d+|Part \d+\.1)\s+\d+\s*$/gm)).toHaveLength(80);
    for (const i of [1, 25, 40]) {
      const page = Number(new RegExp(`Section ${i}[ .]*?(\\d+)\\s*$`, 'm').exec(toc)?.[1]);
      expect(pages[page - 1].split('\n').some((l) => l.trim() === `Section ${i}`), `Section ${i} on ${page}`).toBe(true);
    }
  }, 120_000);
});

describe('report kit: pure helpers', () => {
  it('chooses round chart scales', () => {
    expect(niceScale(42)).toEqual({ step: 10, top: 50 });
    expect(niceScale(0.3).top).toBeGreaterThanOrEqual(0.3);
    expect(niceScale(0)).toEqual({ step: 1, top: 1 });
  });
  it('needs a second contents page only when entries overflow', () => {
    expect(paginateContents([1, 2, 1])).toHaveLength(1);
    expect(paginateContents(Array.from({ length: 80 }, () => 2 as const)).length).toBeGreaterThan(1);
  });
});
