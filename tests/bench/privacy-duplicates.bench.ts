import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, findPersonalDetails, raisedCounts, type ScoredPair } from '../../shared/logic';
import { suggestDuplicates as previousSuggestDuplicates } from '../support/duplicates-reference';
import type { Question } from '../../shared/model';
import { evaluateDuplicates, question } from '../support/duplicates-eval';
import { ms } from './stats';

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    samples.push(performance.now() - a);
  }
  return median(samples);
}

/**
 * Personal-detail detection (shared/logic/privacy): a 20,000-character question, and the growth
 * as the input doubles from 10,000 to 20,000 and to 40,000 characters (linear time keeps each
 * ratio near 2; quadratic would make it 4), beside a baseline of one lower-casing and one digit
 * scan of the same text. Each size is warmed up, then measured in interleaved rounds and the
 * fastest round kept: on a shared machine the minimum is the algorithm's cost, a median is the
 * neighbours' load.
 */
export function runPrivacyBench(): boolean {
  const unit =
    'My name is Jordan Fictional, call 773-555-0147 or maria dot lopez at gmail dot com. Vivo en la calle Juárez número 45; nazywam się Katarzyna. The 6300 block of South Ashland has no lights since 2023 and 15 shootings. ';
  const inputs: [string, string][] = [
    ['mixed questions with details', unit.repeat(Math.ceil(40_000 / unit.length))],
    ['digits and spaces only', '7 '.repeat(20_000)],
    ['one long word', 'a'.repeat(40_000)],
    ['"at" repeated (email words)', 'at '.repeat(13_334)],
    ['name introductions repeated', 'my name is '.repeat(3_637)],
  ];
  console.log('\nPersonal-detail detection of one 20,000-character question (Node, same code as every public output)');
  console.log('  input                            20k chars   growth 10k->20k  20k->40k   baseline (lower-case + digit scan, 20k)');
  let ok = true;
  for (const [name, text] of inputs) {
    const sizes = [10_000, 20_000, 40_000].map((n) => text.slice(0, n));
    for (const s of sizes) for (let i = 0; i < 3; i++) findPersonalDetails(s);
    const best = sizes.map(() => Infinity);
    for (let round = 0; round < 9; round++)
      sizes.forEach((s, k) => {
        best[k] = Math.min(best[k], time(() => findPersonalDetails(s), 1));
      });
    const [t10, t20, t40] = best;
    const base = time(() => sizes[1].toLowerCase().match(/\d+/g));
    const g1 = t20 / Math.max(t10, 0.01);
    const g2 = t40 / Math.max(t20, 0.01);
    const met = t20 <= 50 && g1 <= 3 && g2 <= 3;
    ok &&= met;
    console.log(`  ${name.padEnd(32)} ${ms(t20).padStart(9)}   x${g1.toFixed(2).padEnd(14)} x${g2.toFixed(2).padEnd(8)} ${ms(base).padStart(9)}   ${met ? 'met' : 'MISSED'}`);
  }
  console.log(`  target: <= 50 ms for 20,000 characters, doubling the input never quadruples the time (growth <= 3) -> ${ok ? 'met' : 'MISSED'}`);
  return ok;
}

/** Wall and CPU time of one call (CPU: this process's user + system time, which a loaded machine inflates less). */
function clock(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const a = performance.now();
  fn();
  const wall = performance.now() - a;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * A town hall's questions for the benchmark: words drawn by Zipf's law (s = 1, as in natural
 * text) from a 200,000-word vocabulary (one word in seven accented, so the non-ASCII reading
 * runs too), plus the place name in one word of twenty; one question in four has a translation
 * half as long; one in a hundred repeats an earlier question with a tenth of its words changed
 * (a duplicate the search must find). Deterministic (mulberry32).
 */
function townHall(n: number, len: number): { questions: Question[]; planted: number; words: (k: number) => string } {
  let seed = 11;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const V = 200_000;
  const vocab = Array.from({ length: V }, (_, i) => `w${i.toString(36)}${i % 7 === 0 ? 'á' : 'q'}`);
  const cumulative = new Float64Array(V);
  let sum = 0;
  for (let i = 0; i < V; i++) cumulative[i] = sum += 1 / (i + 1);
  const word = () => {
    if (rand() < 0.05) return 'englewood';
    const u = rand() * sum;
    let lo = 0;
    let hi = V - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cumulative[m] < u) lo = m + 1;
      else hi = m;
    }
    return vocab[lo];
  };
  const words = (k: number) => Array.from({ length: k }, word).join(' ');
  const questions: Question[] = [];
  let planted = 0;
  for (let i = 0; i < n; i++) {
    if (i % 100 === 99) {
      const source = questions[Math.floor(rand() * i)].text.split(' ');
      for (let k = 0; k < source.length; k++) if (rand() < 0.1) source[k] = word();
      questions.push(question(i + 1, source.join(' ')));
      planted++;
    } else questions.push(question(i + 1, words(len), i % 4 === 0 ? words(Math.ceil(len / 2)) : ''));
  }
  return { questions, planted, words };
}

