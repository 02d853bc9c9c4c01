import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, keepFirst, pairKey, type DuplicateInput, type DuplicateSuggestion, type PairList } from '../../../shared/logic';
import type { Question } from '../../../shared/model';

/**
 * Page → duplicates worker: the questions that changed since the last message, those gone, and
 * every question's "raised" count (which question of a pair to keep).
 */
export interface DuplicatesUpdate {
  kind: 'update';
  seq: number;
  upserts: DuplicateInput[];
  removed: string[];
  raised: [string, number][];
}

/**
 * Page → duplicates worker: what the screen shows now (`view` counts up): its town hall, the ids of
 * the questions shown after search and filters (null: every question of the town hall), the
 * dismissed pairs (`pairKey`s) and how many suggestions to show.
 */
export interface DuplicatesView {
  kind: 'view';
  view: number;
  townhallId: string;
  shown: string[] | null;
  dismissed: string[];
  limit: number;
}

/** A pair of likely duplicates, unordered: [question id, question id, score 0-1]. */
export type DuplicatePair = [string, string, number];

/** Duplicates worker → page: the suggestions for view `view`, after update `seq`. */
export interface DuplicatesAnswer {
  seq: number;
  view: number;
  suggestions: DuplicateSuggestion[];
}

/**
 * The duplicates kept where the search runs (the page's worker, or the page when no worker
 * starts): the index of every town hall moderated, their pairs as typed arrays, and the last view.
 * A town hall where hundreds of questions ask the same thing has millions of pairs: they stay
 * here, and only the few suggestions a view shows cross to the page.
 */
export class DuplicatesSession {
  readonly index = new DuplicateIndex();
  private list: PairList | null = null;
  /** Question id → its entry's place in `list.entries`. */
  private at = new Map<string, number>();
  private raised = new Map<string, number>();
  private view: DuplicatesView | null = null;
  private seq = 0;

  /** Takes the questions that changed (and the raised counts of their town hall) and finds the pairs again (only what changed is read). */
  update(u: DuplicatesUpdate): void {
    for (const id of u.removed) {
      this.index.remove(id);
      this.raised.delete(id);
    }
    for (const q of u.upserts) this.index.upsert(q);
    for (const [id, count] of u.raised) this.raised.set(id, count);
    const list = this.index.pairList(DEFAULT_DUPLICATE_THRESHOLD);
    if (list !== this.list) this.at = new Map(list.entries.map((e, i) => [e.q.id, i]));
    this.list = list;
    this.seq = u.seq;
  }

  show(view: DuplicatesView): void {
    this.view = view;
  }

  /** The suggestions of the last view, after the last update; none before both have arrived. */
  answer(): DuplicatesAnswer {
    const { view, list } = this;
    if (!view || !list) return { seq: this.seq, view: view?.view ?? -1, suggestions: [] };
    // The view's town hall only (the index holds every town hall moderated), narrowed to the questions shown.
    const shown = new Uint8Array(list.entries.length);
    if (view.shown) {
      for (const id of view.shown) {
        const i = this.at.get(id);
        if (i !== undefined && list.entries[i].q.townhallId === view.townhallId) shown[i] = 1;
      }
    } else list.entries.forEach((e, i) => (shown[i] = e.q.townhallId === view.townhallId ? 1 : 0));
    return { seq: this.seq, view: view.view, suggestions: bestSuggestions(list, this.raised, shown, new Set(view.dismissed), view.limit) };
  }
}

/**
 * The `limit` best suggestions of a pair list: opposite opinions left out, both questions shown
 * (`shown[i]` for entry i; null: all), not dismissed, oriented to keep the most raised (then the
 * earlier) question, best first; ties by the numbers kept then merged. The same answer as
 * `suggestionsAmong` over the same pairs, in one pass that keeps only the best `limit`.
 */
export function bestSuggestions(list: PairList, raised: ReadonlyMap<string, number>, shown: Uint8Array | null, dismissed: ReadonlySet<string>, limit: number): DuplicateSuggestion[] {
  if (limit <= 0 || list.length === 0) return [];
  const count = new Float64Array(list.entries.length);
  const number = new Float64Array(list.entries.length);
  list.entries.forEach((e, i) => {
    count[i] = raised.get(e.q.id) ?? 1;
    number[i] = e.q.number;
  });
  // The best so far, best first: [keep entry, merge entry, score].
  const top: [number, number, number][] = [];
  const worse = (k: number, m: number, s: number, t: [number, number, number]) => s < t[2] || (s === t[2] && (number[k] > number[t[0]] || (number[k] === number[t[0]] && number[m] > number[t[1]])));
  for (let p = 0; p < list.length; p++) {
    if (list.opposite[p]) continue;
    const s = list.score[p];
    if (top.length === limit && s < top[limit - 1][2]) continue;
    const a = list.a[p];
    const b = list.b[p];
    if (shown && (!shown[a] || !shown[b])) continue;
    // keepFirst: the most raised, then the earlier number.
    const aFirst = count[a] !== count[b] ? count[a] > count[b] : number[a] <= number[b];
    const k = aFirst ? a : b;
    const m = aFirst ? b : a;
    if (top.length === limit && worse(k, m, s, top[limit - 1])) continue;
    if (dismissed.size > 0 && dismissed.has(pairKey(list.entries[a].q.id, list.entries[b].q.id))) continue;
    let at = top.length;
    while (at > 0 && worse(top[at - 1][0], top[at - 1][1], top[at - 1][2], [k, m, s])) at--;
    top.splice(at, 0, [k, m, s]);
    if (top.length > limit) top.pop();
  }
  return top.map(([k, m, s]) => ({ keepId: list.entries[k].q.id, mergeId: list.entries[m].q.id, score: s }));
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
