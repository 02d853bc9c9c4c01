import { z } from 'zod';
import {
  Category,
  DuplicateDismissal,
  DuplicateDismissInput,
  DuplicateSuggestAgainInput,
  Faq,
  FaqCreateInput,
  FaqUpdateInput,
  Id,
  Need,
  NEED_SEVERITIES,
  PERSONAL_DETAIL_KINDS,
  Question,
  QuestionCreateInput,
  QuestionPrivacyInput,
  QuestionUpdateInput,
  Topic,
  TopicCreateInput,
  TopicDeleteInput,
  TopicUpdateInput,
  TownHall,
  TownHallCreateInput,
  TownHallUpdateInput,
  Version,
  basedOnOptional,
} from '../../model';
import { label } from '../../model/text';
import { fileBytes, FileReading, MessageParams, QUESTIONS_IMPORT_MAX_BYTES } from '../../model';
import { method } from './define';
import { CSV_FIELDS, type CsvField } from '../../logic/townhall/questions-csv';
import { undoToken } from '../undo';

const NoInput = z.object({}).strict();
const Deleted = z.object({ deleted: z.literal(true), id: Id, ...undoToken });

export const TownHallListItem = TownHall.extend({
  questionCount: z.number().int(),
  raised: z.number().int(),
});
export type TownHallListItem = z.infer<typeof TownHallListItem>;

/** Paper-slip import: the CSV text and which column fills which field. */
export const QuestionsImportInput = z.object({
  townhallId: Id,
  /** The file's name, for messages. */
  fileName: z.string().max(300).default('slips.csv'),
  /** The CSV file's bytes (base64): decoded by the services, whatever its encoding. */
  base64: fileBytes(QUESTIONS_IMPORT_MAX_BYTES),
  /** Field → the header of its column; the fields are `CSV_FIELDS` (shared/logic/townhall/questions-csv). */
  mapping: z.object(Object.fromEntries(CSV_FIELDS.map((f) => [f, z.string().max(200).optional()])) as Record<CsvField, z.ZodOptional<z.ZodString>>),
  dryRun: z.boolean().default(false),
});
export type QuestionsImportInput = z.input<typeof QuestionsImportInput>;

export const QuestionsImportResult = z.object({
  applied: z.boolean(),
  headers: z.array(z.string()),
  /** The first rows as they will be saved (preview). */
  preview: z.array(z.object({ line: z.number().int(), text: z.string(), topicId: Id.nullable(), areaId: Id.nullable(), department: z.string().nullable(), meToo: z.number().int() })),
  count: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string(), key: z.string().optional(), params: MessageParams.optional() })),
  /** How the file was read (encoding, delimiter). */
  reading: FileReading,
});
export type QuestionsImportResult = z.infer<typeof QuestionsImportResult>;

const DetailOut = z.object({ kind: z.enum(PERSONAL_DETAIL_KINDS), start: z.number().int(), end: z.number().int(), text: z.string(), source: z.enum(['detected', 'known', 'hand']) });

/**
 * One question in the privacy review before a public export: its resident text and translation
 * with every detail the redaction layer will hide (and the ones the reviewer released), in place.
 */
export const PrivacyReviewItem = z.object({
  questionId: Id,
  townhallId: Id,
  number: z.number().int(),
  reviewedAt: z.string().nullable(),
  /** The decisions stored with the question, to send back changed through `questions.setPrivacy`. */
  hide: z.array(z.object({ kind: z.enum(PERSONAL_DETAIL_KINDS), text: z.string() })),
  release: z.array(z.object({ kind: z.enum(PERSONAL_DETAIL_KINDS), text: z.string() })),
  fields: z.array(z.object({ field: z.enum(['text', 'translation']), text: z.string(), details: z.array(DetailOut), released: z.array(DetailOut) })),
});
export type PrivacyReviewItem = z.infer<typeof PrivacyReviewItem>;

