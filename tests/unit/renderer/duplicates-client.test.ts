import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, pairKey } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import { changesSince, DuplicatesSession, suggestionsAmong, type DuplicatePair } from '../../../renderer/townhall/moderation/duplicates-client';
import { question } from '../../support/duplicates-eval';

/** What the worker used to send the page: every pair, opposite opinions left out. */
function allPairs(qs: Question[]): DuplicatePair[] {
  const index = new DuplicateIndex();
  index.set(qs);
  return index
    .pairs(DEFAULT_DUPLICATE_THRESHOLD)
    .filter((p) => !p.opposite)
    .map((p) => [p.a.q.id, p.b.q.id, p.score]);
}

/** A session (as the worker keeps one) fed the questions and shown a view. */
function sessionAnswer(qs: Question[], raised: Map<string, number>, shown: Question[] | null, dismissed: string[], limit: number) {
  const session = new DuplicatesSession();
  session.update({ kind: 'update', seq: 1, ...changesSince(new Map(), qs), raised: [...raised] });
  session.show({ kind: 'view', view: 7, townhallId: 'th', shown: shown ? shown.map((q) => q.id) : null, dismissed, limit });
  return session.answer();
}

describe('duplicates worker client', () => {
  it('sends the worker only the questions that changed, and the ids of those gone', () => {
    const sent = new Map<string, string>();
    const qs = [question(1, 'Streetlights on 63rd?'), question(2, 'Summer jobs?'), question(3, 'Potholes on 26th?')];
    expect(changesSince(sent, qs).upserts.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    // The same list again (as refetched: new objects, same versions) sends nothing.
    expect(changesSince(sent, qs.map((q) => ({ ...q })))).toEqual({ upserts: [], removed: [] });
    const edited = { ...qs[1], text: 'Summer jobs for teenagers?', version: 2 };
    const merged = { ...qs[2], status: 'merged' as const, version: 2 };
    const changes = changesSince(sent, [qs[0], edited, merged, question(4, 'New question')]);
    expect(changes.upserts.map((q) => [q.id, q.text, q.status])).toEqual([
      ['q2', 'Summer jobs for teenagers?', 'new'],
      ['q3', 'Potholes on 26th?', 'merged'],
      ['q4', 'New question', 'new'],
    ]);
    // Only the fields the comparison reads cross to the worker.
    expect(Object.keys(changes.upserts[0]).sort()).toEqual(['id', 'number', 'status', 'text', 'townhallId', 'translation']);
    expect(changesSince(sent, [qs[0]]).removed.sort()).toEqual(['q2', 'q3', 'q4']);
  });

  it('narrows the pairs to the questions shown, without dismissed ones, keeping the most raised, best first', () => {
    const qs = [1, 2, 3, 4, 5].map((n) => question(n, `question ${n}`));
    const pairs: DuplicatePair[] = [
      ['q1', 'q2', 0.6],
      ['q3', 'q4', 0.9],
      ['q2', 'q5', 0.7],
      ['q1', 'q5', 0.6],
    ];
    const raised = new Map([['q2', 3]]);
    expect(suggestionsAmong(pairs, qs, raised, new Set(), 12)).toEqual([
      { keepId: 'q3', mergeId: 'q4', score: 0.9 },
      { keepId: 'q2', mergeId: 'q5', score: 0.7 },
      // Equal scores: the earlier question to keep first.
      { keepId: 'q1', mergeId: 'q5', score: 0.6 },
      { keepId: 'q2', mergeId: 'q1', score: 0.6 },
    ]);
    // A search that leaves out q4 and q5; a dismissed pair; a limit.
    expect(suggestionsAmong(pairs, qs.slice(0, 3), raised, new Set(), 12)).toEqual([{ keepId: 'q2', mergeId: 'q1', score: 0.6 }]);
    expect(suggestionsAmong(pairs, qs, raised, new Set(['q3|q4']), 1)).toEqual([{ keepId: 'q2', mergeId: 'q5', score: 0.7 }]);
  });

  it('the worker answers only the best suggestions of the view, the same as narrowing every pair on the page (random town halls, raised counts, searches, dismissals)', () => {
    const vocab = ['streetlights', 'dark', 'corner', 'jobs', 'summer', 'teenagers', 'police', 'park', 'lot', 'trash', 'bus', 'late'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 5 }), fc.nat(4), fc.boolean(), fc.boolean()), { minLength: 2, maxLength: 30 }),
        fc.nat(13),
        fc.nat(),
        (rows, limit, seed) => {
          const qs = rows.map(([w], i) => question(i + 1, w.join(' ')));
          const raised = new Map(rows.map(([, r], i) => [`q${i + 1}`, 1 + r]));
          const shown = qs.filter((_, i) => rows[i][2] || seed % 3 === 0);
          const pairs = allPairs(qs);
          const dismissed = pairs.filter((_, k) => rows[k % rows.length][3] && (k + seed) % 4 === 0).map(([a, b]) => pairKey(a, b));
          const want = suggestionsAmong(pairs, shown, raised, new Set(dismissed), limit);
          const got = sessionAnswer(qs, raised, shown.length === qs.length ? null : shown, dismissed, limit);
          expect(got.view).toBe(7);
          expect(got.seq).toBe(1);
          expect(got.suggestions).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('hundreds of questions asking the same thing (every pair scoring the same): the twelve first by the numbers kept then merged, each pair keeping the most raised', () => {
    const qs = Array.from({ length: 300 }, (_, i) => question(i + 1, `When will the city fix the streetlights on 63rd Street? (${i + 1})`));
    const raised = new Map(qs.map((q, i) => [q.id, 1 + (i % 5)]));
    const pairs = allPairs(qs);
    expect(pairs.length).toBe((300 * 299) / 2);
    const got = sessionAnswer(qs, raised, null, [pairKey('q5', 'q10')], 12).suggestions;
    expect(got).toEqual(suggestionsAmong(pairs, qs, raised, new Set([pairKey('q5', 'q10')]), 12));
    // Keeps the most raised (#5, raised 5), paired first with the earliest question.
    // All score 1: the earliest question kept first, against those it is kept over (raised no more than it: #6, #11, #16…).
    expect(got.slice(0, 3)).toEqual([
      { keepId: 'q1', mergeId: 'q6', score: 1 },
      { keepId: 'q1', mergeId: 'q11', score: 1 },
      { keepId: 'q1', mergeId: 'q16', score: 1 },
    ]);
    const some = qs.filter((q) => q.number % 7 === 0);
    expect(sessionAnswer(qs, raised, some, [], 12).suggestions).toEqual(suggestionsAmong(pairs, some, raised, new Set(), 12));
  });

  it('the page worker holds every town hall moderated: a view gets suggestions of its own town hall only', () => {
    const a = [1, 2].map((n) => question(n, 'When will the streetlights on 63rd Street be fixed?', '', 'th-a'));
    const b = [3, 4].map((n) => question(n, 'Who cleans the vacant lot on Halsted?', '', 'th-b'));
    const session = new DuplicatesSession();
    session.update({ kind: 'update', seq: 1, ...changesSince(new Map(), a), raised: [] });
    session.update({ kind: 'update', seq: 2, ...changesSince(new Map(), b), raised: [['q4', 3]] });
    session.show({ kind: 'view', view: 1, townhallId: 'th-b', shown: null, dismissed: [], limit: 12 });
    expect(session.answer()).toEqual({ seq: 2, view: 1, suggestions: [{ keepId: 'q4', mergeId: 'q3', score: 1 }] });
    session.show({ kind: 'view', view: 2, townhallId: 'th-a', shown: null, dismissed: [], limit: 12 });
    expect(session.answer().suggestions).toEqual([{ keepId: 'q1', mergeId: 'q2', score: 1 }]);
    // Ids of another town hall sent as shown do not bring its pairs in.
    session.show({ kind: 'view', view: 3, townhallId: 'th-a', shown: ['q1', 'q3', 'q4'], dismissed: [], limit: 12 });
    expect(session.answer().suggestions).toEqual([]);
  });

  it('an update that moves no question (a "me too", a new answer) reuses the pairs; one that does finds them again', () => {
    const qs = [1, 2, 3].map((n) => question(n, n < 3 ? 'When will the streetlights on 63rd Street be fixed?' : 'Summer jobs for teenagers?'));
    const session = new DuplicatesSession();
    const sent = new Map<string, string>();
    session.update({ kind: 'update', seq: 1, ...changesSince(sent, qs), raised: [] });
    const list = session.index.pairList(DEFAULT_DUPLICATE_THRESHOLD);
    session.show({ kind: 'view', view: 1, townhallId: 'th', shown: null, dismissed: [], limit: 12 });
    expect(session.answer().suggestions).toEqual([{ keepId: 'q1', mergeId: 'q2', score: 1 }]);
    // "Me too" on #2: a new version, same text; #2 is now kept.
    session.update({ kind: 'update', seq: 2, ...changesSince(sent, [qs[0], { ...qs[1], version: 2, meToo: 3 }, qs[2]]), raised: [['q2', 4]] });
    expect(session.index.pairList(DEFAULT_DUPLICATE_THRESHOLD)).toBe(list);
    expect(session.answer()).toEqual({ seq: 2, view: 1, suggestions: [{ keepId: 'q2', mergeId: 'q1', score: 1 }] });
    // #3 reworded to ask the same: new pairs.
    session.update({ kind: 'update', seq: 3, ...changesSince(sent, [qs[0], { ...qs[1], version: 2, meToo: 3 }, { ...qs[2], version: 2, text: 'When will the streetlights on 63rd Street be fixed?' }]), raised: [['q2', 4]] });
    expect(session.index.pairList(DEFAULT_DUPLICATE_THRESHOLD)).not.toBe(list);
    // All three alike (score 1): by the number kept, then merged; #2 (most raised) kept over both.
    expect(session.answer().suggestions.map((s) => [s.keepId, s.mergeId])).toEqual([
      ['q1', 'q3'],
      ['q2', 'q1'],
      ['q2', 'q3'],
    ]);
  });
});
