import { z } from 'zod';
import { Id, Timestamp } from '../ids';

/** The kinds of personal detail the redaction layer hides (`shared/logic/privacy`). */
export const PERSONAL_DETAIL_KINDS = ['name', 'phone', 'email', 'address', 'id', 'birthdate', 'profile', 'other'] as const;

const Phrase = z.object({
  kind: z.enum(PERSONAL_DETAIL_KINDS),
  text: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'must not be empty').max(500)),
});

/**
 * A reviewer's privacy decisions for one question, made before a public export: text to hide
 * beyond what was detected, and detected details released as not personal. Phrases, not offsets,
 * so an edit of the question keeps them. `reviewedAt` is when a person last checked it.
 */
export const QuestionPrivacy = z.object({
  hide: z.array(Phrase).max(200),
  release: z.array(Phrase).max(200),
  reviewedAt: Timestamp.nullable(),
});
export type QuestionPrivacy = z.infer<typeof QuestionPrivacy>;

export const EMPTY_PRIVACY: QuestionPrivacy = { hide: [], release: [], reviewedAt: null };

export const QuestionPrivacyInput = z.object({
  id: Id,
  hide: z.array(Phrase).max(200),
  release: z.array(Phrase).max(200),
});
export type QuestionPrivacyInput = z.input<typeof QuestionPrivacyInput>;
