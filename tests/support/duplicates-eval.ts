import { readFileSync } from 'node:fs';
import { raisedCounts, suggestDuplicates } from '../../shared/logic';
import type { Question } from '../../shared/model';

export interface LabelledPair {
  a: { text: string; translation: string };
  b: { text: string; translation: string };
  duplicate: boolean;
}

export function loadLabelledPairs(): LabelledPair[] {
  return JSON.parse(readFileSync(new URL('../fixtures/duplicates/labelled-pairs.json', import.meta.url), 'utf8'));
}

const AT = '2025-03-14T19:00:00.000Z';
export function question(n: number, text: string, translation = '', townhallId = 'th'): Question {
  return {
    id: `q${n}`, townhallId, number: n, text, translation, askedBy: null, topicId: null, areaId: null, department: null, language: null, source: 'live', meToo: 0, status: 'new',
    statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, visibility: 'shown', clientId: null, deviceId: null, privacy: { hide: [], release: [], reviewedAt: null }, createdAt: AT, updatedAt: AT,
  };
}

/**
 * Precision and recall of duplicate suggestions on the labelled pairs: every question of the set in
 * one town hall (so IDF is the town hall's), then each labelled pair counts as suggested or not.
 */
export function evaluateDuplicates(pairs: LabelledPair[] = loadLabelledPairs()) {
  const questions: Question[] = [];
  const ids = pairs.map((p) => {
    const a = question(questions.length + 1, p.a.text, p.a.translation);
    questions.push(a);
    const b = question(questions.length + 1, p.b.text, p.b.translation);
    questions.push(b);
    return [a.id, b.id] as const;
  });
  const suggested = new Set(suggestDuplicates(questions, raisedCounts(questions)).map((s) => [s.keepId, s.mergeId].sort().join('|')));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  pairs.forEach((p, i) => {
    const hit = suggested.has([...ids[i]].sort().join('|'));
    if (hit && p.duplicate) tp++;
    else if (hit) (fp++, misses.push(`false positive: ${p.a.text} / ${p.b.text}`));
    else if (p.duplicate) (fn++, misses.push(`missed: ${p.a.text} / ${p.b.text}`));
  });
  return { pairs: pairs.length, duplicates: pairs.filter((p) => p.duplicate).length, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn, misses };
}
