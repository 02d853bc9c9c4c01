import type { Question } from '../../model';
import { PairBuffer, searchPairs } from './duplicate-join';
import { FieldReader, type FieldProfile } from './duplicate-terms';

/**
 * The questions duplicate suggestions look at, kept up to date as the list changes: each
 * question is read once (and again only when its text or translation changes), and each town
 * hall's document frequencies are counted up and down as questions come, change, are merged or
 * go. `suggest()` then weighs every term by its rarity in the town hall (IDF, `ln((N + 1) / df) + 1`,
 * N the town hall's open questions, a term counted once per question) and finds every pair of
 * questions whose best field comparison (text or translation against text or translation) has a
 * weighted Jaccard at or above the threshold (duplicate-join.ts: exact, prefix-filtered).
 *
 * One instance lives in the duplicates Web Worker for as long as the moderation screen is open;
 * `suggestDuplicates` keeps one for calls on the page.
 */

export type DuplicateInput = Pick<Question, 'id' | 'text' | 'translation' | 'status' | 'townhallId' | 'number'>;

export interface Entry {
  q: DuplicateInput;
  /** The text, then the translation when there is one that differs from it. */
  fields: FieldProfile[];
  /** Distinct term ids of all fields. */
  union: Int32Array;
  /** Per field, its terms as keys of the town hall's order, ascending; refreshed when the order changes. */
  keys: Int32Array[];
  keysEpoch: number;
  /** Its place in the index's table of entries: a field of it is `slot * 2 + field` in pair buffers. */
  slot: number;
}

/** A pair of open questions of one town hall and its score (0 to 1); `a` came first in the list. */
export interface ScoredPair {
  a: Entry;
  b: Entry;
  score: number;
  /** The best comparison's fields hold opposite opinions. */
  opposite: boolean;
}

/**
 * Every pair at or above a threshold, without an object per pair: `a[k]`, `b[k]` index `entries`
 * (a came first in the list), `score[k]` is 0 to 1 and `opposite[k]` is 1 when the best
 * comparison's fields hold opposite opinions; k < `length`.
 */
export interface PairList {
  entries: Entry[];
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  opposite: Uint8Array;
  length: number;
}

let epochs = 0;

/**
 * A field of a question, as one number: its entry's slot * 2 + the field's index (a question has
 * its text and at most one translation). Pairs of fields live in `PairBuffer`s of these.
 */
const fieldRef = (e: Entry, f: number) => e.slot * 2 + f;

/**
 * The last full search of a town hall: its threshold, the lower threshold it searched at, each
 * term's weight then (by term id), and every pair of fields (field refs) that scored at or above the lower one.
 */
interface Snapshot {
  threshold: number;
  low: number;
  weight: Float64Array;
  near: PairBuffer;
}

/**
 * A full search started in the background (`DuplicateIndex.refresh`): what it searches is frozen
 * at its start (the fields' keys, the weights); the questions that come, change or go meanwhile
 * are collected, and become the next snapshot's changed questions when it is installed.
 */
interface Background {
  threshold: number;
  low: number;
  /** Each term's weight (by term id) when the search started. */
  weight: Float64Array;
  /** Per record searched, its field ref. */
  refOf: number[];
  search: Generator<void, PairBuffer, void>;
  /** Questions that came or changed since the search started. */
  changed: Set<Entry>;
  /** Whether any question came, changed or went since the search started (its scores are then stale). */
  dirty: boolean;
}

/** The full search looks this far below the threshold, so later runs can skip it (see `incremental`). */
const MARGIN = 0.8;
/** More changed questions than this since the full search: the next answer searches in full again. */
const MAX_FRESH = 40;
/**
 * From this many changed questions since the last full search, or once any unchanged field has
 * used this share of its drift allowance, `refresh` starts a new full search in the background,
 * so answers keep coming from the incremental run and a full search is rarely waited for.
 */
const REFRESH_FRESH = 8;
const REFRESH_DRIFT = 0.5;

