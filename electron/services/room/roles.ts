import { ApiError, type MethodName } from '../../../shared/contract';
import type { RoomRole, Workspace } from '../../../shared/model';

/**
 * Who is calling a contract method. `staff` is the laptop's own user (the desktop window, or the
 * browser host's launch token); the room roles come from an invite code of one town hall.
 */
export type Caller = { role: 'staff' } | { role: RoomRole; townhallId: string };

export const STAFF: Caller = { role: 'staff' };

type Check = (input: Record<string, unknown>, ws: Workspace, townhallId: string) => boolean;

const own = (ws: Workspace, questionId: unknown, townhallId: string) => ws.questions.some((q) => q.id === questionId && q.townhallId === townhallId);
const always: Check = () => true;
const ownTownHall: Check = (i, _ws, th) => i.id === th;
const ownList: Check = (i, _ws, th) => Array.isArray(i.townhallIds) && i.townhallIds.length === 1 && i.townhallIds[0] === th;
const ownCreate: Check = (i, _ws, th) => i.townhallId === th;
const ownQuestion: Check = (i, ws, th) => own(ws, i.id, th);

/** What a note-taker may edit on a question of their town hall: the capture itself, not its moderation. */
const NOTE_TAKER_FIELDS = new Set(['id', 'version', 'text', 'translation', 'translationLanguage', 'askedBy', 'topicId', 'areaId', 'department', 'language']);

/**
 * Per role, the contract methods it may call and the check that keeps the call inside its own town
 * hall. Anything not listed is refused. Source of the rules: issue 12 ("a note-taker captures and
 * lists that town hall's questions; a moderator moderates that town hall; a resident reaches only
 * the resident page; none of them reaches any other town hall, exercise, directory or settings").
 * The reference lists a capture screen needs (topics, areas, categories) are readable by both.
 */
const RULES: Record<RoomRole, Partial<Record<MethodName, Check>>> = {
  'note-taker': {
    'workspace.session': always,
    'townhalls.get': ownTownHall,
    'townhalls.listTopics': always,
    'areas.list': always,
    'questions.list': ownList,
    'questions.create': ownCreate,
    'questions.meToo': ownQuestion,
    'questions.delete': ownQuestion,
    'questions.update': (i, ws, th) => ownQuestion(i, ws, th) && Object.keys(i).every((k) => NOTE_TAKER_FIELDS.has(k) || i[k] === undefined),
  },
  moderator: {
    'workspace.session': always,
    'townhalls.get': ownTownHall,
    'townhalls.listTopics': always,
    'townhalls.listCategories': always,
    'areas.list': always,
    'questions.list': ownList,
    'questions.create': ownCreate,
    'questions.meToo': ownQuestion,
    'questions.delete': ownQuestion,
    'questions.update': ownQuestion,
    'questions.merge': (i, ws, th) => own(ws, i.targetId, th) && Array.isArray(i.sourceIds) && i.sourceIds.every((id) => own(ws, id, th)),
    'questions.unmerge': ownQuestion,
    'questions.listDismissals': ownList,
    'questions.dismissDuplicate': (i, ws, th) => ownCreate(i, ws, th) && Array.isArray(i.questionIds) && i.questionIds.every((id) => own(ws, id, th)),
    // One of its town hall's decisions, or one already gone (the answer is the same either way).
    'questions.suggestDuplicateAgain': (i, ws, th) => ws.duplicateDismissals.every((d) => d.id !== i.id || d.townhallId === th),
    'questions.hideDevice': ownQuestion,
    'questions.setVisibility': (i, ws, th) => Array.isArray(i.ids) && i.ids.every((id) => own(ws, id, th)),
    'townhalls.publicQuestions': ownTownHall,
  },
  // Residents never reach the API: their page has its own small routes (GET/POST /r/<code>/…).
  resident: {},
};

/**
 * Refuses a call the caller's role may not make (ApiError `forbidden`, HTTP 403), in the service
 * layer so every transport gets the same rules. `input` is the parsed, validated input.
 */
export function authorize(caller: Caller, method: MethodName, input: unknown, ws: Workspace): void {
  if (caller.role === 'staff') return;
  const check = RULES[caller.role][method];
  const fields = (input ?? {}) as Record<string, unknown>;
  if (check && ws.rooms.some((r) => r.townhallId === caller.townhallId) && check(fields, ws, caller.townhallId)) return;
  throw ApiError.localized('forbidden', 'api.forbidden', { method }, `A ${caller.role} in this room may not call ${method}.`);
}

/** The methods a role may call at all (for the UI and GET /api). */
export function allowedMethods(role: Caller['role']): MethodName[] | 'all' {
  return role === 'staff' ? 'all' : (Object.keys(RULES[role]) as MethodName[]);
}
