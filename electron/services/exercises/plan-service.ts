import { randomUUID } from 'node:crypto';
import { ApiError, refusedField } from '../../../shared/contract';
import { planFor } from '../../../shared/logic';
import type { ImprovementItem, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import { capabilityName, findExercise, replaceExercise } from './exercise-records';

const planChanged = (id: string) => ({ type: 'changed' as const, collection: 'improvementItems', ids: [id] });

function findItem(ws: Workspace, id: string): ImprovementItem {
  const item = ws.improvementItems.find((i) => i.id === id);
  if (!item) throw new ApiError('not_found', 'That improvement-plan row no longer exists.');
  return item;
}

function checkDates(start: string | null, end: string | null): void {
  if (start && end && end < start) throw refusedField('completionDate', 'beforeStart', 'The completion date is before the start date.');
}

export const planHandlers: Pick<Handlers, 'exercises.plan' | 'exercises.planAdd' | 'exercises.planUpdate' | 'exercises.planDelete'> = {
  'exercises.plan': async (input, { store }) => {
    const ws = store.data;
    if (!input.exerciseId) return { own: [...ws.improvementItems], carriedOver: [] };
    return planFor(ws, findExercise(ws, input.exerciseId));
  },

  'exercises.planAdd': (input, { store, now }) =>
    store.mutate((ws) => {
      const earlier = byClientId(ws.improvementItems, input.clientId);
      if (earlier) return { next: ws, result: earlier };
      const e = findExercise(ws, input.exerciseId);
      checkDates(input.startDate, input.completionDate);
      const at = now().toISOString();
      const source = input.sourceEntryId ? e.entries.find((x) => x.id === input.sourceEntryId) : undefined;
      if (input.sourceEntryId && !source) throw new ApiError('not_found', 'The action item this row comes from no longer exists.');
      if (source?.improvementItemId) throw new ApiError('conflict', 'That action item is already in the improvement plan.');
      const item: ImprovementItem = {
        version: 1,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        id: randomUUID(),
        exerciseId: e.id,
        areaId: e.areaId,
        capability: input.capability,
        capabilityName: capabilityName(e, input.capability),
        issue: input.issue,
        correctiveAction: input.correctiveAction,
        element: input.element,
        organization: input.organization,
        pointOfContact: input.pointOfContact,
        startDate: input.startDate,
        completionDate: input.completionDate,
        status: input.status,
        sourceEntryId: source?.id ?? null,
        createdAt: at,
        updatedAt: at,
      };
      const exercise = source ? { ...e, entries: e.entries.map((x) => (x.id === source.id ? { ...x, improvementItemId: item.id } : x)), updatedAt: at } : e;
      return { next: { ...replaceExercise(ws, exercise), improvementItems: [...ws.improvementItems, item] }, result: item, change: planChanged(item.id) };
    }),

  'exercises.planUpdate': (input, { store, now }) =>
    store.mutate((ws) => {
      const current = expectVersion(findItem(ws, input.id), input.version, 'planRow');
      const exercise = ws.exercises.find((e) => e.id === current.exerciseId);
      const { id: _id, version: _version, ...fields } = input;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ImprovementItem>;
      const updated: ImprovementItem = { ...current, ...defined, updatedAt: now().toISOString() };
      if (input.capability !== undefined && exercise) updated.capabilityName = capabilityName(exercise, input.capability);
      checkDates(updated.startDate, updated.completionDate);
      return { next: { ...ws, updatedAt: updated.updatedAt, improvementItems: ws.improvementItems.map((i) => (i.id === updated.id ? updated : i)) }, result: updated, change: planChanged(updated.id) };
    }),

  'exercises.planDelete': (input, { store, now }) =>
    store.mutate((ws) => {
      const item = expectVersion(findItem(ws, input.id), input.version, 'planRow');
      const at = now().toISOString();
      const exercises = ws.exercises.map((e) =>
        e.id === item.exerciseId ? { ...e, entries: e.entries.map((x) => (x.improvementItemId === item.id ? { ...x, improvementItemId: null } : x)) } : e,
      );
      return {
        next: { ...ws, updatedAt: at, exercises, improvementItems: ws.improvementItems.filter((i) => i.id !== item.id) },
        result: { deleted: true as const, id: item.id },
        change: planChanged(item.id),
      };
    }),
};
