import { z } from 'zod';
import { Id, Timestamp } from '../ids';
import { basedOnOptional, createdBy, versionedFields } from '../versioned';

/**
 * A moderator's "Not a duplicate" decision on one pair of questions of a town hall (schema
 * version 8): the duplicate suggestions stop offering that pair on every moderator's screen.
 * One record per pair (`questionIds` sorted, so (a, b) and (b, a) are the same decision), kept in
 * the workspace's `duplicateDismissals` collection and written by id. "Suggest again" deletes it.
 * Deleting a question drops the decisions that name it; merging a pair drops the decision on that
 * pair (the moderator has since said they are the same), and an unmerge does not bring it back.
 */
export const DuplicateDismissal = z.object({
  ...versionedFields,
  id: Id,
  townhallId: Id,
  /** The two questions, lowest id first (`pairKey` order). */
  questionIds: z.tuple([Id, Id]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DuplicateDismissal = z.infer<typeof DuplicateDismissal>;

/** `questions.dismissDuplicate`: the pair a moderator says is not a duplicate. */
export const DuplicateDismissInput = z
  .object({
    ...createdBy,
    townhallId: Id,
    questionIds: z.tuple([Id, Id]),
  })
  .refine((i) => i.questionIds[0] !== i.questionIds[1], { path: ['questionIds'], message: 'must name two different questions' });
export type DuplicateDismissInput = z.input<typeof DuplicateDismissInput>;

/** `questions.suggestDuplicateAgain`: takes a decision back (its version checked when given). */
export const DuplicateSuggestAgainInput = z.object({ id: Id, ...basedOnOptional });
export type DuplicateSuggestAgainInput = z.input<typeof DuplicateSuggestAgainInput>;

/** The two ids of a pair in stored order (lowest first), whatever order they were given in. */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
