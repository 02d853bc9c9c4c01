import { z } from 'zod';

/**
 * The methods whose change can be undone for a short while: every delete and every merge, and a
 * "Not a duplicate" decision. Their
 * answers carry an `undoToken`; `workspace.undo` with that token puts back exactly what the call
 * removed or changed (see `shared/logic/undo.ts`). Tokens live in the running app only and lapse
 * after `UNDO_WINDOW_MS`; the UI offers undo for a few seconds in a toast.
 */
export const UNDOABLE_METHODS = [
  'areas.delete',
  'scenarios.delete',
  'exercises.delete',
  'exercises.deleteEntry',
  'exercises.planDelete',
  'townhalls.delete',
  'townhalls.deleteTopic',
  'questions.delete',
  'questions.merge',
  'questions.dismissDuplicate',
  'questions.deleteFaq',
  'resources.deleteOrganization',
  'resources.deleteService',
  'resources.deleteLocation',
  'resources.deleteCategory',
  'needs.delete',
  'links.delete',
] as const;

/** How long a token can be used: longer than the toast, so a slow click still works. */
export const UNDO_WINDOW_MS = 5 * 60_000;

/** The field an undoable answer carries. */
export const undoToken = { undoToken: z.string().max(100).optional() };

export const UndoInput = z.object({ token: z.string().min(1).max(100) });
export const UndoResult = z.object({ undone: z.literal(true), collections: z.array(z.string()) });
