import { ApiError } from '../../../shared/contract';
import type { Question, ResidentQuestionInput, ResidentSupportInput, Workspace } from '../../../shared/model';
import { ResidentQuestionInput as QuestionSchema, ResidentSupportInput as SupportSchema } from '../../../shared/model';
import type { ServiceContext } from '../handlers';
import { findByClientId } from '../client-id';
import { newQuestion } from '../townhalls/new-question';

/** What the residents' page may know of the question it sent: never anything but its own words' fate. */
export interface ResidentReceipt {
  id: string;
  number: number;
  /** `pending` until a moderator shows it. */
  visibility: Question['visibility'];
}

function openRoom(ws: Workspace, townhallId: string) {
  const room = ws.rooms.find((r) => r.townhallId === townhallId);
  if (!room) throw ApiError.localized('forbidden', 'room.closed', undefined, 'This room is closed.');
  return room;
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } } }, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const key = first?.message === 'tooLong' ? 'resident.tooLong' : first?.message === 'empty' ? 'resident.empty' : 'resident.invalid';
  throw ApiError.localized('invalid_input', key, undefined, key === 'resident.tooLong' ? 'The question is too long.' : key === 'resident.empty' ? 'Write a question first.' : 'That request could not be read.');
}

/**
 * A resident's question from the room's page: stored `pending` (or `hidden` when a moderator hid this
 * device), source `phone`, with the device's anonymous id and its clientId, so a retry from the
 * phone answers the first receipt. Unknown topic or area ids are dropped, not refused: a phone
 * holding an old list should still be heard.
 */
export async function residentAsk(ctx: ServiceContext, townhallId: string, deviceId: string, raw: ResidentQuestionInput | unknown): Promise<ResidentReceipt> {
  const input = parse(QuestionSchema, raw);
  const receipt = (q: Question): ResidentReceipt => ({ id: q.id, number: q.number, visibility: q.visibility });
  const earlier = findByClientId(ctx.store.data.questions, townhallId, `${deviceId}:${input.clientId}`);
  if (earlier) return receipt(earlier);
  return ctx.store.mutate((ws) => {
    const room = openRoom(ws, townhallId);
    const clientId = `${deviceId}:${input.clientId}`;
    const again = findByClientId(ws.questions, townhallId, clientId);
    if (again) return { next: ws, result: receipt(again), change: [] };
    const at = ctx.now().toISOString();
    const question = newQuestion(
      ws,
      {
        townhallId,
        text: input.text,
        translation: '',
        askedBy: null,
        topicId: input.topic && ws.topics.some((t) => t.id === input.topic) ? input.topic : null,
        areaId: input.area && ws.areas.some((a) => a.id === input.area) ? input.area : null,
        department: null,
        language: input.language ?? null,
        source: 'phone',
        visibility: room.hiddenDevices.includes(deviceId) ? 'hidden' : 'pending',
        clientId,
        deviceId,
      },
      at,
    );
    return { next: { ...ws, updatedAt: at, questions: [...ws.questions, question] }, result: receipt(question), change: { type: 'changed', collection: 'questions', ids: [question.id] } };
  });
}

/**
 * "Me too" from a resident's phone on a shown question: one per device and question (a second tap,
 * or a retry, changes nothing and answers the same count). Answers the question's new "me too" count.
 */
export async function residentSupport(ctx: ServiceContext, townhallId: string, deviceId: string, raw: ResidentSupportInput | unknown): Promise<{ questionId: string; counted: boolean }> {
  const input = parse(SupportSchema, raw);
  return ctx.store.mutate<{ questionId: string; counted: boolean }>((ws) => {
    openRoom(ws, townhallId);
    const q = ws.questions.find((x) => x.id === input.questionId && x.townhallId === townhallId && x.visibility === 'shown');
    if (!q) throw ApiError.localized('not_found', 'resident.noSuchQuestion', undefined, 'That question is no longer shown.');
    if (ws.supports.some((s) => s.questionId === q.id && s.deviceId === deviceId)) return { next: ws, result: { questionId: q.id, counted: false }, change: [] };
    const at = ctx.now().toISOString();
    const updated: Question = { ...q, meToo: Math.min(1_000_000, q.meToo + 1), updatedAt: at };
    return {
      next: { ...ws, updatedAt: at, questions: ws.questions.map((x) => (x.id === q.id ? updated : x)), supports: [...ws.supports, { questionId: q.id, deviceId, clientId: input.clientId, at }] },
      result: { questionId: q.id, counted: true },
      change: { type: 'changed', collection: 'questions', ids: [q.id] },
    };
  });
}
