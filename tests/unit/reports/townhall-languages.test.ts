import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTownHallReport } from '../../../electron/services/reports/townhall';
import type { Faq, Workspace } from '../../../shared/model';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { FONTS_DIR } from './kit-sample';

/**
 * Issue 10 item 4: a report in Spanish prints the Spanish wording of a question, an answer and an
 * FAQ entry where one was recorded, and marks what it prints in the original language, explaining
 * the mark once. Read back with pdftotext; CONVENE_KEEP_PDF=<dir> keeps the PDFs and page PNGs.
 */
const dir = process.env.CONVENE_KEEP_PDF ?? mkdtempSync(join(tmpdir(), 'convene-langs-'));
afterAll(() => {
  if (!process.env.CONVENE_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
});
const flat = (s: string) => s.replace(/\s+/g, ' ');

function workspace(): Workspace {
  const ws = makeTownHallWorkspace({ questions: 4 });
  const [a, b, c, d] = ws.questions;
  Object.assign(a, {
    text: 'When will the potholes on Cermak Road be fixed?',
    language: 'en',
    translation: '¿Cuándo arreglarán los baches de Cermak Road?',
    translationLanguage: 'es',
    meToo: 6,
    status: 'answered-live',
    answer: 'CDOT will repave Cermak Road between Western and Damen in May.',
    answerLanguage: 'en',
    answerTranslation: 'CDOT repavimentará Cermak Road entre Western y Damen en mayo.',
    answeredBy: 'CDOT',
  });
  Object.assign(b, { text: 'Are there summer jobs for teenagers in Pilsen this year?', language: 'en', translation: '', meToo: 4, status: 'answered-writing', answer: 'Applications for One Summer Chicago open on March 1.', answerLanguage: 'en', answerTranslation: '', answeredBy: 'DFSS' });
  Object.assign(c, { text: '¿Hay clases de inglés gratis para adultos en el barrio?', language: 'es', translation: 'Are there free English classes for adults in the neighborhood?', meToo: 3, status: 'new', answer: '', followUp: null });
  Object.assign(d, { text: 'Kiedy naprawią latarnie na naszej ulicy?', language: 'pl', translation: '', meToo: 0, status: 'new', answer: '', followUp: null });
  const at = '2025-03-14T19:00:00.000Z';
  const faq: Faq = {
    version: 1,
    id: randomUUID(),
    series: ws.townhalls[0].series,
    question: 'Who fixes broken streetlights?',
    answer: 'Call 311; CDOT repairs most lights within two weeks.',
    language: 'en',
    translation: { question: '¿Quién arregla las luces de la calle rotas?', answer: 'Llame al 311; CDOT repara la mayoría en dos semanas.' },
    topicId: null,
    questionIds: [],
    createdAt: at,
    updatedAt: at,
  };
  const older: Faq = { ...faq, id: randomUUID(), question: 'Where are the cooling centers?', answer: 'At every Chicago Public Library branch during heat advisories.', language: undefined, translation: undefined };
  return { ...ws, faqs: [faq, older] };
}

async function exportPdf(ws: Workspace, language: 'en' | 'es', name: string): Promise<{ file: string; text: string }> {
  const report = await buildTownHallReport(ws, { kind: 'townhall', id: ws.townhalls[0].id, language, audience: 'public', includePersonalDetails: false }, { fontsDir: FONTS_DIR, now: new Date('2025-03-20T12:00:00Z') });
  const file = join(dir, name);
  writeFileSync(file, report.pdf);
  return { file, text: flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })) };
}

describe('a town-hall report in each language prints the wording in its language (issue 10 item 4)', () => {
  const ws = workspace();
  let es = { file: '', text: '' };
  let en = { file: '', text: '' };
  beforeAll(async () => {
    es = await exportPdf(ws, 'es', 'townhall-es.pdf');
    en = await exportPdf(ws, 'en', 'townhall-en.pdf');
  }, 60_000);

  it('the Spanish report uses the Spanish translation of a question and of its answer, not the English', () => {
    expect(es.text).toContain('¿Cuándo arreglarán los baches de Cermak Road?');
    expect(es.text).toContain('CDOT repavimentará Cermak Road entre Western y Damen en mayo.');
    expect(es.text).not.toContain('When will the potholes on Cermak Road be fixed?');
    expect(es.text).not.toContain('CDOT will repave');
  });

  it('the English report uses the English translation of a Spanish question', () => {
    expect(en.text).toContain('Are there free English classes for adults in the neighborhood?');
    expect(en.text).not.toContain('¿Hay clases de inglés gratis');
    expect(en.text).toContain('When will the potholes on Cermak Road be fixed?');
    expect(en.text).not.toContain('¿Cuándo arreglarán');
  });

  it('marks text shown in its original language, and explains the mark once', () => {
    expect(es.text).toContain('Are there summer jobs for teenagers in Pilsen this year? (original: inglés)');
    expect(es.text).toContain('Applications for One Summer Chicago open on March 1. (original: inglés) (DFSS)');
    expect(es.text).toContain('Kiedy naprawią latarnie na naszej ulicy? (original: polaco)');
    expect(en.text).toContain('Kiedy naprawią latarnie na naszej ulicy? (original: Polish)');
    // Translated text carries no mark.
    expect(es.text).not.toMatch(/Cermak Road\? \(original/);
    const notes = es.text.match(/se imprimen en español donde se registró una traducción al español/g) ?? [];
    expect(notes).toHaveLength(1);
    expect(en.text.match(/printed in English where an English translation was recorded/g) ?? []).toHaveLength(1);
  });

  it('FAQ entries print their question and answer in the report language; an older one-language entry is marked', () => {
    expect(es.text).toContain('¿Quién arregla las luces de la calle rotas?');
    expect(es.text).toContain('Llame al 311; CDOT repara la mayoría en dos semanas.');
    expect(es.text).not.toContain('Who fixes broken streetlights?');
    expect(en.text).toContain('Who fixes broken streetlights?');
    expect(en.text).not.toContain('¿Quién arregla');
    expect(es.text).toContain('Where are the cooling centers? (original: inglés)');
  });

  it('a report with everything in its language has no mark and no note', async () => {
    const plain = makeTownHallWorkspace({ questions: 3 });
    plain.questions.forEach((q) => Object.assign(q, { text: 'When will the city fix the streetlights on our block?', language: 'en' }));
    const { text } = await exportPdf(plain, 'en', 'plain-en.pdf');
    expect(text).not.toContain('(original');
    expect(text).not.toContain('where an English translation was recorded');
  });

  it('renders its pages (look at the PNGs with CONVENE_KEEP_PDF)', () => {
    execFileSync('pdftoppm', ['-r', '60', '-png', es.file, join(dir, 'townhall-es')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('townhall-es') && f.endsWith('.png')).length).toBeGreaterThan(3);
  });
});