class TownHallTerms {
  readonly members = new Map<string, Entry>();
  df = new Int32Array(1024);
  /** Term id → key (the prefix filter's order: small keys for rare terms), -1 none yet. */
  key = new Int32Array(1024).fill(-1);
  keyTerm = new Int32Array(0);
  epoch = 0;
  /** Keys below `base` are handed to terms first seen after the last ordering (they are rare). */
  base = 0;
  nextNew = -1;
  orderedAtN = -1;
  /** What the last full search left for the next runs (see `DuplicateIndex.pairs`). */
  snapshot: Snapshot | null = null;
  /** Questions that came or changed since that search. */
  readonly fresh = new Set<Entry>();
  /** The last answer (field refs and scores), and whether a question came, changed or went since. */
  last: PairBuffer | null = null;
  changed = true;
  /** The largest share of its drift allowance an unchanged field used at the last incremental run (0 to 1). */
  drift = 0;
  background: Background | null = null;

  add(e: Entry) {
    this.members.set(e.q.id, e);
    this.fresh.add(e);
    if (this.background) {
      this.background.changed.add(e);
      this.background.dirty = true;
    }
    this.changed = true;
    const last = e.union.length ? e.union[e.union.length - 1] : -1;
    if (last >= this.df.length) {
      const df = new Int32Array(Math.max(last + 1, this.df.length * 2));
      df.set(this.df);
      this.df = df;
      const key = new Int32Array(df.length).fill(-1);
      key.set(this.key);
      this.key = key;
    }
    for (const t of e.union) this.df[t]++;
  }

  remove(e: Entry) {
    this.members.delete(e.q.id);
    this.fresh.delete(e);
    if (this.background) {
      this.background.changed.delete(e);
      this.background.dirty = true;
    }
    this.changed = true;
    for (const t of e.union) this.df[t]--;
  }

  /**
   * Keys rarest first. Any one order keeps the search exact; a stale one only makes it slower, so
   * the order is rebuilt when the town hall has grown or shrunk by a quarter since, or has run out
   * of keys for new terms.
   */
  ensureOrder() {
    const n = this.members.size;
    const { df } = this;
    if (this.orderedAtN >= 0 && Math.abs(n - this.orderedAtN) * 4 <= Math.max(this.orderedAtN, 8)) {
      let unkeyed = 0;
      for (let t = 0; t < df.length; t++) if (df[t] > 0 && this.key[t] < 0) unkeyed++;
      if (unkeyed <= this.nextNew + 1) return;
    }
    const terms: number[] = [];
    for (let t = 0; t < df.length; t++) if (df[t] > 0) terms.push(t);
    terms.sort((a, b) => df[a] - df[b] || a - b);
    this.base = Math.max(1024, terms.length >> 2);
    this.key.fill(-1);
    this.keyTerm = new Int32Array(this.base + terms.length).fill(-1);
    terms.forEach((t, r) => {
      this.key[t] = this.base + r;
      this.keyTerm[this.base + r] = t;
    });
    this.nextNew = this.base - 1;
    this.orderedAtN = n;
    this.epoch = ++epochs;
  }

  /** The key of term t, handing a new (rare) key to a term the order has not seen. */
  keyOf(t: number): number {
    let k = this.key[t];
    if (k < 0) {
      k = this.nextNew--;
      this.key[t] = k;
      this.keyTerm[k] = t;
    }
    return k;
  }

  keysOf(e: Entry) {
    if (e.keysEpoch === this.epoch) return e.keys;
    e.keys = e.fields.map((f) => {
      const out = new Int32Array(f.terms.length);
      for (let i = 0; i < out.length; i++) out[i] = this.keyOf(f.terms[i]);
      return out.sort();
    });
    e.keysEpoch = this.epoch;
    return e.keys;
  }
}