/**
 * Duplicate suggestions (text + translation, IDF over the town hall, exact candidates). The
 * issue's target: 5,000 questions of 2,000 words in under a second, as the list changes, off the
 * UI thread. Measured with the moderation worker's own index and schedule (duplicates.worker.ts):
 * - the first run (every question read, every pair searched): once, when the screen opens;
 * - then the list changes like a busy town hall's, one change a second for `CHANGES` changes (a
 *   new question, an edited one, a merge, in turn): each change is answered at once (the
 *   incremental run; or a full search when it cannot be), and the rest of that second goes to the
 *   background full search in slices of `SLICE_MS`, as the worker does. A change's wait is its
 *   answer plus the end of the slice it arrived in. Its p50, p95 and worst are the target's figures.
 * Beside a baseline of lower-casing and splitting the same words, and the previous implementation
 * where it finishes. Wall and CPU time and the load average are printed: on a loaded machine the
 * wall time is the neighbours'.
 */
const CHANGES = 30;
const SLICE_MS = 20;
const GAP_MS = 1000;

export function runDuplicatesBench(): boolean {
  console.log(`\nDuplicate suggestions (text + translation, IDF over the town hall, exact candidates); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  console.log(`  as the list changes: ${CHANGES} changes one second apart (new, edited, merged in turn), each answered at once in the worker, background full search in ${SLICE_MS} ms slices between`);
  console.log('  size                         baseline lower+split   previous (first/edited)    first run wall (cpu)   as it changes: p50      p95      worst   waited for a full search   pairs  planted found');
  let ok = true;
  for (const [n, len] of [
    [5_000, 30],
    [1_000, 200],
    [5_000, 2_000],
  ] as const) {
    const { questions, planted, words } = townHall(n, len);
    const raised = raisedCounts(questions);
    const base = clock(() => {
      for (const q of questions) q.text.toLowerCase().split(' ');
    });
    let previous = 'not run (minutes)';
    if (n * len <= 200_000) {
      const first = clock(() => previousSuggestDuplicates(questions, raised, { limit: 12 }));
      const edited = [...questions];
      edited[17] = { ...edited[17], text: words(len), version: 2 };
      const again = clock(() => previousSuggestDuplicates(edited, raised, { limit: 12 }));
      previous = `${ms(first.wall)} / ${ms(again.wall)}`;
    }
    const index = new DuplicateIndex();
    let pairs: ScoredPair[] = [];
    const cold = clock(() => {
      index.set(questions);
      pairs = index.pairs(DEFAULT_DUPLICATE_THRESHOLD);
    });
    const plantedIds = new Set(questions.filter((_, i) => i % 100 === 99).map((q) => q.id));
    const inPairs = new Set(pairs.flatMap((p) => [p.a.q.id, p.b.q.id]));
    const found = [...plantedIds].filter((id) => inPairs.has(id)).length;

    // The changes, one a second; the worker's background search uses the rest of each second.
    const list = [...questions];
    const waits: number[] = [];
    let carried = 0; // the end of the slice a change arrived in
    let fullWaits = 0;
    for (let k = 0; k < CHANGES; k++) {
      const kind = k % 3;
      if (kind === 0) list.push(question(n + k + 1, words(len)));
      else if (kind === 1) {
        const i = (k * 7919) % list.length;
        list[i] = { ...list[i], text: words(len), version: 2 };
      } else {
        const i = (k * 104_729) % list.length;
        list[i] = { ...list[i], status: 'merged' };
      }
      const snapshotBefore = index.counts.waited;
      const answer = clock(() => {
        index.set(list);
        index.pairs(DEFAULT_DUPLICATE_THRESHOLD);
      });
      if (index.counts.waited !== snapshotBefore) fullWaits++;
      waits.push(carried + answer.wall);
      const until = performance.now() + Math.max(0, GAP_MS - answer.wall);
      carried = 0;
      let more = true;
      while (more && performance.now() < until) {
        const slice = performance.now() + SLICE_MS;
        more = index.refresh(DEFAULT_DUPLICATE_THRESHOLD, () => performance.now() > slice);
        // A slice running past the second delays the next change.
        carried = Math.max(0, performance.now() - until);
      }
    }
    const sorted = [...waits].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    const target = n === 5_000 && len === 2_000;
    const verdict = target ? `  p95 ${at(0.95) < 1000 ? 'met' : 'MISSED'}` : '';
    if (target) ok = at(0.95) < 1000;
    const size = `${n.toLocaleString('en-US')} x ${len.toLocaleString('en-US')} words`;
    console.log(
      `  ${size.padEnd(28)} ${ms(base.wall).padStart(12)}          ${previous.padEnd(26)} ${`${ms(cold.wall)} (${ms(cold.cpu)})`.padEnd(22)} ${ms(at(0.5)).padStart(12)} ${ms(at(0.95)).padStart(8)} ${ms(sorted[sorted.length - 1]).padStart(8)}   ${`${fullWaits} of ${CHANGES}`.padEnd(26)} ${String(pairs.length).padStart(5)}  ${found}/${planted}${verdict}`,
    );
  }
  console.log(`  target: 5,000 questions of 2,000 words, each change answered in under 1,000 ms (p95) in a Web Worker -> ${ok ? 'met' : 'MISSED'}`);
  console.log('  (the first run reads every word once, when the moderation screen opens: the list shows at once and the suggestions follow when it ends)');
  const r = evaluateDuplicates();
  console.log(`  labelled set: ${r.pairs} pairs (${r.duplicates} duplicates, English/Spanish/Polish, with translations): precision ${(r.precision * 100).toFixed(1)}%, recall ${(r.recall * 100).toFixed(1)}% (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  return ok;
}
