import { z } from 'zod';
import { basedOn, createdBy, versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { QuestionPrivacy } from './privacy';
import { DateOnly } from './townhall';

/** A report language: the answers and FAQ entries are kept per language for the English and Spanish reports. */
export const ReportLanguageCode = z.enum(['en', 'es']);

/** The longest question the app stores: a 20,000-character slip is kept whole. */
export const QUESTION_MAX_CHARS = 20_000;

export const QUESTION_STATUSES = ['new', 'answered-live', 'answered-writing', 'needs-follow-up', 'merged'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** `phone`: typed by a resident on the room's page (GET /r/<code>). */
export const QUESTION_SOURCES = ['live', 'slip', 'import', 'phone'] as const;

/**
 * Where a question may be seen outside the staff's own screens (projector, residents' page):
 * `pending` until a moderator shows it (a resident's question arrives pending), `shown`, or
 * `hidden` by a moderator. Questions captured by staff and note-takers start `shown`.
 */
export const QUESTION_VISIBILITIES = ['pending', 'shown', 'hidden'] as const;
export type QuestionVisibility = (typeof QUESTION_VISIBILITIES)[number];

/** An id made on the device that created a record, so a retried create is stored once (1-100 characters). */
export const ClientId = z.string().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, 'must be letters, digits, _ . : or -');

export const FollowUp = z.object({
  /** The department that owns the follow-up. */
  owner: z.string().min(1).max(200),
  due: DateOnly.nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * A question or concern as said at a town hall. `meToo` counts the extra people who raised the
 * same thing; a merged question keeps its text and counts and points at the question it joined.
 */
export const Question = z.object({
  ...versionedFields,
  id: Id,
  townhallId: Id,
  /** 1, 2, 3… in capture order within its town hall: what the note-taker and the appendix cite. */
  number: z.number().int().min(1),
  text: z.string().min(1).max(QUESTION_MAX_CHARS),
  translation: z.string().max(QUESTION_MAX_CHARS),
  /**
   * The language of `translation` as typed or chosen ("es", "en"); absent or null when not
   * recorded (reports then guess it, or take the other report language). Optional: older records
   * have none, and none is the right value for them.
   */
  translationLanguage: z.string().max(60).nullable().optional(),
  /** Anonymous (null) unless the note-taker typed a name. */
  askedBy: z.string().max(200).nullable(),
  topicId: Id.nullable(),
  areaId: Id.nullable(),
  department: z.string().max(200).nullable(),
  language: z.string().max(60).nullable(),
  source: z.enum(QUESTION_SOURCES),
  meToo: z.number().int().min(0).max(1_000_000),
  status: z.enum(QUESTION_STATUSES),
  /** The status it had before it was merged, restored by unmerge. */
  statusBeforeMerge: z.enum(QUESTION_STATUSES).nullable(),
  mergedInto: Id.nullable(),
  answer: z.string().max(QUESTION_MAX_CHARS),
  /** The report language `answer` is written in; absent or null when not recorded (guessed from its words). */
  answerLanguage: ReportLanguageCode.nullable().optional(),
  /** The answer in the other report language (English ↔ Spanish), written by staff; absent or '' when none. */
  answerTranslation: z.string().max(QUESTION_MAX_CHARS).optional(),
  answeredBy: z.string().max(200),
  followUp: FollowUp.nullable(),
  visibility: z.enum(QUESTION_VISIBILITIES),
  /** The id the creating device gave it (idempotent create), or null for older records and imports. */
  clientId: ClientId.nullable(),
  /** The resident device (anonymous cookie id) that sent it from the room's page; null otherwise. Never public. */
  deviceId: z.string().max(100).nullable(),
  /** The reviewer's privacy decisions for public outputs (schema version 3). */
  privacy: QuestionPrivacy,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Question = z.infer<typeof Question>;

/** Question text as typed: NFC, trimmed; never empty or blank. Any script and emoji are kept. */
export const questionText = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'must not be empty').max(QUESTION_MAX_CHARS, `must be at most ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters`));

const optionalName = z
  .string()
  .max(200)
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .transform((s) => (s === '' ? null : s))
  .nullable();

export const QuestionCreateInput = z.object({
  ...createdBy,
  townhallId: Id,
  text: questionText,
  translation: z.string().max(QUESTION_MAX_CHARS).default(''),
  askedBy: optionalName.default(null),
  topicId: Id.nullable().default(null),
  areaId: Id.nullable().default(null),
  department: optionalName.default(null),
  language: z.string().max(60).nullable().default(null),
  source: z.enum(QUESTION_SOURCES).exclude(['phone']).default('live'),
  /**
   * Made on the device (e.g. a UUID): a create repeated with the same clientId in the same town
   * hall answers the question stored the first time instead of storing it twice.
   */
  clientId: ClientId.optional(),
});
export type QuestionCreateInput = z.input<typeof QuestionCreateInput>;

export const QuestionUpdateInput = z.object({
  id: Id,
  ...basedOn,
  text: questionText.optional(),
  translation: z.string().max(QUESTION_MAX_CHARS).optional(),
  translationLanguage: z.string().max(60).nullable().optional(),
  askedBy: optionalName.optional(),
  topicId: Id.nullable().optional(),
  areaId: Id.nullable().optional(),
  department: optionalName.optional(),
  language: z.string().max(60).nullable().optional(),
  status: z.enum(QUESTION_STATUSES).exclude(['merged']).optional(),
  /** Moderators only: whether the projector and the residents' page show it. */
  visibility: z.enum(QUESTION_VISIBILITIES).optional(),
  answer: z.string().max(QUESTION_MAX_CHARS).optional(),
  answerLanguage: ReportLanguageCode.nullable().optional(),
  answerTranslation: z.string().max(QUESTION_MAX_CHARS).optional(),
  answeredBy: z.string().max(200).optional(),
  followUp: z
    .object({ owner: z.string().max(200).transform((s) => s.trim()).pipe(z.string().min(1, 'needs a department')), due: DateOnly.nullable() })
    .nullable()
    .optional(),
});
export type QuestionUpdateInput = z.input<typeof QuestionUpdateInput>;
