import { randomUUID } from 'node:crypto';
import { ApiError, UNDO_WINDOW_MS, UNDOABLE_METHODS, type ChangeEvent, type MethodName } from '../../shared/contract';
import { applyUndo, patchCollections, undoPatch, undoPatchOfRecords, type UndoPatch } from '../../shared/logic/undo';
import type { Handlers, ServiceContext } from './handlers';
import type { Store } from './store/store';

const UNDOABLE = new Set<string>(UNDOABLE_METHODS);
const MAX_KEPT = 200;

interface Kept {
  patches: UndoPatch[];
  at: number;
  /** Who made the change: `staff`, or `<role>:<townhallId>` for a room device (only they may undo it). */
  by: string;
}

/** The key of a caller that may use a token: a room device undoes only what a device of its role and room did. */
const callerKey = (caller: ServiceContext['caller']): string => (!caller || caller.role === 'staff' ? 'staff' : `${caller.role}:${caller.townhallId}`);

/** Undo tokens of each open data file, newest last; in memory only (an undo is for moments after). */
const kept = new WeakMap<Store, Map<string, Kept>>();

function tokensOf(store: Store): Map<string, Kept> {
  let map = kept.get(store);
  if (!map) kept.set(store, (map = new Map()));
  return map;
}

/** Whether a method's change is kept for undo. */
export function isUndoable(method: MethodName): boolean {
  return UNDOABLE.has(method);
}

/**
 * Runs an undoable handler with a store that notes what each of its writes changed, then keeps
 * that under a new token and adds the token to the answer.
 */
export async function runUndoable(ctx: ServiceContext, run: (ctx: ServiceContext) => Promise<unknown>): Promise<unknown> {
  const patches: UndoPatch[] = [];
  const store = ctx.store;
  const recording = Object.create(store) as Store;
  recording.mutate = (fn) =>
    store.mutate((ws) => {
      const m = fn(ws);
      if (m.next !== ws) patches.push(undoPatch(ws, m.next));
      return m;
    });
  recording.change = (fn) =>
    store.change((tx) => {
      const c = fn(tx);
      // The records it touched are known by id: no comparison of whole collections.
      const touched = (tx as unknown as { touched?: Parameters<typeof undoPatchOfRecords>[0] }).touched ?? [];
      if (touched.length > 0) patches.push(undoPatchOfRecords(touched));
      return c;
    });
  const result = await run({ ...ctx, store: recording });
  if (patches.length === 0 || typeof result !== 'object' || result === null) return result;
  const tokens = tokensOf(store);
  const token = randomUUID();
  const at = ctx.now().getTime();
  for (const [key, value] of tokens) if (at - value.at > UNDO_WINDOW_MS || tokens.size >= MAX_KEPT) tokens.delete(key);
  tokens.set(token, { patches, at, by: callerKey(ctx.caller) });
  return { ...result, undoToken: token };
}

export const undoHandlers: Pick<Handlers, 'workspace.undo' | 'workspace.setLanguage'> = {
  'workspace.setLanguage': async (input, ctx) => {
    ctx.onUiLanguage?.(input.language);
    return { language: input.language };
  },
  'workspace.undo': async (input, { store, now, caller }) => {
    const tokens = tokensOf(store);
    const found = tokens.get(input.token);
    // Staff may undo anything; a room device only a change made from its own role and room.
    const mayUse = found && (callerKey(caller) === 'staff' || found.by === callerKey(caller));
    if (!found || !mayUse || now().getTime() - found.at > UNDO_WINDOW_MS) {
      throw ApiError.localized('not_found', 'undo.expired', undefined, 'It is too late to undo that: the change was made too long ago or Convene was restarted.');
    }
    const collections = [...new Set(found.patches.flatMap(patchCollections))];
    await store.mutate((ws) => {
      let next = ws;
      for (const patch of [...found.patches].reverse()) next = applyUndo(next, patch);
      next = { ...next, updatedAt: now().toISOString() };
      const change: ChangeEvent[] = collections.map((collection) => ({ type: 'changed', collection }));
      return { next, result: null, change };
    });
    tokens.delete(input.token);
    return { undone: true as const, collections };
  },
};
