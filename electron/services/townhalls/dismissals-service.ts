import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { orderedPair, type DuplicateDismissal, type Question, type Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import type { StoreTx } from '../store/store-tx';
import { byClientId, expectVersion } from '../versioning';
import { findTownHall } from './lookups';

type DismissalHandlers = Pick<Handlers, 'questions.listDismissals' | 'questions.dismissDuplicate' | 'questions.suggestDuplicateAgain'>;

/** The stored decision on the pair (a, b), in either order, or undefined. A scan of the town hall's decisions (a handful). */
export function findDismissal(list: readonly DuplicateDismissal[], a: string, b: string): DuplicateDismissal | undefined {
  const [x, y] = orderedPair(a, b);
  return list.find((d) => d.questionIds[0] === x && d.questionIds[1] === y);
}

function questionOf(tx: StoreTx, id: string, townhallId: string): Question {
  const q = tx.get('questions', id);
  if (!q) throw ApiError.localized('not_found', 'dismissal.questionGone', undefined, 'One of the two questions no longer exists.');
  if (q.townhallId !== townhallId) throw ApiError.localized('invalid_input', 'dismissal.otherTownHall', undefined, 'Both questions must belong to this town hall.');
  return q;
}

/**
 * The "Not a duplicate" decisions that a change of questions leaves pointing at nothing or
 * contradicted: those naming a question in `gone` (deleted), and those on a pair both of whose
 * questions are in `sameGroup` (merged together: the moderator has since said they are one).
 * Pure; what `questions.delete`, `questions.merge` and `townhalls.delete` drop in the same write.
 */
export function dismissalsToDrop(list: readonly DuplicateDismissal[], gone: ReadonlySet<string>, sameGroup: ReadonlySet<string> = new Set()): Set<string> {
  const drop = new Set<string>();
  for (const d of list) {
    const [a, b] = d.questionIds;
    if (gone.has(a) || gone.has(b) || (sameGroup.has(a) && sameGroup.has(b))) drop.add(d.id);
  }
  return drop;
}

/** The workspace without the decisions in `drop` (the same object when there are none). */
export function withoutDismissals(ws: Workspace, drop: ReadonlySet<string>): Workspace {
  if (drop.size === 0) return ws;
  return { ...ws, duplicateDismissals: ws.duplicateDismissals.filter((d) => !drop.has(d.id)) };
}

/**
 * Moderators' "Not a duplicate" decisions (shared/model/townhall/dismissal.ts), written by id
 * through `store.change` (journaled, versioned). Dismissing a pair already dismissed answers the
 * stored decision (whoever made it), and a repeat of the same create (`clientId`) answers the
 * first result. Dismissing is undoable (`workspace.undo` removes the decision again).
 */
export const dismissalsHandlers: DismissalHandlers = {
  'questions.listDismissals': async (input, { store }) => {
    const wanted = new Set(input.townhallIds);
    for (const id of wanted) findTownHall(store.data, id);
    return store.data.duplicateDismissals.filter((d) => wanted.has(d.townhallId));
  },

  'questions.dismissDuplicate': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.duplicateDismissals, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      findTownHall(ws, input.townhallId);
      const [a, b] = input.questionIds;
      questionOf(tx, a, input.townhallId);
      questionOf(tx, b, input.townhallId);
      const already = findDismissal(ws.duplicateDismissals, a, b);
      if (already) return { result: already, change: [] };
      const at = now().toISOString();
      const record: DuplicateDismissal = {
        id: randomUUID(),
        version: 1,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        townhallId: input.townhallId,
        questionIds: orderedPair(a, b),
        createdAt: at,
        updatedAt: at,
      };
      const stored = tx.put('duplicateDismissals', record);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'duplicateDismissals', ids: [stored.id] } };
    }),

  'questions.suggestDuplicateAgain': (input, { store, now }) =>
    store.change((tx) => {
      const current = tx.get('duplicateDismissals', input.id);
      // Already taken back (by another moderator, or an undo): the pair is suggested again either way.
      if (!current) return { result: { deleted: true as const, id: input.id }, change: [] };
      expectVersion(current, input.version, 'dismissal');
      tx.delete('duplicateDismissals', current.id);
      tx.set('updatedAt', now().toISOString());
      return { result: { deleted: true as const, id: current.id }, change: { type: 'changed', collection: 'duplicateDismissals', ids: [current.id] } };
    }),
};
