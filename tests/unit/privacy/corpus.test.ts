import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { findPersonalDetails, ORDINARY_FALSE_POSITIVES } from '../../../shared/logic';
import type { Question, TownHall } from '../../../shared/model';
import { makeTempDir } from '../../support/temp-dir';
import { buildNameLexicon, LEXICON_FILE, serialize } from '../../support/privacy-lexicon';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/privacy/${name}`, import.meta.url), 'utf8'));
const personal: { lang: string; text: string; secrets: string[] }[] = fixture('personal-details.json');
const ordinary: string[] = fixture('ordinary-questions.json');
const fieldCase07 = readFileSync(new URL('../../../../shared/field-cases/07-redaction-capitalized-name-intro/slips.csv', import.meta.url), 'utf8');

let tmp: ReturnType<typeof makeTempDir>;
let ctx: ServiceContext;
const pdfs: Record<string, string> = {};
beforeEach(async () => {
  tmp = makeTempDir();
  ctx = await openWorkspace(join(tmp.dir, 'convene-data.json'), 'test', () => {});
  ctx.deliverReport = async (report) => {
    const path = join(tmp.dir, report.fileName);
    writeFileSync(path, report.pdf);
    pdfs[report.fileName] = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).normalize('NFC');
    return { saved: true, path };
  };
});
afterEach(async () => {
  await ctx.store.close();
  tmp.cleanup();
});
async function call<T = unknown>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
  return r.data as T;
}
const exportText = async (input: Record<string, unknown>) => pdfs[(await call<{ fileName: string }>('reports.export', input)).fileName];
/** Whitespace-free, so a detail pdftotext broke across lines of a table cell still counts as a leak. */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word secret as a whole word, any case ("Rosa" is not found inside "quiero saber" squashed). */
const wordIn = (text: string, secret: string) => new RegExp(`(?<![\\p{L}])${escape(secret).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu').test(text);

describe('field case 07 in the real public PDF', () => {
  it('prints "[name] …" for all three imported slips', async () => {
    const th = await call<TownHall>('townhalls.create', { title: 'Field case 07', date: '2025-03-14' });
    const r = await call<{ applied: boolean }>('questions.import', { townhallId: th.id, base64: Buffer.from(fieldCase07).toString('base64'), mapping: { text: 'text', language: 'language' } });
    expect(r.applied).toBe(true);
    const text = (await exportText({ kind: 'townhall', id: th.id, language: 'en', audience: 'public' })).replace(/\s+/g, ' ');
    expect(text).toContain('My name is [name] and the alley lights on our block are out.');
    expect(text).toContain('Mi nombre es [name], ¿quién arregla la luz del callejón?');
    expect(text).toContain('Me llamo [name]. ¿Cuándo abren el centro?');
    for (const s of ['Jordan', 'Fictional', 'Rosa', 'Inventada']) expect(text).not.toContain(s);
  });
});

describe(`personal-detail corpus: ${personal.length} phrasings in English, Spanish and Polish`, () => {
  it('has at least 60 phrasings in the three languages', () => {
    expect(personal.length).toBeGreaterThanOrEqual(60);
    expect(new Set(personal.map((p) => p.lang))).toEqual(new Set(['en', 'es', 'pl']));
  });

  it('leaks nothing into the public PDF, in English and in Spanish', async () => {
    const th = await call<TownHall>('townhalls.create', { title: 'Corpus town hall', date: '2025-03-14', departments: ['Police'], noteTakers: ['Nadia Quillfeather'] });
    for (const p of personal) await call<Question>('questions.create', { townhallId: th.id, text: p.text, language: p.lang });
    // A follow-up owner who is a person, a resident who gave a name, and an answer with an official address.
    const q = await call<Question>('questions.create', { townhallId: th.id, text: 'Who fixes the lights?', askedBy: 'Bernadette Quayle' });
    await call('questions.update', { id: q.id, version: q.version, followUp: { owner: 'Sgt. Orrin Blackwood', due: null }, answer: 'Bring it to the district office at 7808 S Halsted St.', answeredBy: 'Officer Tamsin Reyes', status: 'answered-live' });
    const secrets = [...personal.flatMap((p) => p.secrets), 'Bernadette', 'Quayle', 'Orrin', 'Blackwood', 'Tamsin', 'Nadia', 'Quillfeather'];
    for (const language of ['en', 'es']) {
      const text = await exportText({ kind: 'townhall', id: th.id, language, audience: 'public' });
      const flat = squash(text);
      const spaced = text.replace(/\s+/g, ' ');
      const leaks = secrets.filter((s) => (/\d/.test(s) ? flat.includes(squash(s)) : wordIn(spaced, s)));
      expect(leaks, leaks.map((s) => flat.slice(Math.max(0, flat.indexOf(squash(s)) - 60), flat.indexOf(squash(s)) + 40)).join(' / ')).toEqual([]);
      expect(text.replace(/\s+/g, ' ')).toContain('7808 S Halsted St.');
      expect(text.replace(/\s+/g, ' ')).toMatch(language === 'en' ? /This report hides \d+ personal details/ : /Este informe oculta \d+ datos personales/);
    }
    // The internal report with personal details keeps them.
    const internal = await exportText({ kind: 'townhall', id: th.id, language: 'en', audience: 'internal', includePersonalDetails: true });
    expect(internal).toContain('Blackwood');
  });
});

describe(`ordinary questions: ${ordinary.length} with no personal detail`, () => {
  it('matches the false-positive rate the privacy note states', () => {
    const flagged = ordinary.filter((t) => findPersonalDetails(t).length > 0);
    expect({ questions: ordinary.length, flagged: flagged.length }, flagged.join(' | ')).toEqual(ORDINARY_FALSE_POSITIVES);
  });
});

describe('the derived name lexicon', () => {
  it('is current with the installed compromise (npm run privacy:lexicon rebuilds it)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8') === serialize(buildNameLexicon())).toBe(true);
  });
});
