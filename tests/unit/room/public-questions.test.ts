import { describe, expect, it } from 'vitest';
import { publicQuestions } from '../../../electron/services/room/public-questions';
import type { Question, Workspace } from '../../../shared/model';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';

/** The projector's and residents' list: redacted, shown only, and remembered only while nothing the redaction reads changed. */
describe('publicQuestions', () => {
  const base = () => {
    const ws = makeTownHallWorkspace({ questions: 12 });
    const townhallId = ws.townhalls[0].id;
    const questions = ws.questions.map((q, i) => ({ ...q, visibility: i < 10 ? ('shown' as const) : ('pending' as const) }));
    questions[0] = { ...questions[0], text: 'Call Maria Lopez at 773-555-0142 about the alley lights' };
    return { ws: { ...ws, questions }, townhallId };
  };
  const edit = (ws: Workspace, id: string, patch: Partial<Question>): Workspace => ({ ...ws, questions: ws.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) });

  it('lists shown questions only, redacted, with live counts after a me too', () => {
    const { ws, townhallId } = base();
    const first = publicQuestions(ws, townhallId, 'en');
    expect(first).toHaveLength(10);
    const alley = first.find((q) => q.id === ws.questions[0].id)!;
    expect(alley.text).not.toContain('0142');
    expect(alley.text).toContain('[phone number]');
    // A me too (count, time and version move) is counted at once.
    const supported = edit(ws, ws.questions[0].id, { meToo: 4, updatedAt: new Date().toISOString(), version: 2 });
    const again = publicQuestions(supported, townhallId, 'en');
    expect(again[0]).toMatchObject({ id: ws.questions[0].id, raised: 5, text: alley.text });
  });

  it('redacts again when a shown text changes, a question is shown or hidden, or the language changes', () => {
    const { ws, townhallId } = base();
    publicQuestions(ws, townhallId, 'en');
    const edited = edit(ws, ws.questions[1].id, { text: 'Please call me at 312-555-0188 about the bus', version: 2 });
    const afterEdit = publicQuestions(edited, townhallId, 'en').find((q) => q.id === ws.questions[1].id)!;
    expect(afterEdit.text).toBe('Please call me at [phone number] about the bus');
    const shownLater = edit(edited, ws.questions[11].id, { visibility: 'shown', text: 'Email me at ana@example.org', version: 2 });
    const listed = publicQuestions(shownLater, townhallId, 'en');
    expect(listed).toHaveLength(11);
    expect(listed.find((q) => q.id === ws.questions[11].id)!.text).not.toContain('ana@example.org');
    const hidden = edit(shownLater, ws.questions[0].id, { visibility: 'hidden', version: 3 });
    expect(publicQuestions(hidden, townhallId, 'en').map((q) => q.id)).not.toContain(ws.questions[0].id);
    expect(publicQuestions(hidden, townhallId, 'es').find((q) => q.id === ws.questions[1].id)!.text).toBe('Please call me at [teléfono] about the bus');
  });
});
