import { z } from 'zod';
import { basedOn, createdBy, versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { label } from '../text';
import { QUESTION_MAX_CHARS, ReportLanguageCode } from './question';

/** An FAQ entry's question and answer in the other report language ('' where not written yet). */
export const FaqTranslation = z.object({ question: z.string().max(2000), answer: z.string().max(QUESTION_MAX_CHARS) });
export type FaqTranslation = z.infer<typeof FaqTranslation>;

/**
 * A commonly asked question: one canonical wording and its answer, grouping the questions residents
 * asked. Belongs to a series (or to no series), so it is reused by every town hall of that series.
 */
export const Faq = z.object({
  ...versionedFields,
  id: Id,
  series: z.string().max(200),
  question: z.string().min(1).max(2000),
  answer: z.string().max(QUESTION_MAX_CHARS),
  /**
   * The report language `question` and `answer` are in; absent or null on entries made before it
   * was recorded (reports guess it from the words).
   */
  language: ReportLanguageCode.nullable().optional(),
  /** The same entry in the other report language, so each report prints its own; absent on older entries. */
  translation: FaqTranslation.optional(),
  topicId: Id.nullable(),
  questionIds: z.array(Id).max(10_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Faq = z.infer<typeof Faq>;

export const FaqCreateInput = z.object({
  ...createdBy,
  series: z.string().max(200).default(''),
  question: label(2000),
  answer: z.string().max(QUESTION_MAX_CHARS).default(''),
  language: ReportLanguageCode.nullable().default(null),
  translation: FaqTranslation.default({ question: '', answer: '' }),
  topicId: Id.nullable().default(null),
  questionIds: z.array(Id).max(10_000).default([]),
});
export type FaqCreateInput = z.input<typeof FaqCreateInput>;

export const FaqUpdateInput = z.object({
  id: Id,
  ...basedOn,
  question: label(2000).optional(),
  answer: z.string().max(QUESTION_MAX_CHARS).optional(),
  language: ReportLanguageCode.nullable().optional(),
  translation: FaqTranslation.optional(),
  topicId: Id.nullable().optional(),
  /** Replaces the grouped questions. */
  questionIds: z.array(Id).max(10_000).optional(),
});
export type FaqUpdateInput = z.input<typeof FaqUpdateInput>;
