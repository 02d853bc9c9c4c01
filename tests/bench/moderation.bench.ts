import { performance } from 'node:perf_hooks';
import { filterQuestions, raisedCounts, warmSearchIndex, type QuestionFilter } from '../../shared/logic';
import { makeTownHallWorkspace } from '../support/townhall-fixture';
import { ms, summarize } from './stats';

/**
 * Moderation: search and filter 10,000 questions with the renderer's own logic
 * (shared/logic/townhall/filter.ts), against a bare lower-case `includes` scan of the same list.
 */
export async function runModerationBench(): Promise<boolean> {
  const ws = makeTownHallWorkspace({ questions: 10_000 });
  const questions = ws.questions;
  const raised = raisedCounts(questions);
  const cases: [string, QuestionFilter][] = [
    ['search "policía" (accents folded)', { search: 'policia' }],
    ['search two words + topic + status', { search: 'streetlights 63rd', topicIds: ['topic-lighting', 'topic-violence'], statuses: ['new', 'needs-follow-up'] }],
    ['area + department + language, sort by raised', { areaIds: [ws.areas[2].id], departments: ['Police'], languages: ['es'] }],
  ];
  let ok = true;
  console.log(`\nModeration: filter + search + sort of ${questions.length.toLocaleString('en-US')} questions (Node, same logic as the renderer)`);
  const t0 = performance.now();
  warmSearchIndex(questions);
  console.log(`  folding every question's text once, done when the list loads (warmSearchIndex): ${ms(performance.now() - t0)}`);
  for (const [name, filter] of cases) {
    const samples: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < 40; i++) {
      const a = performance.now();
      filterQuestions(questions, raised, filter, i % 2 === 0 ? 'raised' : 'newest');
      const b = performance.now();
      const needle = (filter.search ?? '').toLowerCase();
      questions.filter((q) => q.text.toLowerCase().includes(needle));
      base.push(performance.now() - b);
      samples.push(b - a);
    }
    const s = summarize(samples);
    const bl = summarize(base);
    ok &&= s.p95 <= 50;
    console.log(`  ${name.padEnd(48)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}   baseline includes-scan p50 ${ms(bl.p50)}`);
  }
  console.log(`  target p95 <= 50 ms -> ${ok ? 'met' : 'MISSED'}`);
  return ok;
}