export class DuplicateIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly townHalls = new Map<string, TownHallTerms>();
  /** Entries by slot (see `fieldRef`); a replaced or removed entry's slot is emptied. */
  private readonly slots: (Entry | undefined)[] = [];
  /** Full searches an answer waited for (`waited`: run or finished in `pairs`) and ones finished in the background by `refresh`. */
  readonly counts = { waited: 0, background: 0 };
  /** Counts every question that came into or left a town hall's comparison; the last pair list and the count it was made at. */
  private moves = 0;
  private lastList: { threshold: number; moves: number; list: PairList } | null = null;

  /**
   * `tuning` is for tests: `slice`, records probed between pauses of a background search (64);
   * `refreshAfter`, changed questions that start one (8).
   */
  constructor(
    readonly reader: FieldReader = new FieldReader(),
    private readonly tuning: { slice?: number; refreshAfter?: number } = {},
  ) {}

  /** Makes the index hold exactly these questions; unchanged ones (same text, translation, status, town hall, number) are not read again. */
  set(questions: readonly DuplicateInput[]) {
    const keep = new Set<string>();
    for (const q of questions) {
      keep.add(q.id);
      this.upsert(q);
    }
    for (const id of [...this.entries.keys()]) if (!keep.has(id)) this.remove(id);
  }

  /** Adds a question or takes its new state; merged questions are held but left out of suggestions and counts. */
  upsert(q: DuplicateInput) {
    const old = this.entries.get(q.id);
    if (old && old.q.text === q.text && old.q.translation === q.translation && old.q.status === q.status && old.q.townhallId === q.townhallId) {
      old.q = q;
      return;
    }
    if (old) this.detach(old);
    const fields =
      old && old.q.text === q.text && old.q.translation === q.translation ? old.fields : fieldsOf(this.reader, q);
    const union = unionOf(fields);
    const e: Entry = { q, fields, union, keys: [], keysEpoch: -1, slot: this.slots.length };
    this.slots.push(e);
    this.entries.set(q.id, e);
    if (q.status !== 'merged') {
      this.townHall(q.townhallId).add(e);
      this.moves++;
    }
  }

  remove(id: string) {
    const e = this.entries.get(id);
    if (!e) return;
    this.detach(e);
    this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every pair of open questions of one town hall scoring ≥ threshold, opposite opinions included (flagged). */
  pairs(threshold: number): ScoredPair[] {
    const list = this.pairList(threshold);
    return Array.from({ length: list.length }, (_, k) => ({ a: list.entries[list.a[k]], b: list.entries[list.b[k]], score: list.score[k], opposite: list.opposite[k] === 1 }));
  }

  /**
   * `pairs` as typed arrays (see `PairList`): what the moderation screen's worker keeps, as a town
   * hall where hundreds of questions ask the same thing has millions of pairs.
   */
  pairList(threshold: number): PairList {
    // Nothing came, changed or went (a "me too" or a new answer reaches the worker as an update
    // too): the same pairs, not rebuilt from millions again.
    if (this.lastList?.threshold === threshold && this.lastList.moves === this.moves) return this.lastList.list;
    const list = this.buildPairList(threshold);
    this.lastList = { threshold, moves: this.moves, list };
    return list;
  }

  private buildPairList(threshold: number): PairList {
    const entries: Entry[] = [];
    const parts: { offset: number; x: Int32Array; y: Int32Array; score: Float64Array; length: number }[] = [];
    const pos = new Int32Array(this.slots.length);
    for (const th of this.townHalls.values()) {
      if (th.members.size < 2) continue;
      const members = [...th.members.values()];
      let found = this.incremental(th, members, threshold);
      if (!found && th.background?.threshold === threshold) {
        // A full search is under way in the background: finishing it costs less than a new one.
        const bg = th.background;
        let r = bg.search.next();
        while (!r.done) r = bg.search.next();
        this.counts.waited++;
        this.install(th, bg, r.value);
        found = this.incremental(th, members, threshold);
      }
      if (!found) {
        this.counts.waited++;
        found = this.full(th, members, threshold);
      }
      members.forEach((e, i) => (pos[e.slot] = i));
      // Per question pair, the best field comparison (ties: the earlier fields, as compared in list
      // order). A pair of questions of one field each is one pair of fields, found once; only
      // questions with a translation need the map.
      const n = members.length;
      const best = new Map<number, number>();
      const out = new PairBuffer();
      for (let k = 0; k < found.length; k++) {
        const ra = found.x[k];
        const rb = found.y[k];
        const score = found.score[k];
        const ea = this.slots[ra >> 1]!;
        const eb = this.slots[rb >> 1]!;
        let i = pos[ea.slot];
        let fi = ra & 1;
        let j = pos[eb.slot];
        let fj = rb & 1;
        if (i > j) [i, fi, j, fj] = [j, fj, i, fi];
        if (ea.fields.length === 1 && eb.fields.length === 1) {
          out.push(i * 2 + fi, j * 2 + fj, score);
          continue;
        }
        const id = i * n + j;
        const old = best.get(id);
        if (old === undefined) {
          best.set(id, out.length);
          out.push(i * 2 + fi, j * 2 + fj, score);
          continue;
        }
        const ofi = out.x[old] & 1;
        const ofj = out.y[old] & 1;
        const os = out.score[old];
        if (score > os || (score === os && (fi < ofi || (fi === ofi && fj < ofj)))) {
          out.x[old] = i * 2 + fi;
          out.y[old] = j * 2 + fj;
          out.score[old] = score;
        }
      }
      parts.push({ offset: entries.length, x: out.x, y: out.y, score: out.score, length: out.length });
      for (const e of members) entries.push(e);
    }
    const total = parts.reduce((sum, p) => sum + p.length, 0);
    const list: PairList = { entries, a: new Int32Array(total), b: new Int32Array(total), score: new Float64Array(total), opposite: new Uint8Array(total), length: total };
    let k = 0;
    for (const p of parts) {
      for (let m = 0; m < p.length; m++, k++) {
        const a = p.offset + (p.x[m] >> 1);
        const b = p.offset + (p.y[m] >> 1);
        list.a[k] = a;
        list.b[k] = b;
        list.score[k] = p.score[m];
        list.opposite[k] = opposite(entries[a].fields[p.x[m] & 1], entries[b].fields[p.y[m] & 1]) ? 1 : 0;
      }
    }
    return list;
  }

  /**
   * Moves background full searches on until `stop()` says to pause (checked between slices of
   * about 64 records): it starts one for a town hall whose answers come from an incremental run
   * that has many changed questions or has used much of its drift allowance, and installs each
   * one that finishes as the new snapshot. True while work remains; the duplicates worker calls
   * it between messages, so a change is answered at once while the search goes on.
   */
  refresh(threshold: number, stop: () => boolean): boolean {
    for (const th of this.townHalls.values()) {
      if (!th.background) {
        const snap = th.snapshot;
        const due = snap && snap.threshold === threshold && th.members.size >= 2 && (th.fresh.size >= (this.tuning.refreshAfter ?? REFRESH_FRESH) || th.drift >= REFRESH_DRIFT);
        if (!due) continue;
        th.background = this.begin(th, [...th.members.values()], threshold);
      }
      const bg = th.background;
      for (;;) {
        if (stop()) return true;
        const r = bg.search.next();
        if (r.done) {
          this.counts.background++;
          this.install(th, bg, r.value);
          break;
        }
      }
    }
    return false;
  }

  /** The full search (duplicate-join.ts) at a margin below the threshold: the field pairs at or above the threshold; it leaves a snapshot for the runs after it. */
  private full(th: TownHallTerms, members: Entry[], threshold: number): PairBuffer {
    const bg = this.begin(th, members, threshold);
    let r = bg.search.next();
    while (!r.done) r = bg.search.next();
    return this.install(th, bg, r.value);
  }

  /** Freezes what a full search compares (fields' keys, weights) and returns the search, not yet run. */
  private begin(th: TownHallTerms, members: Entry[], threshold: number): Background {
    th.ensureOrder();
    const n = members.length;
    const keys: Int32Array[] = [];
    const refOf: number[] = [];
    const groupOf: number[] = [];
    members.forEach((e, i) => {
      th.keysOf(e).forEach((k, f) => {
        if (k.length === 0) return;
        keys.push(k);
        refOf.push(fieldRef(e, f));
        groupOf.push(i);
      });
    });
    const w = new Float64Array(th.keyTerm.length);
    for (let k = 0; k < w.length; k++) {
      const term = th.keyTerm[k];
      const d = term >= 0 ? th.df[term] : 0;
      w[k] = d > 0 ? Math.log((n + 1) / d) + 1 : 0;
    }
    const low = threshold * MARGIN;
    const bg: Background = {
      threshold,
      low,
      weight: termWeights(th.df, n),
      refOf,
      search: searchPairs({ keys, group: Int32Array.from(groupOf), weight: w, threshold: low }, this.tuning.slice),
      changed: new Set(),
      dirty: false,
    };
    th.background = bg;
    return bg;
  }

  /**
   * Makes a finished search the town hall's snapshot. The questions that changed while it ran are
   * the snapshot's changed questions; when nothing came, changed or went, its pairs are today's
   * answer (otherwise the next incremental run rescores them with today's weights).
   */
  private install(th: TownHallTerms, bg: Background, found: PairBuffer): PairBuffer {
    // The search's record indexes become field refs in place: the near pairs, kept for the next runs.
    const near = found;
    const out = new PairBuffer();
    for (let k = 0; k < near.length; k++) {
      const a = (near.x[k] = bg.refOf[near.x[k]]);
      const b = (near.y[k] = bg.refOf[near.y[k]]);
      if (near.score[k] >= bg.threshold) out.push(a, b, near.score[k]);
    }
    th.snapshot = { threshold: bg.threshold, low: bg.low, weight: bg.weight, near };
    th.fresh.clear();
    for (const e of bg.changed) th.fresh.add(e);
    th.background = null;
    th.drift = 0;
    th.last = bg.dirty ? null : out;
    th.changed = bg.dirty;
    return out;
  }

  /**
   * The run after a few questions came, changed or went, exact without searching every pair
   * again. Weights moved since the full search (N and some document frequencies changed); for
   * fields x, y of unchanged questions, with d(τ) = |w_now(τ) − w_then(τ)| and δx = Σ d over x's
   * terms, the shared weight S moved by at most min(δx, δy) and the union U by at most δx + δy.
   * A pair below the lower threshold L then (S < L·U, U ≥ max(Wx, Wy)) now scores at most
   * (L·M + m) / (M − s), M = max(Wx, Wy), m ≤ s/2, s = δx + δy, which stays below the threshold
   * t whenever s < c·M, c = (t − L)/(t + 1/2); that holds when every field has δ < (c/2)·W.
   * So: if every unchanged field passes that test, the answer is the snapshot's near pairs
   * rescored with today's weights, plus every pair with a changed question scored directly;
   * otherwise (or with many changes) null, and the caller searches in full.
   */
  private incremental(th: TownHallTerms, members: Entry[], threshold: number): PairBuffer | null {
    const snap = th.snapshot;
    if (!snap || snap.threshold !== threshold || th.fresh.size > MAX_FRESH) return null;
    if (!th.changed && th.last) return th.last;
    const now = termWeights(th.df, members.length);
    const then = snap.weight;
    const c = ((threshold - snap.low) / (threshold + 0.5)) * 0.99;
    // The changed questions' fields, listed per term (linked through `next`, from `head`).
    const freshFields: { e: Entry; f: number; order: number }[] = [];
    const order = new Map<Entry, number>();
    let occurrences = 0;
    for (const e of th.fresh) {
      order.set(e, order.size);
      e.fields.forEach((field, f) => {
        freshFields.push({ e, f, order: order.get(e)! });
        occurrences += field.terms.length;
      });
    }
    const head = new Int32Array(now.length).fill(-1);
    const next = new Int32Array(occurrences);
    const fieldAt = new Int32Array(occurrences);
    let at = 0;
    freshFields.forEach(({ e, f }, k) => {
      for (const t of e.fields[f].terms) {
        next[at] = head[t];
        fieldAt[at] = k;
        head[t] = at++;
      }
    });
    let worst = 0;
    // One pass over every field: today's total, the drift test (unchanged questions), and the
    // weight it shares with each changed field.
    const total = new Map<Entry, Float64Array>();
    const met: { e: Entry; f: number; k: number; shared: number }[] = [];
    const acc = new Float64Array(freshFields.length);
    const hit = new Int32Array(freshFields.length);
    for (const e of members) {
      const fresh = order.get(e);
      const per = new Float64Array(e.fields.length);
      for (let f = 0; f < e.fields.length; f++) {
        const terms = e.fields[f].terms;
        let wNow = 0;
        let wThen = 0;
        let drift = 0;
        let hits = 0;
        for (let i = 0; i < terms.length; i++) {
          const t = terms[i];
          const a = now[t];
          wNow += a;
          for (let p = head[t]; p >= 0; p = next[p]) {
            const k = fieldAt[p];
            // Weights are ≥ 1, so a field not met yet has acc 0.
            if (acc[k] === 0) hit[hits++] = k;
            acc[k] += a;
          }
          if (fresh === undefined) {
            const b = then[t];
            wThen += b;
            drift += a > b ? a - b : b - a;
          }
        }
        // A field with no terms is in no pair.
        if (fresh === undefined && terms.length > 0) {
          const allowed = (c / 2) * wThen;
          if (drift >= allowed) return null;
          if (allowed > 0 && drift / allowed > worst) worst = drift / allowed;
        }
        per[f] = wNow;
        for (let h = 0; h < hits; h++) {
          const k = hit[h];
          // Changed against changed: once, from the later one; never a question with itself.
          if (fresh === undefined || freshFields[k].order < fresh) met.push({ e, f, k, shared: acc[k] });
          acc[k] = 0;
        }
      }
      total.set(e, per);
    }
    const out = new PairBuffer();
    for (const { e, f, k, shared } of met) {
      const owner = freshFields[k];
      const union = total.get(owner.e)![owner.f] + total.get(e)![f] - shared;
      if (union > 0 && shared / union >= threshold) out.push(fieldRef(owner.e, owner.f), fieldRef(e, f), shared / union);
    }
    const live = (e: Entry | undefined): e is Entry => e !== undefined && th.members.get(e.q.id) === e && !th.fresh.has(e);
    const scratch = new Float64Array(now.length);
    const { near } = snap;
    for (let k = 0; k < near.length; k++) {
      const ra = near.x[k];
      const rb = near.y[k];
      const a = this.slots[ra >> 1];
      const b = this.slots[rb >> 1];
      if (!live(a) || !live(b)) continue;
      const fa = ra & 1;
      const fb = rb & 1;
      const score = scoreOf(a.fields[fa].terms, total.get(a)![fa], b.fields[fb].terms, total.get(b)![fb], now, scratch);
      if (score >= threshold) out.push(ra, rb, score);
    }
    th.last = out;
    th.changed = false;
    th.drift = worst;
    return out;
  }

  private townHall(id: string): TownHallTerms {
    let th = this.townHalls.get(id);
    if (!th) this.townHalls.set(id, (th = new TownHallTerms()));
    return th;
  }

  private detach(e: Entry) {
    if (this.slots[e.slot] === e) this.slots[e.slot] = undefined;
    this.moves++;
    const th = this.townHalls.get(e.q.townhallId);
    if (th?.members.get(e.q.id) === e) th.remove(e);
    if (th && th.members.size === 0) this.townHalls.delete(e.q.townhallId);
  }
}

