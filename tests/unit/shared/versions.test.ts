import { describe, expect, it } from 'vitest';
import { remapStamped, stampVersions } from '../../../shared/logic/versions';

const ws = (over: Record<string, unknown> = {}) => ({ updatedAt: 't0', questions: [] as Record<string, unknown>[], exercises: [] as Record<string, unknown>[], scenarios: [] as Record<string, unknown>[], ...over });

describe('stampVersions', () => {
  it('counts a change once, gives new records 1, and leaves unchanged records (and the same objects) alone', () => {
    const a = { id: 'a', version: 3, text: 'x', updatedAt: 't0' };
    const b = { id: 'b', version: 1, text: 'y', updatedAt: 't0' };
    const before = ws({ questions: [a, b] });
    const edited = { ...a, text: 'x2', updatedAt: 't1' };
    const added = { id: 'c', text: 'z' };
    const { next, stamped } = stampVersions(before, { ...before, updatedAt: 't1', questions: [edited, b, added] });
    expect(next.questions.map((q) => q.version)).toEqual([4, 1, 1]);
    expect(next.questions[1]).toBe(b);
    expect(stamped.get(edited)).toBe(next.questions[0]);
    expect(remapStamped({ target: edited, merged: [added] }, stamped)).toEqual({ target: next.questions[0], merged: [next.questions[2]] });
  });

  it('a service that already counted the version is not counted twice; a touch of updatedAt alone is not a change', () => {
    const s = { id: 's', version: 2, content: 'old' };
    const q = { id: 'q', version: 5, text: 'same', updatedAt: 't0' };
    const { next } = stampVersions(ws({ scenarios: [s], questions: [q] }), ws({ scenarios: [{ ...s, content: 'new', version: 3 }], questions: [{ ...q, updatedAt: 't9' }] }));
    expect((next.scenarios as { version: number }[])[0].version).toBe(3);
    expect(next.questions[0].version).toBe(5);
  });

  it('"me too" counts are commutative: they do not count as an edit', () => {
    const q = { id: 'q', version: 2, text: 'Lights', meToo: 0 };
    const { next } = stampVersions(ws({ questions: [q] }), ws({ questions: [{ ...q, meToo: 4 }] }));
    expect(next.questions[0]).toEqual({ id: 'q', version: 2, text: 'Lights', meToo: 4 });
  });

  it('an exercise’s entries carry their own versions; a captured entry does not change the exercise’s', () => {
    const n1 = { id: 'n1', version: 1, text: 'radio' };
    const e = { id: 'e', version: 4, title: 'Tabletop', entries: [n1] };
    const corrected = { ...n1, text: 'radio channel' };
    const added = { id: 'n2', text: 'lights' };
    const { next, stamped } = stampVersions(ws({ exercises: [e] }), ws({ exercises: [{ ...e, entries: [corrected, added] }] }));
    const out = next.exercises[0] as { version: number; entries: { version: number }[] };
    expect(out.version).toBe(4);
    expect(out.entries.map((x) => x.version)).toEqual([2, 1]);
    expect(remapStamped(corrected, stamped)).toBe(out.entries[0]);
  });

  it('records found by id when the order changed; deleted records vanish without a trace', () => {
    const a = { id: 'a', version: 1, n: 1 };
    const b = { id: 'b', version: 1, n: 2 };
    const c = { id: 'c', version: 1, n: 3 };
    const { next } = stampVersions(ws({ questions: [a, b, c] }), ws({ questions: [c, { ...a, n: 10 }] }));
    expect(next.questions).toEqual([c, { id: 'a', version: 2, n: 10 }]);
  });
});
