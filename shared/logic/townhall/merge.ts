import type { Question } from '../../model';

/** Thrown for a merge that cannot be made; the service turns it into a `conflict`. */
export class MergeRefused extends Error {}

/** The question a merged question finally counts toward: follows `mergedInto` to the end, safe against loops. */
export function rootOf(byId: ReadonlyMap<string, Question>, id: string): Question | undefined {
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * How many people raised each question: itself (1) plus its "me too" count, plus everything merged
 * into it. A merged question keeps its own count (1 + meToo), which is what unmerge gives back.
 */
export function raisedCounts(questions: readonly Question[]): Map<string, number> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.id, (counts.get(q.id) ?? 0) + 1 + q.meToo);
  for (const q of questions) {
    if (!q.mergedInto) continue;
    // Add this question's own count to every question above it in the chain.
    const own = 1 + q.meToo;
    let parentId: string | null = q.mergedInto;
    const seen = new Set<string>([q.id]);
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId);
      counts.set(parentId, (counts.get(parentId) ?? 0) + own);
      parentId = byId.get(parentId)?.mergedInto ?? null;
    }
  }
  return counts;
}

/** The questions merged (directly) into a question. */
export function mergedChildren(questions: readonly Question[], id: string): Question[] {
  return questions.filter((q) => q.mergedInto === id);
}

/**
 * Merges `sourceIds` into `targetId`. A target that is itself merged resolves to its root, so no
 * chain grows; a source keeps its text, counts and answers (status `merged`, `mergedInto`), and
 * what was merged into a source stays with it, so unmerging it gives everything back.
 */
export function mergeQuestions(questions: readonly Question[], targetId: string, sourceIds: readonly string[], at: string): { questions: Question[]; target: Question; merged: Question[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const target = rootOf(byId, targetId);
  if (!target) throw new MergeRefused('The question to merge into no longer exists.');
  const unique = [...new Set(sourceIds)];
  if (unique.length === 0) throw new MergeRefused('Choose at least one question to merge.');
  const changed = new Map<string, Question>();
  for (const id of unique) {
    const source = byId.get(id);
    if (!source) throw new MergeRefused('One of the questions to merge no longer exists.');
    if (source.id === target.id) throw new MergeRefused(`Question ${source.number} cannot be merged into itself.`);
    if (source.townhallId !== target.townhallId) throw new MergeRefused('Only questions of the same town hall can be merged; use the FAQ to group questions across town halls.');
    if (rootOf(byId, source.id)?.id === target.id) throw new MergeRefused(`Question ${source.number} is already merged into question ${target.number}.`);
    changed.set(source.id, {
      ...source,
      status: 'merged',
      statusBeforeMerge: source.status === 'merged' ? source.statusBeforeMerge : source.status,
      mergedInto: target.id,
      updatedAt: at,
    });
  }
  const next = questions.map((q) => changed.get(q.id) ?? q);
  return { questions: next, target, merged: [...changed.values()] };
}

/** Takes a merged question back out: its own status returns, its count stops adding to the other. */
export function unmergeQuestion(questions: readonly Question[], id: string, at: string): { questions: Question[]; restored: Question } {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new MergeRefused('That question no longer exists.');
  if (!q.mergedInto) throw new MergeRefused(`Question ${q.number} is not merged into another question.`);
  const restored: Question = { ...q, mergedInto: null, status: q.statusBeforeMerge ?? 'new', statusBeforeMerge: null, updatedAt: at };
  return { questions: questions.map((x) => (x.id === id ? restored : x)), restored };
}