/** Each term's IDF weight, `ln((n + 1) / df) + 1`, by term id (0 for a term no question has). */
function termWeights(df: Int32Array, n: number): Float64Array {
  const w = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) if (df[t] > 0) w[t] = Math.log((n + 1) / df[t]) + 1;
  return w;
}

/** Weighted Jaccard of two fields' term lists (ascending ids) given their totals, summed in id order. */
function scoreOf(a: Int32Array, wa: number, b: Int32Array, wb: number, weight: Float64Array, mark: Float64Array): number {
  for (const t of a) mark[t] = weight[t];
  let shared = 0;
  for (const t of b) shared += mark[t];
  for (const t of a) mark[t] = 0;
  const union = wa + wb - shared;
  return union > 0 ? shared / union : 0;
}

/** A question's fields: its text, and its translation when there is one that differs. */
export function fieldsOf(reader: FieldReader, q: Pick<Question, 'text' | 'translation'>): FieldProfile[] {
  const fields = [reader.read(q.text)];
  if (q.translation.trim() && q.translation.trim() !== q.text.trim()) fields.push(reader.read(q.translation));
  return fields;
}

function unionOf(fields: FieldProfile[]): Int32Array {
  if (fields.length === 1) return fields[0].terms;
  const all = new Set<number>();
  for (const f of fields) for (const t of f.terms) all.add(t);
  return Int32Array.from(all).sort();
}

/**
 * Opposite opinions on the same subject: an antonym group pulling the two ways ("more" against
 * "less" or "don't want more"), wanting against not wanting overall, or one thing wanted by one
 * and not wanted by the other ("we want patrols" / "we don't want patrols, we want jobs").
 */
export function opposite(a: FieldProfile, b: FieldProfile): boolean {
  if (a.stance * b.stance < 0) return true;
  for (const [g, v] of a.polarity) {
    const w = b.polarity.get(g);
    if (w !== undefined && Math.sign(v) * Math.sign(w) < 0) return true;
  }
  for (const [t, v] of a.heads) {
    const w = b.heads.get(t);
    if (w !== undefined && v * w < 0) return true;
  }
  return false;
}
