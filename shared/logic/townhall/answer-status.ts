import type { Question, QuestionStatus } from '../../model';

/**
 * How a question's status follows its answer, so an answer staff recorded never vanishes from a
 * report (trial finding: an answer typed in Moderate and saved left the status "New"; both PDFs
 * said "0 were answered" and "Not answered yet" while the CSV had the answer).
 *
 * - In the editor (`statusAfterAnswerEdit`): when an answer is typed into a question that is still
 *   "new" (the answer goes from empty to non-empty), the status becomes answered; clearing that
 *   answer again before saving puts "new" back. A status the user picked by hand is never changed,
 *   and "needs follow-up" stays (an answer can be partial).
 * - In reports (`reportedStatus`): a question stored "new" with an answer (saved before this rule,
 *   imported, or sent through the API) is reported as answered in writing.
 */
export type AnsweredStatus = 'answered-live' | 'answered-writing';
type EditableStatus = Exclude<QuestionStatus, 'merged'>;

/** Whether the question has an answer in either language. */
export function hasAnswer(q: Pick<Question, 'answer'> & { answerTranslation?: string | null }): boolean {
  return q.answer.trim() !== '' || (q.answerTranslation ?? '').trim() !== '';
}

/** The status reports show and count: a "new" question that has an answer counts as answered in writing. */
export function reportedStatus(q: Pick<Question, 'status' | 'answer'> & { answerTranslation?: string | null }): QuestionStatus {
  return q.status === 'new' && hasAnswer(q) ? 'answered-writing' : q.status;
}

/**
 * The answered status an answer typed now means: "answered live" on the event's own day (the
 * moderator records what was said in the room), "answered in writing" afterwards. Days are
 * `YYYY-MM-DD` in the user's time zone.
 */
export function answeredStatusFor(eventDate: string, today: string): AnsweredStatus {
  return eventDate === today ? 'answered-live' : 'answered-writing';
}

export interface AnswerEdit {
  status: EditableStatus;
  /** The answer (both languages together) before and after the keystroke. */
  before: string;
  after: string;
  /** The status this rule set earlier in the same edit, or null (none, or the user chose one since). */
  autoSet: { from: EditableStatus; to: AnsweredStatus } | null;
  answered: AnsweredStatus;
}

/** The status after an answer edit, and what the rule set (to undo it if the answer is cleared). */
export function statusAfterAnswerEdit(edit: AnswerEdit): { status: EditableStatus; autoSet: AnswerEdit['autoSet'] } {
  const had = edit.before.trim() !== '';
  const has = edit.after.trim() !== '';
  if (!had && has && edit.status === 'new') return { status: edit.answered, autoSet: { from: 'new', to: edit.answered } };
  if (had && !has && edit.autoSet && edit.status === edit.autoSet.to) return { status: edit.autoSet.from, autoSet: null };
  return { status: edit.status, autoSet: edit.autoSet };
}
