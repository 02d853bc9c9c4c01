import { randomUUID } from 'node:crypto';
import type { Question, Workspace } from '../../../shared/model';

/** What the one who captured or asked a question decides; everything else starts the same. */
export type QuestionOrigin = Pick<
  Question,
  'townhallId' | 'text' | 'translation' | 'askedBy' | 'topicId' | 'areaId' | 'department' | 'language' | 'source' | 'visibility' | 'clientId' | 'deviceId'
>;

/**
 * A new question as it is stored, whoever made it (a note-taker's capture, a slip, a resident's
 * phone): version 1, the next number in its town hall, no "me too", status new, no answer or
 * follow-up, nothing reviewed for privacy. `at` is an ISO timestamp. One place, so a field added
 * to Question gets its starting value once.
 */
export function newQuestion(ws: Workspace, origin: QuestionOrigin, at: string): Question {
  return {
    version: 1,
    id: randomUUID(),
    number: nextNumber(ws, origin.townhallId),
    ...origin,
    meToo: 0,
    status: 'new',
    statusBeforeMerge: null,
    mergedInto: null,
    answer: '',
    answeredBy: '',
    followUp: null,
    privacy: { hide: [], release: [], reviewedAt: null },
    createdAt: at,
    updatedAt: at,
  };
}

/** The next question number in a town hall: one more than the highest used (1 for the first). */
export function nextNumber(ws: Workspace, townhallId: string): number {
  let max = 0;
  for (const q of ws.questions) if (q.townhallId === townhallId && q.number > max) max = q.number;
  return max + 1;
}
