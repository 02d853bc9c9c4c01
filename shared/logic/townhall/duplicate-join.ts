/**
 * All pairs of records whose weighted Jaccard similarity reaches a threshold t, exactly, without
 * comparing every pair (the all-pairs similarity search of Bayardo, Ma & Srikant, "Scaling up
 * all pairs similarity search", WWW 2007, with the positional filter of Xiao et al.'s PPJoin,
 * WWW 2008, both carried over from set sizes to sums of weights).
 *
 * A record is a list of distinct term keys (integers ≥ 0) in ascending order, the order being
 * global (the caller gives rare terms the small keys, so prefixes are short and their posting
 * lists too), with a weight per key. For records x, y of total weights Wx ≥ Wy sharing weight S:
 *   J = S / (Wx + Wy − S) ≥ t  ⇔  S ≥ α = t/(1+t)·(Wx + Wy), hence S ≥ t·Wx and Wy ≥ t·Wx.
 * - size filter: records are taken by increasing W; y is skipped when Wy < t·Wx (posting lists
 *   are filled in that order, so a moving head drops them for good);
 * - prefix filter: the first shared key (in the global order) sits at a position of each record
 *   whose suffix weight (from it to the end) is ≥ S ≥ t·W: only those positions of y are indexed
 *   and only those of x are probed;
 * - positional filter: at a shared key at positions p of x and q of y, with A the weight shared
 *   before them, S ≤ A + min(suffix_x(p), suffix_y(q)); below α the pair is dropped;
 * - prefix bound: once x's prefix is probed, A is every shared key up to K = the smaller of x's
 *   last probed key and y's last indexed key, so S ≤ A + the weight after K on K's side (< t·W
 *   there, while α ≈ 2t/(1+t)·W): pairs sharing only a few prefix words stop here, in O(1);
 * - verification merges the rest of both lists from the last shared positions, stopping as soon
 *   as the same bound falls below α, and keeps the pair when S / (Wx + Wy − S) ≥ t.
 * No pair at or above t is lost: every filter only drops pairs whose S provably stays below α
 * (bounds are compared with a relative slack of 1e-9 against rounding). Scores are sums in the
 * records' order, so a record compared with an identical one scores exactly 1.
 */

export interface JoinInput {
  /** Per record, its distinct keys, ascending. */
  keys: Int32Array[];
  /** Per record, a group (its question): records of one group are never paired. */
  group: Int32Array;
  /** Weight of each key (≥ 0). */
  weight: Float64Array;
  threshold: number;
}

/** A pair of records (indexes into `keys`) and its similarity. */
export interface JoinPair {
  x: number;
  y: number;
  score: number;
}

/**
 * Pairs as parallel typed arrays, grown by doubling: `x[i]`, `y[i]`, `score[i]` for i < `length`.
 * No object per pair: a town hall of 10,000 questions where hundreds ask the same thing has
 * millions of pairs, and an object each kept the garbage collector busy on every core for tens of
 * seconds (while the moderator typed).
 */
export class PairBuffer {
  x = new Int32Array(64);
  y = new Int32Array(64);
  score = new Float64Array(64);
  length = 0;

  push(x: number, y: number, score: number): void {
    if (this.length === this.x.length) {
      const size = this.x.length * 2;
      const nx = new Int32Array(size);
      nx.set(this.x);
      const ny = new Int32Array(size);
      ny.set(this.y);
      const ns = new Float64Array(size);
      ns.set(this.score);
      this.x = nx;
      this.y = ny;
      this.score = ns;
    }
    this.x[this.length] = x;
    this.y[this.length] = y;
    this.score[this.length++] = score;
  }
}

const SLACK = 1 - 1e-9;

/** Every pair of records of different groups whose weighted Jaccard is ≥ threshold (order unspecified). */
export function similarPairs(input: JoinInput): JoinPair[] {
  const search = searchPairs(input);
  for (;;) {
    const r = search.next();
    if (r.done) return Array.from({ length: r.value.length }, (_, i) => ({ x: r.value.x[i], y: r.value.y[i], score: r.value.score[i] }));
  }
}

/**
 * The same search, resumable: it pauses (yields) after every `slice` records probed, so a caller
 * can run it in the background between other work (the duplicates worker answers changes while a
 * fresh full search runs); it returns the pairs (record indexes, typed arrays) when done. The input must not change meanwhile.
 */
