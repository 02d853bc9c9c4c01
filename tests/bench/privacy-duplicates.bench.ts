import { performance } from 'node:perf_hooks';
import { findPersonalDetails, raisedCounts, suggestDuplicates } from '../../shared/logic';
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

/**
 * Duplicate suggestions, text + translation with IDF and exact candidates: the target is
 * 5,000 questions of 2,000 words in under a second. Measured here at sizes that finish on a shared
 * machine (a town hall's real questions are 10-60 words); the 5,000 x 2,000 target is reported
 * as MISSED until a run at that size meets it.
 */
export function runDuplicatesBench(): boolean {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // A town hall's vocabulary: a word every question shares now and then (the place), the rest Zipf-like.
  const vocab = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}q`);
  const words = (n: number) => Array.from({ length: n }, () => (rand() < 0.05 ? 'englewood' : vocab[Math.floor(rand() ** 3 * vocab.length)])).join(' ');
  console.log('\nDuplicate suggestions (text + translation, IDF over the town hall, exact candidates)');
  for (const [n, len] of [
    [5_000, 30],
    [1_000, 200],
  ] as const) {
    const questions: Question[] = Array.from({ length: n }, (_, i) => question(i + 1, words(len), i % 4 === 0 ? words(Math.ceil(len / 2)) : ''));
    const raised = raisedCounts(questions);
    const b0 = performance.now();
    let count = 0;
    for (const q of questions) count += q.text.toLowerCase().split(' ').length;
    const baseline = performance.now() - b0;
    const c0 = performance.now();
    suggestDuplicates(questions, raised, { limit: 12 });
    const cold = performance.now() - c0;
    questions[17] = { ...questions[17], text: words(len) };
    const warm = time(() => suggestDuplicates(questions, raised, { limit: 12 }), 3);
    console.log(`  ${n.toLocaleString('en-US')} questions of ${len} words: first run ${ms(cold)}   one edited ${ms(warm)}   baseline lower-case + split of ${count.toLocaleString('en-US')} words ${ms(baseline)}`);
  }
  console.log('  target: 5,000 questions of 2,000 words in under 1,000 ms, in a Web Worker -> MISSED (not reached yet: candidate verification grows with long questions)');
  const r = evaluateDuplicates();
  console.log(`  labelled set: ${r.pairs} pairs (${r.duplicates} duplicates, English/Spanish/Polish, with translations): precision ${(r.precision * 100).toFixed(1)}%, recall ${(r.recall * 100).toFixed(1)}% (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  return false;
}
