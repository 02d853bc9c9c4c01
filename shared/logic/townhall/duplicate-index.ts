import type { Question } from '../../model';
import { similarPairs } from './duplicate-join';
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
}

/** A pair of open questions of one town hall and its score (0 to 1); `a` came first in the list. */
export interface ScoredPair {
  a: Entry;
  b: Entry;
  score: number;
  /** The best comparison's fields hold opposite opinions. */
  opposite: boolean;
}

let epochs = 0;

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

  add(e: Entry) {
    this.members.set(e.q.id, e);
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

  constructor(readonly reader: FieldReader = new FieldReader()) {}

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
    const e: Entry = { q, fields, union, keys: [], keysEpoch: -1 };
    this.entries.set(q.id, e);
    if (q.status !== 'merged') this.townHall(q.townhallId).add(e);
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
    const out: ScoredPair[] = [];
    for (const th of this.townHalls.values()) {
      if (th.members.size < 2) continue;
      th.ensureOrder();
      const members = [...th.members.values()];
      const n = members.length;
      const keys: Int32Array[] = [];
      const groupOf: number[] = [];
      const fieldOf: number[] = [];
      members.forEach((e, i) => {
        th.keysOf(e).forEach((k, f) => {
          if (k.length === 0) return;
          keys.push(k);
          groupOf.push(i);
          fieldOf.push(f);
        });
      });
      const w = new Float64Array(th.keyTerm.length);
      for (let k = 0; k < w.length; k++) {
        const term = th.keyTerm[k];
        const d = term >= 0 ? th.df[term] : 0;
        w[k] = d > 0 ? Math.log((n + 1) / d) + 1 : 0;
      }
      const found = similarPairs({ keys, group: Int32Array.from(groupOf), weight: w, threshold });
      // Per question pair, the best field comparison (ties: the earlier fields, as compared in list order).
      const best = new Map<number, { i: number; j: number; fi: number; fj: number; score: number }>();
      for (const { x, y, score } of found) {
        let [i, fi, j, fj] = [groupOf[x], fieldOf[x], groupOf[y], fieldOf[y]];
        if (i > j) [i, fi, j, fj] = [j, fj, i, fi];
        const id = i * n + j;
        const b = best.get(id);
        if (!b || score > b.score || (score === b.score && (fi < b.fi || (fi === b.fi && fj < b.fj)))) best.set(id, { i, j, fi, fj, score });
      }
      for (const { i, j, fi, fj, score } of best.values()) {
        const a = members[i];
        const b = members[j];
        out.push({ a, b, score, opposite: opposite(a.fields[fi], b.fields[fj]) });
      }
    }
    return out;
  }

  private townHall(id: string): TownHallTerms {
    let th = this.townHalls.get(id);
    if (!th) this.townHalls.set(id, (th = new TownHallTerms()));
    return th;
  }

  private detach(e: Entry) {
    const th = this.townHalls.get(e.q.townhallId);
    if (th?.members.get(e.q.id) === e) th.remove(e);
    if (th && th.members.size === 0) this.townHalls.delete(e.q.townhallId);
  }
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

/** Opposite opinions on the same subject: an antonym group pulling the two ways, or wanting against not wanting. */
export function opposite(a: FieldProfile, b: FieldProfile): boolean {
  if (a.stance * b.stance < 0) return true;
  for (const [g, v] of a.polarity) {
    const w = b.polarity.get(g);
    if (w !== undefined && Math.sign(v) * Math.sign(w) < 0) return true;
  }
  return false;
}
