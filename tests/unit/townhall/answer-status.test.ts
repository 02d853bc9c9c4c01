import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTownHallReport } from '../../../electron/services/reports/townhall';
import { answeredStatusFor, reportedStatus, statusAfterAnswerEdit, summarizeTownHalls } from '../../../shared/logic';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { FONTS_DIR } from '../reports/kit-sample';

/** Trial finding: an answer typed and saved left the status "New", and both PDFs said it was not answered. */
const dir = mkdtempSync(join(tmpdir(), 'convene-answer-status-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the status follows a typed answer in the editor', () => {
  const base = { autoSet: null, answered: 'answered-writing' as const };
  it('a first answer typed into a new question marks it answered; clearing it again puts "new" back', () => {
    const typed = statusAfterAnswerEdit({ ...base, status: 'new', before: '', after: 'C' });
    expect(typed).toEqual({ status: 'answered-writing', autoSet: { from: 'new', to: 'answered-writing' } });
    const more = statusAfterAnswerEdit({ ...base, status: typed.status, before: 'C', after: 'CD', autoSet: typed.autoSet });
    expect(more.status).toBe('answered-writing');
    expect(statusAfterAnswerEdit({ ...base, status: more.status, before: 'CD', after: '', autoSet: more.autoSet })).toEqual({ status: 'new', autoSet: null });
  });

  it('never overrides a status the user chose, nor "needs follow-up" or an answered status', () => {
    // The user put it back to "new" with the answer still there: typing more keeps "new".
    expect(statusAfterAnswerEdit({ ...base, status: 'new', before: 'CDOT', after: 'CDOT will', autoSet: null }).status).toBe('new');
    expect(statusAfterAnswerEdit({ ...base, status: 'needs-follow-up', before: '', after: 'Partly', autoSet: null }).status).toBe('needs-follow-up');
    expect(statusAfterAnswerEdit({ ...base, status: 'answered-live', before: '', after: 'Yes', autoSet: null }).status).toBe('answered-live');
    // The user picked "answered live" after the rule set "in writing": clearing the answer does not undo the user's choice.
    expect(statusAfterAnswerEdit({ ...base, status: 'answered-live', before: 'Yes', after: '', autoSet: { from: 'new', to: 'answered-writing' } }).status).toBe('answered-live');
    // Spaces are not an answer.
    expect(statusAfterAnswerEdit({ ...base, status: 'new', before: '', after: '   ', autoSet: null }).status).toBe('new');
  });

  it('answered live on the event day, in writing afterwards', () => {
    expect(answeredStatusFor('2026-12-01', '2026-12-01')).toBe('answered-live');
    expect(answeredStatusFor('2026-12-01', '2026-12-02')).toBe('answered-writing');
  });
});

describe('a saved answer never vanishes from the report', () => {
  it('a "new" question with an answer (either language) is reported and counted as answered in writing', () => {
    expect(reportedStatus({ status: 'new', answer: 'Yes, in May.' })).toBe('answered-writing');
    expect(reportedStatus({ status: 'new', answer: '', answerTranslation: 'Sí, en mayo.' })).toBe('answered-writing');
    expect(reportedStatus({ status: 'new', answer: '  ' })).toBe('new');
    expect(reportedStatus({ status: 'needs-follow-up', answer: 'Partly' })).toBe('needs-follow-up');
  });

  it('the public PDF in English and Spanish counts it and prints its answer', async () => {
    const ws = makeTownHallWorkspace({ questions: 3 });
    const [a] = ws.questions;
    Object.assign(a, { text: 'When will the Piotrowski Park lights be repaired?', language: 'en', meToo: 0, status: 'new', answer: 'CDOT will replace the park lights by March 15.', answerLanguage: 'en', answerTranslation: 'CDOT cambiará las luces del parque antes del 15 de marzo.' });
    for (const q of ws.questions.slice(1)) Object.assign(q, { status: 'new', answer: '', answerTranslation: '', meToo: 0 });
    expect(summarizeTownHalls(ws, [ws.townhalls[0].id]).totals.answered).toBe(1);
    for (const [language, answered, answer, status] of [
      ['en', '1 were answered and', 'CDOT will replace the park lights by March 15.', 'Answered in writing'],
      ['es', 'Se respondieron 1 y', 'CDOT cambiará las luces del parque antes del 15 de marzo.', 'Respondida por escrito'],
    ] as const) {
      const report = await buildTownHallReport(ws, { kind: 'townhall', id: ws.townhalls[0].id, language, audience: 'public', includePersonalDetails: false }, { fontsDir: FONTS_DIR, now: new Date('2025-03-15T12:00:00Z') });
      const file = join(dir, `${language}.pdf`);
      writeFileSync(file, report.pdf);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(answered);
      expect(text).toContain(answer);
      expect(text).toContain(status);
    }
  });
});
