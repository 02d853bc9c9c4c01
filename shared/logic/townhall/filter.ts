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

/**
 * Folds every question's text ahead of the first search, and lines the folded texts up in this
 * list's order (e.g. while the list is idle after loading or after it is sorted or filtered anew):
 * the first key typed then only scans strings.
 */
export function warmSearchIndex(questions: readonly Question[]): void {
  haystacks(questions);
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
  return searchQuestions(filterOnly(questions, filter), filter.search ?? '');
}

/** The questions that pass the filter's lists (topic, area, status, department, language), search left aside, in the order given. */
export function filterOnly(questions: readonly Question[], filter: Omit<QuestionFilter, 'search'>): Question[] {
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  const out: Question[] = [];
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    if (statuses && !statuses.has(q.status)) continue;
    if (!within(filter.topicIds, q.topicId) || !within(filter.areaIds, q.areaId) || !within(filter.departments, q.department) || !within(filter.languages, q.language)) continue;
    out.push(q);
  }
  return out;
}

/**
 * The questions whose folded text holds every word of `search` (accents and case ignored), in the
 * order given; the list itself when the search is empty. Per key typed this scans one string per
 * question (folded once per list, see `warmSearchIndex`).
 */
export function searchQuestions(questions: readonly Question[], search: string): Question[] {
  const words = foldText(search).split(' ').filter(Boolean);
  if (words.length === 0) return questions as Question[];
  const texts = haystacks(questions);
  const out: Question[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    let all = true;
    for (let w = 0; w < words.length && all; w++) all = text.includes(words[w]);
    if (all) out.push(questions[i]);
  }
  return out;
}

// The folded texts of a list, in its order, made once per list: each key typed then scans plain
// strings (10,000 questions in about a millisecond) instead of looking each one up.
const listTexts = new WeakMap<readonly Question[], string[]>();
function haystacks(questions: readonly Question[]): string[] {
  let texts = listTexts.get(questions);
  // Lists are treated as immutable (React state); a list grown in place is folded again.
  if (!texts || texts.length !== questions.length) {
    texts = questions.map(haystack);
    listTexts.set(questions, texts);
  }
  return texts;
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
