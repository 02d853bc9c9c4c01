import type { Exercise, ImprovementItem, Workspace } from '../../model';

/**
 * Improvement-plan rows an exercise should see: its own, and the still-open rows of earlier
 * exercises in the same community area (an exercise without an area sees only its own).
 */
export function planFor(ws: Pick<Workspace, 'exercises' | 'improvementItems'>, exercise: Exercise): { own: ImprovementItem[]; carriedOver: (ImprovementItem & { exerciseTitle: string; exerciseDate: string })[] } {
  const own = ws.improvementItems.filter((i) => i.exerciseId === exercise.id);
  if (!exercise.areaId) return { own, carriedOver: [] };
  const earlier = new Map(
    ws.exercises
      .filter((e) => e.id !== exercise.id && e.areaId === exercise.areaId && (e.date < exercise.date || (e.date === exercise.date && e.createdAt < exercise.createdAt)))
      .map((e) => [e.id, e]),
  );
  const carriedOver = ws.improvementItems
    .filter((i) => earlier.has(i.exerciseId) && (i.status === 'open' || i.status === 'in-progress'))
    .map((i) => ({ ...i, exerciseTitle: earlier.get(i.exerciseId)!.title, exerciseDate: earlier.get(i.exerciseId)!.date }))
    .sort((a, b) => a.exerciseDate.localeCompare(b.exerciseDate) || a.createdAt.localeCompare(b.createdAt));
  return { own, carriedOver };
}
