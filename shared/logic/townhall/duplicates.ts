import type { Question } from '../../model';
import { DuplicateIndex, fieldsOf, opposite, type DuplicateInput, type ScoredPair } from './duplicate-index';
import { FieldReader, type FieldProfile } from './duplicate-terms';

export { opposite } from './duplicate-index';
export { DuplicateIndex, type DuplicateInput, type PairList, type ScoredPair } from './duplicate-index';

/**
 * Duplicate suggestions across languages, with less noise:
 * - each question is compared as its text and as its translation, against the other's text and
 *   translation: the pair's score is the best of the (up to four) comparisons, so a Spanish slip
 *   whose note-taker translation repeats an English question is found (field case 10);
 * - words weigh by their rarity in the town hall (IDF, `ln((N + 1) / df) + 1` over the open
 *   questions of one town hall, a word counted once per question): the place name most questions
 *   share weighs little; the score is the weighted Jaccard of two stem sets (0 to 1);
 * - candidates never miss a pair scoring at or above the threshold: an exact all-pairs search
 *   with size, prefix and positional filters (duplicate-join.ts) finds every such pair without
 *   scoring the others;
 * - opposite opinions on the same subject are not offered: one asks for more, the other for less
 *   (antonym groups in English, Spanish and Polish: more/less, open/close, add/remove, allow/ban,
 *   support/oppose, increase/cut…), or one wants something and the other says it does not
 *   ("we want cameras" / "we don't want cameras": a negation within three words before a verb of
 *   wanting, needing or supporting). A question that merely contains "not" is not an opinion.
 * Words are read into integer term ids once per question text (duplicate-terms.ts); a
 * `DuplicateIndex` keeps them and the town hall's document frequencies as the list changes, so a
 * new run after one edit re-reads one question (the moderation screen's worker keeps one).
 */

export interface DuplicateSuggestion {
  /** The question to keep: the one raised most, then the earlier one. */
  keepId: string;
  mergeId: string;
  score: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.45;

const reader = new FieldReader();
// The page's own index: calls with the same list (or one edit apart) read only what changed.
const shared = new DuplicateIndex(reader);

/** Weighted Jaccard of two fields' terms under `weight` (by stem). */
function weightedJaccard(a: FieldProfile, b: FieldProfile, weight: (id: number) => number): number {
  const set = new Set(b.terms);
  let common = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a.terms) {
    const w = weight(t);
    wa += w;
    if (set.has(t)) common += w;
  }
  for (const t of b.terms) wb += weight(t);
  const union = wa + wb - common;
  return union > 0 ? common / union : 0;
}

/** 0 to 1: how alike two questions are (text and translation, best of the comparisons), weighted by `weight` on stems (1 for every stem when omitted). */
export function questionSimilarity(a: Pick<Question, 'text' | 'translation'>, b: Pick<Question, 'text' | 'translation'>, weight: (stem: string) => number = () => 1): { score: number; opposite: boolean } {
  const byId = (id: number) => weight(reader.terms.stems[id]);
  let best = 0;
  let opp = false;
  for (const fa of fieldsOf(reader, a)) {
    for (const fb of fieldsOf(reader, b)) {
      const s = weightedJaccard(fa, fb, byId);
      if (s > best) {
        best = s;
        opp = opposite(fa, fb);
      }
    }
  }
  return { score: best, opposite: opp };
}

/**
 * Pairs of open (not merged) questions of the same town hall that probably ask the same thing,
 * best first, opposite opinions left out. Exact: every pair scoring ≥ threshold is found.
 */
export function suggestDuplicates(
  questions: readonly Question[] | readonly DuplicateInput[],
  raised: ReadonlyMap<string, number>,
  opts: { threshold?: number; limit?: number; dismissed?: ReadonlySet<string>; index?: DuplicateIndex } = {},
): DuplicateSuggestion[] {
  const index = opts.index ?? shared;
  index.set(questions);
  return suggestionsFrom(index.pairs(opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD), raised, opts);
}

/** Scored pairs as suggestions: opposite opinions and dismissed pairs out, oriented (keep the most raised), best first. */
export function suggestionsFrom(pairs: readonly ScoredPair[], raised: ReadonlyMap<string, number>, opts: { limit?: number; dismissed?: ReadonlySet<string> } = {}): DuplicateSuggestion[] {
  const out: (DuplicateSuggestion & { order: [number, number] })[] = [];
  for (const p of pairs) {
    if (p.opposite) continue;
    const [keep, merge] = keepFirst(p.a.q, p.b.q, raised);
    if (opts.dismissed?.has(pairKey(keep.id, merge.id))) continue;
    out.push({ keepId: keep.id, mergeId: merge.id, score: p.score, order: [keep.number, merge.number] });
  }
  out.sort((x, y) => y.score - x.score || x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  return (opts.limit ? out.slice(0, opts.limit) : out).map(({ keepId, mergeId, score }) => ({ keepId, mergeId, score }));
}

/** The question to keep first: the one raised most, then the earlier number. */
export function keepFirst<Q extends Pick<Question, 'id' | 'number'>>(a: Q, b: Q, raised: ReadonlyMap<string, number>): [Q, Q] {
  const ra = raised.get(a.id) ?? 1;
  const rb = raised.get(b.id) ?? 1;
  if (ra !== rb) return ra > rb ? [a, b] : [b, a];
  return a.number <= b.number ? [a, b] : [b, a];
}

/** The same two questions in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
