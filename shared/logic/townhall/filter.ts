import type { Question, QuestionStatus } from '../../model';
import { foldText } from './fold';

export const QUESTION_SORTS = ['raised', 'newest', 'oldest'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

/** What the moderation list shows. Empty lists mean "any". */
export interface QuestionFilter {
  search?: string;
  topicIds?: readonly (string | null)[];
  areaIds?: readonly (string | null)[];
  statuses?: readonly QuestionStatus[];
  departments?: readonly (string | null)[];
  languages?: readonly (string | null)[];
}

// Folded text per question object: questions are immutable, so a new version gets a new entry.
const folded = new WeakMap<Question, string>();

function haystack(q: Question): string {
  let text = folded.get(q);
  if (text === undefined) {
    text = ` ${foldText([String(q.number), q.text, q.translation, q.askedBy ?? '', q.department ?? '', q.answer, q.answeredBy].join(' '))} `;
    folded.set(q, text);
  }
  return text;
}

/** Folds every question's text ahead of the first search (e.g. while the list is idle after loading). */
export function warmSearchIndex(questions: readonly Question[]): void {
  for (const q of questions) haystack(q);
}

// Creation time in epoch ms per question object: timestamps may carry offsets, so they are parsed
// (once) rather than compared as strings, and a 10,000-question sort compares numbers.
const created = new WeakMap<Question, number>();
function createdMs(q: Question): number {
  let ms = created.get(q);
  if (ms === undefined) {
    ms = Date.parse(q.createdAt) || 0;
    created.set(q, ms);
  }
  return ms;
}

const within = <T>(allowed: readonly T[] | undefined, value: T) => !allowed || allowed.length === 0 || allowed.includes(value);

/**
 * Filters, searches and sorts questions. Search matches every word of the query (accents and case
 * ignored) anywhere in the question, its translation, answer, department or the name given.
 */
export function filterQuestions(questions: readonly Question[], raised: ReadonlyMap<string, number>, filter: QuestionFilter, sort: QuestionSort): Question[] {
  return sortQuestions(matchQuestions(questions, filter), raised, sort);
}

/**
 * The questions that pass `filter`, in the order given: sort once with `sortQuestions` and match
 * on every key typed, and a 10,000-question list is not sorted again per key.
 */
export function matchQuestions(questions: readonly Question[], filter: QuestionFilter): Question[] {
  const words = foldText(filter.search ?? '').split(' ').filter(Boolean);
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  return questions.filter(
    (q) =>
      (!statuses || statuses.has(q.status)) &&
      within(filter.topicIds, q.topicId) &&
      within(filter.areaIds, q.areaId) &&
      within(filter.departments, q.department) &&
      within(filter.languages, q.language) &&
      (words.length === 0 || words.every((w) => haystack(q).includes(w))),
  );
}

/**
 * A sorted copy: most raised first (then newest), newest first, or oldest first; ties by number.
 * The keys are read once into typed arrays and the positions sorted: a 10,000-question sort
 * compares numbers, not map lookups.
 */
export function sortQuestions(questions: readonly Question[], raised: ReadonlyMap<string, number>, sort: QuestionSort): Question[] {
  const n = questions.length;
  const count = new Float64Array(n);
  const created = new Float64Array(n);
  const number = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const q = questions[i];
    count[i] = sort === 'raised' ? (raised.get(q.id) ?? 1) : 0;
    created[i] = createdMs(q);
    number[i] = q.number;
    order[i] = i;
  }
  const sign = sort === 'oldest' ? -1 : 1;
  order.sort((a, b) => count[b] - count[a] || sign * (created[b] - created[a] || number[b] - number[a]));
  return Array.from(order, (i) => questions[i]);
}
