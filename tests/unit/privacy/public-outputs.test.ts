import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/services/reports/registry';
import { publicQuestions } from '../../../electron/services/room/public-questions';
import { questionsToCsv, questionsToPublicCsv, redactForPublic, redactNeedsForPublic } from '../../../shared/logic';
import type { Faq, Need, Question, Workspace } from '../../../shared/model';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { FONTS_DIR } from '../reports/kit-sample';

/**
 * Issue 10 item 2: every public output goes through the one redaction layer. The public CSV, the
 * gap report (which quotes residents' questions as evidence) and the projector/residents' list
 * are checked with a question full of personal details; each internal counterpart keeps them, so
 * the checks can fail.
 */
const PHONE = '(773) 555-0147';
const EMAIL = 'maria.lopez@example.com';
const SAID = `My name is Maria Lopez, call me at ${PHONE} or ${EMAIL} about the alley behind 5512 S Wabash Ave.`;

function workspace(): { ws: Workspace; q: Question } {
  const ws = makeTownHallWorkspace({ questions: 3 });
  const q = ws.questions[0];
  Object.assign(q, {
    text: SAID,
    translation: `Me llamo Maria Lopez, llámeme al ${PHONE}.`,
    askedBy: 'Maria Lopez',
    answer: 'Officer Dana Reyes will walk the alley; the Streets office at 2 N LaSalle St handles lights.',
    answerTranslation: 'Officer Dana Reyes recorrerá el callejón.',
    answeredBy: 'Dana Reyes',
    followUp: { owner: 'Officer Dana Reyes', due: '2025-04-01' },
    status: 'needs-follow-up',
  });
  return { ws, q };
}

const lookups = { topicName: () => '', areaName: () => '', raised: new Map<string, number>(), numberOf: () => '' };
const leaks = (text: string) => ['Maria', 'Lopez', '555-0147', EMAIL, '5512', 'Dana', 'Reyes'].filter((s) => text.includes(s));

describe('the public CSV export goes through the redaction layer', () => {
  it('hides what a resident said that is personal, who asked and staff names; keeps staff-written public detail', () => {
    const { ws, q } = workspace();
    const csv = questionsToPublicCsv({ townhalls: ws.townhalls, questions: ws.questions, places: ws.areas.map((a) => a.name) }, [q], lookups, 'en');
    const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    expect(header).not.toContain('asked_by');
    expect(header).not.toContain('source');
    expect(leaks(csv)).toEqual([]);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('text')).toContain('[phone number]');
    expect(cell('text')).toContain('[email]');
    expect(cell('answer')).toContain('2 N LaSalle St');
    expect(cell('follow_up_owner')).toBe(q.department);
  });

  it('the internal CSV keeps everything (what the public one must not)', () => {
    const { q } = workspace();
    const csv = questionsToCsv([q], lookups);
    expect(leaks(csv)).toEqual(['Maria', 'Lopez', '555-0147', EMAIL, '5512', 'Dana', 'Reyes']);
  });

  it('a question given without its town hall context is still redacted, never written as stored', () => {
    const { ws, q } = workspace();
    const csv = questionsToPublicCsv({ townhalls: ws.townhalls, questions: [], places: [] }, [q], lookups, 'es');
    expect(csv).not.toContain('555-0147');
    expect(csv).not.toContain(EMAIL);
  });
});

describe('staff text in both languages passes the layer', () => {
  it('hides known people in an answer translation and in both languages of an FAQ entry', () => {
    const { ws, q } = workspace();
    const faq: Faq = { version: 1, id: 'f', series: '', question: 'Who walks the alley?', answer: 'Dana Reyes does.', language: 'en', translation: { question: '¿Quién recorre el callejón?', answer: 'Dana Reyes lo hace.' }, topicId: null, questionIds: [q.id], createdAt: q.createdAt, updatedAt: q.createdAt };
    const view = redactForPublic({ townhalls: ws.townhalls, questions: ws.questions, faqs: [faq] }, { language: 'es', audience: 'public' });
    const out = view.questions.find((x) => x.id === q.id)!;
    expect(out.answerTranslation).not.toContain('Dana Reyes');
    expect(view.faqs[0].answer).not.toContain('Dana Reyes');
    expect(view.faqs[0].translation?.answer).not.toContain('Dana Reyes');
    expect(view.faqs[0].translation?.question).toBe('¿Quién recorre el callejón?');
  });
});

describe('the gap report quotes residents only through the layer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'convene-public-gaps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = '2025-03-15T12:00:00.000Z';
  const promoted = (q: Question): Need => ({
    version: 1,
    id: 'need-1',
    // What questions.promote stores: the question's words as title (cut at 200) and description.
    title: `${q.text.slice(0, 80)}…`,
    description: q.text,
    categoryId: null,
    areaId: q.areaId,
    severity: 'high',
    status: 'open',
    source: 'townhall',
    evidence: [{ kind: 'question', townhallId: q.townhallId, questionId: q.id }],
    createdAt: at,
    updatedAt: at,
  } as Need);

  const pdfText = async (ws: Workspace, audience: 'public' | 'internal', keep: boolean) => {
    const report = await buildReport(ws, { kind: 'gaps', language: 'en', audience, includePersonalDetails: keep }, { fontsDir: FONTS_DIR, now: new Date(at) });
    const file = join(dir, `${audience}-${keep}.pdf`);
    writeFileSync(file, report.pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  it('a need promoted from a question, and its evidence, print without the resident\u2019s details in the public report', async () => {
    const { ws, q } = workspace();
    const withNeed = { ...ws, needs: [promoted(q)] };
    const text = await pdfText(withNeed, 'public', false);
    expect(text).toContain('alley behind');
    expect(leaks(text)).toEqual([]);
    const internal = await pdfText(withNeed, 'internal', true);
    expect(internal).toContain('555-0147');
  }, 60_000);

  it('staff-written need text stays as written', () => {
    const { ws, q } = workspace();
    const need = { ...promoted(q), title: 'Alley lighting near the Green Line', description: 'Staff: CDOT crew at 2 N LaSalle St owns the repair.' };
    const out = redactNeedsForPublic({ ...ws, needs: [need] }, { language: 'en', audience: 'public' }).ws.needs[0];
    expect(out).toEqual(need);
  });
});

describe('the projector and the residents\u2019 page', () => {
  it('list shown questions through the layer', () => {
    const { ws } = workspace();
    const shown = publicQuestions(ws, ws.townhalls[0].id, 'en');
    expect(shown.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(shown))).toEqual([]);
  });
});