export const townhallsMethods = {
  'townhalls.list': method(NoInput, z.array(TownHallListItem), 'Every town hall, newest first, with how many questions and raised hands it has.'),
  'townhalls.get': method(z.object({ id: Id }), TownHall, 'One town hall.'),
  'townhalls.create': method(TownHallCreateInput, TownHall, 'Adds a town hall: title, date, place, areas, languages, departments, attendance, note-takers, series.'),
  'townhalls.update': method(TownHallUpdateInput, TownHall, 'Changes the details of a town hall.'),
  'townhalls.delete': method(
    z.object({ id: Id, withQuestions: z.boolean().default(false), ...basedOnOptional }),
    Deleted,
    'Deletes a town hall; one with questions only when withQuestions is true (its questions go with it).',
  ),
  'townhalls.listCategories': method(NoInput, z.array(Category), 'The need categories a question can be recorded under when it becomes a need.'),
  'townhalls.listTopics': method(NoInput, z.array(Topic), 'The question topics, in their order.'),
  'townhalls.createTopic': method(TopicCreateInput, Topic, 'Adds a topic named in English and Spanish.'),
  'townhalls.updateTopic': method(TopicUpdateInput, Topic, 'Renames a topic or changes the need category it suggests.'),
  'townhalls.deleteTopic': method(TopicDeleteInput, Deleted, 'Deletes a topic; one in use only when its questions and FAQs are moved to another topic (or to none).'),

  'questions.list': method(z.object({ townhallIds: z.array(Id).min(1).max(200) }), z.array(Question), 'Every question of the given town halls, merged ones included, in capture order.'),
  'questions.create': method(QuestionCreateInput, Question, 'Captures one question; answered once it is on disk.'),
  'questions.update': method(QuestionUpdateInput, Question, 'Edits a question: text, topic, area, department, language, status, answer, follow-up.'),
  'questions.delete': method(z.object({ id: Id, ...basedOnOptional }), Deleted, 'Deletes a question (undo of a capture); questions merged into it are restored.'),
  'questions.meToo': method(
    z.object({ id: Id, by: z.number().int().min(-1000).max(1000).default(1) }),
    Question,
    'Adds (or with a negative number removes) "me too" raises to a question. Additive, so never version-checked: it commutes with any edit.',
  ),
  'questions.merge': method(
    z.object({
      targetId: Id,
      sourceIds: z.array(Id).min(1).max(1000),
      /** The versions the merge was based on, by question id; each one given is checked. */
      versions: z.record(z.string(), Version).optional(),
    }),
    z.object({ target: Question, merged: z.array(Question), ...undoToken }),
    'Merges duplicates into one question (resolved to the root of a chain); the originals are kept and their counts add up.',
  ),
  'questions.unmerge': method(z.object({ id: Id, ...basedOnOptional }), Question, 'Takes a merged question back out, with its own status and count.'),
  'questions.import': method(QuestionsImportInput, QuestionsImportResult, 'Imports paper-slip transcriptions from CSV, all or nothing; dryRun checks and previews.'),
  'questions.promote': method(
    z.object({ id: Id, categoryId: Id.nullable(), severity: z.enum(NEED_SEVERITIES).default('medium'), title: label(500).optional() }),
    Need,
    'Records a question as a need (with the question as evidence) so the gap map counts it.',
  ),
  'questions.privacyReview': method(
    z.object({ townhallIds: z.array(Id).min(1).max(200) }),
    z.array(PrivacyReviewItem),
    'Every question of the town halls with a personal detail to hide (or one released by a reviewer), the details in context, as the public redaction layer sees them.',
  ),
  'questions.setPrivacy': method(
    QuestionPrivacyInput,
    Question,
    'Stores the reviewer’s privacy decisions for a question: phrases to hide and detected details to release; marks it reviewed now.',
  ),
  'questions.listDismissals': method(
    z.object({ townhallIds: z.array(Id).min(1).max(200) }),
    z.array(DuplicateDismissal),
    'Every "Not a duplicate" decision on pairs of questions of the given town halls: pairs the duplicate suggestions no longer offer.',
  ),
  'questions.dismissDuplicate': method(
    DuplicateDismissInput,
    DuplicateDismissal.extend(undoToken),
    'Records that two questions of a town hall are not duplicates, so no moderator is offered the pair again; a pair already dismissed answers its decision. Undoable.',
  ),
  'questions.suggestDuplicateAgain': method(
    DuplicateSuggestAgainInput,
    Deleted,
    'Takes a "Not a duplicate" decision back, so the pair may be suggested again (its version checked when given).',
  ),
  'questions.listFaqs': method(NoInput, z.array(Faq), 'Every FAQ entry, of every series.'),
  'questions.createFaq': method(FaqCreateInput, Faq, 'Adds a common question with its canonical wording and answer, grouping asked questions.'),
  'questions.updateFaq': method(FaqUpdateInput, Faq, 'Edits an FAQ entry or the questions it groups.'),
  'questions.deleteFaq': method(z.object({ id: Id, ...basedOnOptional }), Deleted, 'Deletes an FAQ entry; the questions stay.'),
};
