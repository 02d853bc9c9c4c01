import { randomUUID } from 'node:crypto';
import { ApiError, refusedField } from '../../../shared/contract';
import { planFor } from '../../../shared/logic';
import type { ImprovementItem, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import type { StoreTx } from '../store/store-tx';
import { capabilityName, findExercise, getExercise } from './exercise-records';

const planChanged = (id: string) => ({ type: 'changed' as const, collection: 'improvementItems', ids: [id] });

function findItem(tx: StoreTx, id: string): ImprovementItem {
  const item = tx.get('improvementItems', id);
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
    // Plan rows are written by id (store.change): the cost of the row, not of the plan or workspace.
    store.change((tx) => {
      const earlier = byClientId(tx.data.improvementItems, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const e = getExercise(tx, input.exerciseId);
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
      if (source) tx.put('exercises', { ...e, entries: e.entries.map((x) => (x.id === source.id ? { ...x, improvementItemId: item.id } : x)), updatedAt: at });
      const stored = tx.put('improvementItems', item);
      tx.set('updatedAt', at);
      return { result: stored, change: planChanged(item.id) };
    }),

  'exercises.planUpdate': (input, { store, now }) =>
    store.change((tx) => {
      const current = expectVersion(findItem(tx, input.id), input.version, 'planRow');
      const exercise = tx.get('exercises', current.exerciseId);
      const { id: _id, version: _version, ...fields } = input;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ImprovementItem>;
      const updated: ImprovementItem = { ...current, ...defined, updatedAt: now().toISOString() };
      if (input.capability !== undefined && exercise) updated.capabilityName = capabilityName(exercise, input.capability);
      checkDates(updated.startDate, updated.completionDate);
      const stored = tx.put('improvementItems', updated);
      tx.set('updatedAt', updated.updatedAt);
      return { result: stored, change: planChanged(updated.id) };
    }),

  'exercises.planDelete': (input, { store, now }) =>
    store.change((tx) => {
      const item = expectVersion(findItem(tx, input.id), input.version, 'planRow');
      const at = now().toISOString();
      const e = tx.get('exercises', item.exerciseId);
      if (e && e.entries.some((x) => x.improvementItemId === item.id)) {
        tx.put('exercises', { ...e, entries: e.entries.map((x) => (x.improvementItemId === item.id ? { ...x, improvementItemId: null } : x)) });
      }
      tx.delete('improvementItems', item.id);
      tx.set('updatedAt', at);
      return { result: { deleted: true as const, id: item.id }, change: planChanged(item.id) };
    }),
};
