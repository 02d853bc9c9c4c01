import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport } from '../../../electron/services/reports/kit';
import { MISSING_MARKER } from '../../../electron/services/reports/kit/text-layout';
import { buildTownHallReport } from '../../../electron/services/reports/townhall';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { FONTS_DIR } from './kit-sample';

/** One question per script the reports must print (issue 10 item 3). Texts are ordinary questions. */
export const SCRIPT_SAMPLES: { script: string; lang: string; text: string; letters: RegExp }[] = [
  { script: 'Latin', lang: 'es', text: '¿Cuándo arreglarán la luz de la calle? Zażółć gęślą jaźń.', letters: /\p{Script=Latin}/u },
  { script: 'Greek', lang: 'el', text: 'Πότε θα επισκευαστεί ο φωτισμός του δρόμου;', letters: /\p{Script=Greek}/u },
  { script: 'Cyrillic', lang: 'uk', text: 'Коли відремонтують вуличне освітлення? Когда починят?', letters: /\p{Script=Cyrillic}/u },
  { script: 'Arabic', lang: 'ar', text: 'متى سيتم إصلاح إنارة الشارع في الحي؟ منذ 50 يوما.', letters: /\p{Script=Arabic}/u },
  { script: 'Arabic (Urdu)', lang: 'ur', text: 'ہمارے محلے کی اسٹریٹ لائٹس کب ٹھیک ہوں گی؟', letters: /\p{Script=Arabic}/u },
  { script: 'Arabic (Persian)', lang: 'fa', text: 'چراغ‌های خیابان ما کی تعمیر می‌شوند؟', letters: /\p{Script=Arabic}/u },
  { script: 'Hebrew', lang: 'he', text: 'מתי יתקנו את תאורת הרחוב?', letters: /\p{Script=Hebrew}/u },
  { script: 'Devanagari', lang: 'hi', text: 'सड़क की बत्तियाँ कब ठीक होंगी? क्षेत्र में अंधेरा है।', letters: /\p{Script=Devanagari}/u },
  { script: 'Gujarati', lang: 'gu', text: 'શેરીની લાઇટો ક્યારે ઠીક થશે?', letters: /\p{Script=Gujarati}/u },
  { script: 'Bengali', lang: 'bn', text: 'রাস্তার বাতি কখন ঠিক হবে?', letters: /\p{Script=Bengali}/u },
  { script: 'Gurmukhi', lang: 'pa', text: 'ਗਲੀ ਦੀਆਂ ਲਾਈਟਾਂ ਕਦੋਂ ਠੀਕ ਹੋਣਗੀਆਂ?', letters: /\p{Script=Gurmukhi}/u },
  { script: 'Thai', lang: 'th', text: 'ไฟถนนในซอยจะซ่อมเมื่อไหร่ครับ', letters: /\p{Script=Thai}/u },
  { script: 'Korean', lang: 'ko', text: '우리 동네 가로등은 언제 고쳐지나요?', letters: /\p{Script=Hangul}/u },
  { script: 'Chinese', lang: 'zh', text: '我们街区的路灯什么时候修好？', letters: /\p{Script=Han}/u },
  { script: 'Japanese', lang: 'ja', text: '近所の街灯はいつ直りますか？', letters: /[\p{Script=Hiragana}\p{Script=Han}]/u },
  { script: 'Ethiopic', lang: 'am', text: 'የመንገድ መብራት መቼ ይስተካከላል?', letters: /\p{Script=Ethiopic}/u },
  { script: 'Emoji', lang: 'en', text: 'Will the shelter allow pets? 🐶 Thanks 🙏🏽 ❤️', letters: /\p{Extended_Pictographic}/u },
];

const dir = mkdtempSync(join(tmpdir(), 'convene-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The letters of `re`'s script in `text`, as a set. */
function lettersOf(text: string, re: RegExp): Set<string> {
  return new Set([...text].filter((c) => re.test(c)));
}

describe('every script in every report (issue 10, field case 08)', () => {
  let file = '';
  let text = '';
  beforeAll(async () => {
    const report = createReport({ fontsDir: FONTS_DIR, language: 'en', title: 'Questions in every script' });
    report.heading('Paragraphs', 1);
    for (const s of SCRIPT_SAMPLES) report.paragraph(`${s.script}: ${s.text}`);
    report.heading('A table', 1).table({ columns: [{ header: 'Script', width: 1 }, { header: 'Question', width: 3 }], rows: SCRIPT_SAMPLES.map((s) => [s.script, s.text]) });
    report.paragraph('A character no shipped font has: 𐌰𐌱 (Gothic) between words, then the end.');
    file = join(process.env.CONVENE_KEEP_PDF ?? dir, 'scripts.pdf');
    writeFileSync(file, await report.toBuffer());
    text = pdftotext(file);
  }, 60_000);

  it.each(SCRIPT_SAMPLES)('prints the $script letters (pdftotext finds them)', ({ text: sample, letters }) => {
    const want = lettersOf(sample, letters);
    const got = lettersOf(text, letters);
    const lost = [...want].filter((c) => !got.has(c));
    expect(lost, `letters missing from the PDF text`).toEqual([]);
  });

  it('has no replacement character anywhere, and marks a character no font has visibly, keeping the words around it', () => {
    expect(text).not.toContain('\uFFFD');
    expect(text.replace(/\s+/g, ' ')).toContain(`A character no shipped font has: ${MISSING_MARKER} (Gothic) between words, then the end.`);
    // The report says so, in its own words, at the end.
    expect(text.replace(/\s+/g, ' ')).toMatch(/2 characters could not be printed/);
  });

  it('keeps numbers in right-to-left text in their order ("50", not "05")', () => {
    const arabicLine = text.split('\n').find((l) => l.includes('يوما'));
    expect(arabicLine).toBeDefined();
    expect(arabicLine).toContain('50');
    expect(arabicLine).not.toContain('05');
  });

  it('renders the pages (Arabic joined right to left, Devanagari conjuncts: look at the PNGs in the temp folder)', () => {
    execFileSync('pdftoppm', ['-r', '70', '-f', '3', '-l', '3', '-singlefile', '-png', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('field case 08: Arabic, Urdu and emoji slips in the public town-hall report', () => {
  it('prints every slip as typed, with no U+FFFD', async () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../../../../shared/field-cases/08-pdf-arabic-urdu-tofu/slips.csv'), 'utf8');
    const slips = Papa.parse<{ text: string; language: string }>(csv, { header: true, skipEmptyLines: true }).data;
    const ws = makeTownHallWorkspace({ questions: slips.length });
    ws.questions.forEach((q, i) => Object.assign(q, { text: slips[i].text, language: slips[i].language }));
    const report = await buildTownHallReport(ws, { kind: 'townhall', id: ws.townhalls[0].id, language: 'en', audience: 'public', includePersonalDetails: false }, { fontsDir: FONTS_DIR, now: new Date('2025-03-20T12:00:00Z') });
    const out = join(dir, 'field-08.pdf');
    writeFileSync(out, report.pdf);
    const printed = pdftotext(out);
    expect(printed).not.toContain('\uFFFD');
    for (const slip of slips) {
      const letters = lettersOf(slip.text, /[\p{Script=Arabic}\p{Extended_Pictographic}]/u);
      expect([...letters].filter((c) => !printed.includes(c))).toEqual([]);
    }
    expect(printed).toContain('Will the shelter allow pets?');
  });
});
