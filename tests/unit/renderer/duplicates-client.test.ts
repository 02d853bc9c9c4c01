import { describe, expect, it } from 'vitest';
import { changesSince, suggestionsAmong, type DuplicatePair } from '../../../renderer/townhall/moderation/duplicates-client';
import { question } from '../../support/duplicates-eval';

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
});
