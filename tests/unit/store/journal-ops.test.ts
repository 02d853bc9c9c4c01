import { describe, expect, it } from 'vitest';
import { applyOps, diffWorkspaces } from '../../../electron/services/store/journal-ops';

const a = { id: 'a', v: 1 };
const b = { id: 'b', v: 1 };
const c = { id: 'c', v: 1 };

describe('journal operations', () => {
  it('records only the changed record of a collection', () => {
    const before = { schemaVersion: 2, updatedAt: 't1', items: [a, b, c] };
    const b2 = { ...b, v: 2 };
    const after = { ...before, updatedAt: 't2', items: [a, b2, c] };
    expect(diffWorkspaces(before, after)).toEqual([
      { k: 'updatedAt', v: 't2' },
      { c: 'items', put: [b2] },
    ]);
  });

  it('records additions and deletions by id', () => {
    const before = { items: [a, b] };
    const after = { items: [b, c] };
    const ops = diffWorkspaces(before, after);
    expect(ops).toEqual([
      { c: 'items', del: ['a'] },
      { c: 'items', put: [c] },
    ]);
    expect(applyOps(before, ops)).toEqual(after);
  });

  it('sets a reordered collection whole, so order survives a replay', () => {
    const before = { items: [a, b, c] };
    const after = { items: [c, a, b] };
    expect(diffWorkspaces(before, after)).toEqual([{ k: 'items', v: [c, a, b] }]);
    expect(applyOps(before, diffWorkspaces(before, after))).toEqual(after);
  });

  it('replays to the same state when applied twice (a crash between snapshot and journal removal)', () => {
    const s0 = { items: [a, b], n: 1 };
    const s1 = { items: [a, { ...b, v: 5 }, c], n: 2 };
    const s2 = { items: [{ ...a, v: 9 }, c], n: 3 };
    const ops = [...diffWorkspaces(s0, s1), ...diffWorkspaces(s1, s2)];
    expect(applyOps(s0, ops)).toEqual(s2);
    expect(applyOps(s2, ops)).toEqual(s2);
  });

  it('round-trips random edits', () => {
    let state: { items: { id: string; v: number }[]; meta: string } = { items: [], meta: 'x' };
    let replayed = state;
    for (let i = 0; i < 300; i++) {
      const items = [...state.items];
      const r = (i * 7919) % 10;
      if (r < 5 || items.length === 0) items.push({ id: `id${i}`, v: i });
      else if (r < 8) items[i % items.length] = { ...items[i % items.length], v: -i };
      else items.splice(i % items.length, 1);
      const next = { ...state, items, meta: r === 9 ? `m${i}` : state.meta };
      replayed = applyOps(replayed, JSON.parse(JSON.stringify(diffWorkspaces(state, next))));
      state = next;
    }
    expect(replayed).toEqual(state);
  });
});

describe('large writes', () => {
  it('diffs 320,000 appended records without overflowing the call stack', () => {
    const added = Array.from({ length: 320_000 }, (_, i) => ({ id: `q${i}` }));
    const ops = diffWorkspaces({ questions: [] }, { questions: added });
    expect(ops).toEqual([{ c: 'questions', put: added }]);
  });
});
