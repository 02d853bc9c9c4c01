import { performance } from 'node:perf_hooks';
import { parseCaptureLine, type CaptureOptions } from '../../shared/logic';
import { DEFAULT_TOPICS } from '../../shared/model';
import { ms, summarize } from './stats';

/** 300 areas (a big city's community areas and wards), the default topics, one language. */
function options(): CaptureOptions {
  return {
    topic: DEFAULT_TOPICS.map((t) => ({ value: t.id, label: t.name.en, token: t.code, aliases: [t.name.en, t.name.es] })),
    area: Array.from({ length: 300 }, (_, i) => ({ value: `a${i}`, label: `${i + 1} Área ${i} Norte`, token: `Area-${i}-Norte`, aliases: [String(i + 1)] })),
    department: [],
    language: [{ value: 'es', label: 'Spanish', token: 'es', aliases: ['Spanish', 'Español'] }],
  };
}

/** A line of `n` tokens: distinct prefixed words that match nothing (the costly kind), repeats, plain words. */
function line(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(i % 3 === 0 ? `@nowhere${i}` : i % 3 === 1 ? `#light${i}` : `palabra${i}`);
  return words.join(' ');
}

function time(fn: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples).p50;
}

/**
 * Issue 8: capture-line parsing must be linear (a long line of tokens took 16 s). Parses lines of
 * 10,000 and 40,000 tokens against 300 areas, beside a baseline in the same run: one pass of the
 * same token pattern over the same line with nothing looked up. Targets: 4x the tokens costs at
 * most 6x the time (linear, with room for noise), and 40,000 tokens parse in <= 1 s (it took 16 s for a long line before).
 */
export function runCaptureLineBench(): boolean {
  const opts = options();
  console.log('\nCapture-line parsing (issue 8): a line of N tokens against 300 areas vs one bare pass of the token pattern');
  const rows: { n: number; parse: number; base: number }[] = [];
  for (const n of [10_000, 40_000]) {
    const text = line(n);
    parseCaptureLine(text, opts);
    const parse = time(() => parseCaptureLine(text, opts), 5);
    const base = time(() => text.replace(/(^|\s)([#@!~])([^\s#@!~]+)/gu, (_w, lead: string) => lead).replace(/\s+/g, ' ').trim(), 5);
    rows.push({ n, parse, base });
    console.log(`  ${String(n).padStart(6)} tokens (${(text.length / 1000).toFixed(0)} k characters): parse ${ms(parse)}, baseline ${ms(base)}, ratio ${(parse / base).toFixed(1)}`);
  }
  const growth = rows[1].parse / rows[0].parse;
  const ok = growth <= 6 && rows[1].parse <= 1000;
  console.log(`  growth for 4x the tokens: ${growth.toFixed(2)}x (linear is 4x; baseline grew ${(rows[1].base / rows[0].base).toFixed(2)}x); target <= 6x and 40,000 tokens <= 1,000 ms -> ${ok ? 'met' : 'MISSED'}`);
  return ok;
}
