import { ApiError, type ChangeEvent } from '../../../shared/contract';
import type { Exercise, Workspace } from '../../../shared/model';
import type { Store } from '../store/store';

export function findExercise(ws: Workspace, id: string): Exercise {
  const e = ws.exercises.find((x) => x.id === id);
  if (!e) throw new ApiError('not_found', 'That exercise no longer exists.');
  return e;
}

export function replaceExercise(ws: Workspace, exercise: Exercise): Workspace {
  return { ...ws, updatedAt: exercise.updatedAt, exercises: ws.exercises.map((e) => (e.id === exercise.id ? exercise : e)) };
}

export const exerciseChanged = (id: string): ChangeEvent => ({ type: 'changed', collection: 'exercises', ids: [id] });

/**
 * A mutation reports one change event; when it also touched another collection (an exercise
 * entry that created a need), this tells every window about the second one. It writes nothing:
 * the workspace is returned unchanged, so the store only emits the event.
 */
export function announce(store: Store, event: ChangeEvent): Promise<void> {
  return store.mutate((ws) => ({ next: ws, result: undefined, change: event }));
}

/** The capability's name as the scenario gives it, in English (reports translate from the exercise's copy). */
export function capabilityName(exercise: Exercise, capability: string | null): string {
  if (!capability) return '';
  return exercise.scenario.capabilities.find((c) => c.id === capability)?.name.en ?? capability;
}
