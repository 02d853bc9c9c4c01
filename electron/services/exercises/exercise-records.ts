import { ApiError, type ChangeEvent } from '../../../shared/contract';
import type { Exercise, Workspace } from '../../../shared/model';

export function findExercise(ws: Workspace, id: string): Exercise {
  const e = ws.exercises.find((x) => x.id === id);
  if (!e) throw new ApiError('not_found', 'That exercise no longer exists.');
  return e;
}

export function replaceExercise(ws: Workspace, exercise: Exercise): Workspace {
  return { ...ws, updatedAt: exercise.updatedAt, exercises: ws.exercises.map((e) => (e.id === exercise.id ? exercise : e)) };
}

export const exerciseChanged = (id: string): ChangeEvent => ({ type: 'changed', collection: 'exercises', ids: [id] });

/** The capability's name as the scenario gives it, in English (reports translate from the exercise's copy). */
export function capabilityName(exercise: Exercise, capability: string | null): string {
  if (!capability) return '';
  return exercise.scenario.capabilities.find((c) => c.id === capability)?.name.en ?? capability;
}
