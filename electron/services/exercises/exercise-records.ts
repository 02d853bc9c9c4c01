import { ApiError, type ChangeEvent } from '../../../shared/contract';
import type { Exercise, Workspace } from '../../../shared/model';
import type { StoreTx } from '../store/store-tx';

export function findExercise(ws: Workspace, id: string): Exercise {
  const e = ws.exercises.find((x) => x.id === id);
  if (!e) throw new ApiError('not_found', 'That exercise no longer exists.');
  return e;
}

/** The exercise with this id, by the store's id index (a map lookup), or `not_found`. */
export function getExercise(tx: StoreTx, id: string): Exercise {
  const e = tx.get('exercises', id);
  if (!e) throw new ApiError('not_found', 'That exercise no longer exists.');
  return e;
}

/** Writes an exercise by id (its version counted) and the workspace's updatedAt; answers it as stored. */
export function putExercise(tx: StoreTx, exercise: Exercise): Exercise {
  const stored = tx.put('exercises', exercise);
  tx.set('updatedAt', exercise.updatedAt);
  return stored;
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
