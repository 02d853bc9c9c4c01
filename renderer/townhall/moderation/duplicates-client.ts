import { keepFirst, pairKey, type DuplicateInput, type DuplicateSuggestion } from '../../../shared/logic';
import type { Question } from '../../../shared/model';

/** Page → duplicates worker: the questions that changed since the last message, and those gone. */
export interface DuplicatesUpdate {
  seq: number;
  upserts: DuplicateInput[];
  removed: string[];
}

/** A pair of likely duplicates, unordered: [question id, question id, score 0-1]. */
export type DuplicatePair = [string, string, number];

/** Duplicates worker → page: every pair of the town hall at or above the threshold (opposite opinions left out), after update `seq`. */
export interface DuplicatesAnswer {
  seq: number;
  pairs: DuplicatePair[];
}

/** What the worker must hear of a question: it is read again only when its version, status, town hall or number moves. */
function signature(q: Question): string {
  return `${q.version}|${q.status}|${q.townhallId}|${q.number}|${q.text.length}|${q.translation.length}`;
}

/**
 * The questions to send to the worker, given what was sent before (`sent`: id → signature,
 * updated in place): new or changed questions in full (only the fields the comparison reads),
 * and the ids of questions no longer in the list. Nothing when the list is the same.
 */
export function changesSince(sent: Map<string, string>, questions: readonly Question[]): { upserts: DuplicateInput[]; removed: string[] } {
  const upserts: DuplicateInput[] = [];
  const present = new Set<string>();
  for (const q of questions) {
    present.add(q.id);
    const sig = signature(q);
    if (sent.get(q.id) === sig) continue;
    sent.set(q.id, sig);
    upserts.push({ id: q.id, text: q.text, translation: q.translation, status: q.status, townhallId: q.townhallId, number: q.number });
  }
  const removed: string[] = [];
  for (const id of sent.keys()) if (!present.has(id)) removed.push(id);
  for (const id of removed) sent.delete(id);
  return { upserts, removed };
}

/**
 * The suggestions to show: pairs whose two questions are both among those shown (search and
 * filters only narrow this list; the pairs are not computed again), not dismissed, oriented to
 * keep the most raised (then the earlier) question, best first, at most `limit`.
 */
export function suggestionsAmong(
  pairs: readonly DuplicatePair[],
  shown: readonly Question[],
  raised: ReadonlyMap<string, number>,
  dismissed: ReadonlySet<string>,
  limit: number,
): DuplicateSuggestion[] {
  // No pairs (yet): nothing to narrow, and no index of the 10,000 questions shown to build per key.
  if (pairs.length === 0 || limit <= 0) return [];
  const byId = new Map(shown.map((q) => [q.id, q]));
  const out: { s: DuplicateSuggestion; keep: number; merge: number }[] = [];
  for (const [a, b, score] of pairs) {
    const qa = byId.get(a);
    const qb = byId.get(b);
    if (!qa || !qb || dismissed.has(pairKey(a, b))) continue;
    const [keep, merge] = keepFirst(qa, qb, raised);
    out.push({ s: { keepId: keep.id, mergeId: merge.id, score }, keep: keep.number, merge: merge.number });
  }
  out.sort((x, y) => y.s.score - x.s.score || x.keep - y.keep || x.merge - y.merge);
  return out.slice(0, limit).map((o) => o.s);
}
