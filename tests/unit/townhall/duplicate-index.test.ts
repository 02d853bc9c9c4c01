import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, questionSimilarity, raisedCounts, suggestDuplicates, type DuplicateInput } from '../../../shared/logic';
import { FieldReader } from '../../../shared/logic/townhall/duplicate-terms';
import { foldText } from '../../../shared/logic/townhall/fold';
import { isStopword, normalizeWord, stem } from '../../../shared/logic/townhall/similarity';
import { question } from '../../support/duplicates-eval';
import { suggestDuplicates as previousSuggestDuplicates } from '../../support/duplicates-reference';

// Words the stemmer keeps as they are, so a brute force can weigh the same terms by hand.
const PLAIN = Array.from({ length: 40 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
// Real words of every kind the reader treats specially: accents, case, apostrophes, punctuation,
// stopwords, numbers, street abbreviations, antonyms and negations, other scripts.
const RICH = [
  ...PLAIN.slice(0, 12),
  'Policía', 'policia', 'POLICE', 'don\u2019t', "don't", "isn't", 'want', 'we', 'no', 'not', 'more', 'less', 'más', 'menos', 'open', 'close',
  'St.', 'street', 'Ave', '63rd', '2024', '¿Cuándo?', 'calle', 'luces', 'lights', 'streetlights', 'Łódź', 'więcej', 'mniej', 'شارع', '도로', 'ΟΔΟΣ',
  'e\u0301', 'naïve', 'co-op', 'rock_n', 'quiero', 'queremos', 'nunca', '—', '!!', 'a.b',
];

const words = (vocab: string[], min: number, max: number) => fc.array(fc.constantFrom(...vocab), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const questionsOf = (vocab: string[], max: number) =>
  fc.array(fc.tuple(words(vocab, 0, 9), fc.oneof(fc.constant(''), words(vocab, 1, 6))), { minLength: 2, maxLength: max }).map((rows) => rows.map(([text, translation], i) => question(i + 1, text, translation)));

const byPair = (list: { keepId: string; mergeId: string; score: number }[]) => new Map(list.map((s) => [`${s.keepId}>${s.mergeId}`, s.score]));

function expectSameSuggestions(actual: { keepId: string; mergeId: string; score: number }[], expected: { keepId: string; mergeId: string; score: number }[]) {
  const a = byPair(actual);
  const e = byPair(expected);
  expect([...a.keys()].sort()).toEqual([...e.keys()].sort());
  for (const [k, s] of e) expect(a.get(k)).toBeCloseTo(s, 9);
}

describe('duplicate index: candidate generation never misses a pair at or above the threshold', () => {
  it('finds exactly the pairs of a brute force over every pair, with the same IDF weights (random town halls)', () => {
    fc.assert(
      fc.property(questionsOf(PLAIN, 40), fc.constantFrom(0.2, 0.3, DEFAULT_DUPLICATE_THRESHOLD, 0.6, 0.8), (qs, threshold) => {
        const found = suggestDuplicates(qs, raisedCounts(qs), { threshold, index: new DuplicateIndex() });
        const df = new Map<string, number>();
        for (const q of qs) for (const w of new Set(`${q.text} ${q.translation}`.split(' ').filter(Boolean))) df.set(w, (df.get(w) ?? 0) + 1);
        const weight = (w: string) => Math.log((qs.length + 1) / (df.get(w) ?? 1)) + 1;
        const expected = new Map<string, number>();
        // A score equal to the threshold (equal weights make exact fractions) may round either way: left out.
        const tie = new Set<string>();
        for (let i = 0; i < qs.length; i++)
          for (let j = i + 1; j < qs.length; j++) {
            const r = questionSimilarity(qs[i], qs[j], weight);
            const key = [qs[i].id, qs[j].id].sort().join('|');
            if (Math.abs(r.score - threshold) < 1e-9) tie.add(key);
            else if (r.score >= threshold && !r.opposite) expected.set(key, r.score);
          }
        const got = new Map(found.map((s) => [[s.keepId, s.mergeId].sort().join('|'), s.score]).filter(([k]) => !tie.has(k as string)) as [string, number][]);
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [k, s] of expected) expect(got.get(k)).toBeCloseTo(s, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('answers what the previous implementation answered, on real words of every kind (reading, opinions, orientation, scores)', () => {
    fc.assert(
      fc.property(questionsOf(RICH, 30), (qs) => {
        const raised = new Map(qs.map((q, i) => [q.id, 1 + (i % 3)]));
        expectSameSuggestions(suggestDuplicates(qs, raised, { index: new DuplicateIndex() }), previousSuggestDuplicates(qs, raised));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a field run by run into the same terms as folding the whole text (any characters)', () => {
    const reader = new FieldReader();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...RICH), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }), fc.constantFrom(' ', '', '.', ', ', '\n', '-', "'"), (parts, sep) => {
        const text = parts.join(sep);
        const expected = new Set(
          foldText(text.replace(/n't\b/gi, ' not').replace(/[’']/g, ''))
            .split(' ')
            .map(normalizeWord)
            .filter((w) => w.length > 1 && !isStopword(w) && !/^\d+$/.test(w))
            .map((w) => reader.terms.id(stem(w))),
        );
        expect([...reader.read(text).terms]).toEqual([...expected].sort((x, y) => x - y));
      }),
      { numRuns: 400 },
    );
  });

  it('stays exact as the list changes: after any edits, merges, additions and removals, with background full searches paused anywhere, it answers what a fresh index answers', () => {
    // A small vocabulary: many pairs near the threshold, whose scores the edits move across it.
    const few = PLAIN.slice(0, 10);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: words(few, 0, 8) }),
      fc.record({ kind: fc.constant('translation' as const), at: fc.nat(), text: fc.oneof(fc.constant(''), words(few, 1, 5)) }),
      fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), extra: words(few, 0, 2) }),
      fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), text: words(few, 1, 8) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(questionsOf(few, 25), fc.array(fc.tuple(edit, fc.nat(6), fc.boolean()), { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (start, steps, refreshAfter) => {
        // Background full searches start early and pause every 2 records, so the edits land while
        // one is half done; the index must answer exactly all the same.
        const live = new DuplicateIndex(undefined, { slice: 2, refreshAfter });
        let qs: DuplicateInput[] = start;
        let next = qs.length + 1;
        live.set(qs);
        live.pairs(DEFAULT_DUPLICATE_THRESHOLD);
        for (const [e, budget, answerFirst] of steps) {
          if (answerFirst) live.pairs(DEFAULT_DUPLICATE_THRESHOLD);
          let left = budget;
          live.refresh(DEFAULT_DUPLICATE_THRESHOLD, () => left-- <= 0);
          if (e.kind === 'add') qs = [...qs, question(next++, e.text)];
          else if (qs.length > 0) {
            const i = e.at % qs.length;
            const q = qs[i];
            if (e.kind === 'remove') qs = qs.filter((_, k) => k !== i);
            else if (e.kind === 'copy') qs = qs.map((x, k) => (k === i ? { ...q, text: `${qs[e.from % qs.length].text} ${e.extra}` } : x));
            else if (e.kind === 'merge') qs = qs.map((x, k) => (k === i ? { ...q, status: q.status === 'merged' ? 'new' : 'merged' } : x));
            else qs = qs.map((x, k) => (k === i ? { ...q, [e.kind]: e.text } : x));
          }
          live.set(qs);
          const got = live.pairs(DEFAULT_DUPLICATE_THRESHOLD);
          const fresh = new DuplicateIndex();
          fresh.set(qs);
          const want = fresh.pairs(DEFAULT_DUPLICATE_THRESHOLD);
          const key = (p: { a: { q: { id: string } }; b: { q: { id: string } }; opposite: boolean }) => `${[p.a.q.id, p.b.q.id].sort().join('|')}${p.opposite ? '!' : ''}`;
          expect(got.map(key).sort()).toEqual(want.map(key).sort());
          const scores = new Map(want.map((p) => [key(p), p.score]));
          for (const p of got) expect(p.score).toBeCloseTo(scores.get(key(p))!, 9);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('scores a question and its copy exactly 1, and a slip whose translation repeats a question 1', () => {
    const qs = [question(1, 'When will the potholes on 26th Street be fixed?'), question(2, '¿Cuándo van a arreglar los baches de la calle 26?', 'When will the potholes on 26th Street be fixed?'), question(3, 'Summer jobs for teenagers?')];
    expect(suggestDuplicates(qs, raisedCounts(qs), { index: new DuplicateIndex() })).toEqual([{ keepId: 'q1', mergeId: 'q2', score: 1 }]);
  });
});
