import { ApiError } from '../../../shared/contract';
import type { Question, ResidentQuestionInput, ResidentSupportInput, Workspace } from '../../../shared/model';
import { ResidentQuestionInput as QuestionSchema, ResidentSupportInput as SupportSchema, supportId } from '../../../shared/model';
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
  // Written by id (store.change): the cost of one question, whatever the room's size.
  return ctx.store.change((tx) => {
    const ws = tx.data;
    const room = openRoom(ws, townhallId);
    const clientId = `${deviceId}:${input.clientId}`;
    const again = findByClientId(ws.questions, townhallId, clientId);
    if (again) return { result: receipt(again), change: [] };
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
    const stored = tx.put('questions', question);
    tx.set('updatedAt', at);
    return { result: receipt(stored), change: { type: 'changed', collection: 'questions', ids: [stored.id] } };
  });
}

/**
 * "Me too" from a resident's phone on a shown question: one per device and question (a second tap,
 * or a retry, changes nothing and answers the same count). Answers the question's new "me too" count.
 */
export async function residentSupport(ctx: ServiceContext, townhallId: string, deviceId: string, raw: ResidentSupportInput | unknown): Promise<{ questionId: string; counted: boolean }> {
  const input = parse(SupportSchema, raw);
  // By id: the question and the (question, device) pair are map lookups, and one support and one
  // question go to the journal, never the whole list (a room sends hundreds of these a minute).
  return ctx.store.change<{ questionId: string; counted: boolean }>((tx) => {
    openRoom(tx.data, townhallId);
    const q = tx.get('questions', input.questionId);
    if (!q || q.townhallId !== townhallId || q.visibility !== 'shown') throw ApiError.localized('not_found', 'resident.noSuchQuestion', undefined, 'That question is no longer shown.');
    const id = supportId(q.id, deviceId);
    if (tx.get('supports', id)) return { result: { questionId: q.id, counted: false }, change: [] };
    const at = ctx.now().toISOString();
    tx.put('questions', { ...q, meToo: Math.min(1_000_000, q.meToo + 1), updatedAt: at });
    tx.put('supports', { id, questionId: q.id, deviceId, clientId: input.clientId, at });
    tx.set('updatedAt', at);
    return { result: { questionId: q.id, counted: true }, change: { type: 'changed', collection: 'questions', ids: [q.id] } };
  });
}