export function* searchPairs({ keys, group, weight, threshold: t }: JoinInput, slice = 64): Generator<void, PairBuffer, void> {
  const n = keys.length;
  const out = new PairBuffer();
  if (n < 2) return out;
  // Totals (summed front to back, as shared weight is) and suffix weights (back to front), flat.
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) start[r + 1] = start[r] + keys[r].length + 1;
  const suffix = new Float64Array(start[n]);
  const total = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const k = keys[r];
    const base = start[r];
    let s = 0;
    for (let i = k.length - 1; i >= 0; i--) suffix[base + i] = s += weight[k[i]];
    let w = 0;
    for (let i = 0; i < k.length; i++) w += weight[k[i]];
    total[r] = w;
  }
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => total[a] - total[b] || a - b);
  // Index-prefix lengths and posting-list sizes, so lists are flat arrays filled in `order`.
  let maxKey = 0;
  for (let r = 0; r < n; r++) for (const k of keys[r]) if (k > maxKey) maxKey = k;
  const listSize = new Int32Array(maxKey + 2);
  const indexLen = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const k = keys[r];
    const bound = t * total[r] * SLACK;
    if (total[r] <= 0) continue;
    let q = 0;
    while (q < k.length && suffix[start[r] + q] >= bound) listSize[k[q++] + 1]++;
    indexLen[r] = q;
  }
  for (let k = 1; k < listSize.length; k++) listSize[k] += listSize[k - 1];
  const listStart = listSize; // listStart[k] .. listStart[k + 1]
  const head = listStart.slice(0, maxKey + 1);
  const fill = listStart.slice(0, maxKey + 1);
  const postRec = new Int32Array(listStart[maxKey + 1]);
  const postPos = new Int32Array(listStart[maxKey + 1]);
  // y's suffix weight at the posting's position, beside it (no jump into y's arrays per hit).
  const postSuf = new Float64Array(listStart[maxKey + 1]);
  // Per record: its last indexed key and the weight after its index prefix.
  const lastIndexedKey = new Int32Array(n);
  const afterIndex = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    if (indexLen[r] === 0) continue;
    lastIndexedKey[r] = keys[r][indexLen[r] - 1];
    afterIndex[r] = suffix[start[r] + indexLen[r]];
  }
  const alphaRatio = t / (1 + t);

  const shared = new Float64Array(n);
  const pruned = new Uint8Array(n);
  const lastP = new Int32Array(n);
  const lastQ = new Int32Array(n);
  const touched = new Int32Array(n);
  const mark = new Uint8Array(n);

  for (let o = 0; o < n; o++) {
    if (o % slice === slice - 1) yield;
    const x = order[o];
    const kx = keys[x];
    const wx = total[x];
    if (wx <= 0) continue;
    const bx = start[x];
    const gx = group[x];
    const minW = t * wx * SLACK;
    const probeBound = minW;
    let nt = 0;
    let px = 0;
    for (let p = 0; p < kx.length && suffix[bx + p] >= probeBound; p++) {
      px = p + 1;
      const key = kx[p];
      const w = weight[key];
      const sx = suffix[bx + p];
      let e = head[key];
      const end = fill[key];
      while (e < end && total[postRec[e]] < minW) e++;
      head[key] = e;
      for (; e < end; e++) {
        const y = postRec[e];
        if (pruned[y] || group[y] === gx) continue;
        const sy = postSuf[e];
        const a = shared[y];
        if (!mark[y]) {
          mark[y] = 1;
          touched[nt++] = y;
        }
        if (a + (sx < sy ? sx : sy) < alphaRatio * (wx + total[y]) * SLACK) {
          pruned[y] = 1;
          continue;
        }
        shared[y] = a + w;
        lastP[y] = p;
        lastQ[y] = postPos[e];
      }
    }
    const lastProbed = kx[px - 1];
    const afterProbe = suffix[bx + px];
    for (let c = 0; c < nt; c++) {
      const y = touched[c];
      const wasPruned = pruned[y];
      let s = shared[y];
      shared[y] = 0;
      pruned[y] = 0;
      mark[y] = 0;
      if (wasPruned || s === 0) continue;
      const wy = total[y];
      const alpha = alphaRatio * (wx + wy) * SLACK;
      // Every shared key up to the smaller of the last probed key of x and the last indexed key
      // of y has been counted in s; what is left is at most the weight after it on that side.
      const rest = lastProbed <= lastIndexedKey[y] ? afterProbe : afterIndex[y];
      if (s + rest < alpha) continue;
      const ky = keys[y];
      const by = start[y];
      let i = lastP[y] + 1;
      let j = lastQ[y] + 1;
      let ok = true;
      while (i < kx.length && j < ky.length) {
        const sx = suffix[bx + i];
        const sy = suffix[by + j];
        if (s + (sx < sy ? sx : sy) < alpha) {
          ok = false;
          break;
        }
        const a = kx[i];
        const b = ky[j];
        if (a === b) {
          s += weight[a];
          i++;
          j++;
        } else if (a < b) i++;
        else j++;
      }
      if (!ok) continue;
      const score = s / (wx + wy - s);
      if (score >= t) out.push(x, y, score);
    }
    // Index x's prefix.
    for (let q = 0; q < indexLen[x]; q++) {
      const key = kx[q];
      const e = fill[key]++;
      postRec[e] = x;
      postPos[e] = q;
      postSuf[e] = suffix[bx + q];
    }
  }
  return out;
}
