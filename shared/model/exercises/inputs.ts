import { z } from 'zod';
import { basedOn, basedOnOptional, createdBy } from '../versioned';
import { Id } from '../ids';
import { label } from '../text';
import { CAPABILITY_ELEMENTS, ENTRY_TYPES, Exercise, ImprovementItem, IMPROVEMENT_STATUSES, InjectRef, ModuleClock, RATINGS } from './exercise';
import { ScenarioContent } from './scenario';
import { MAX_TEXT } from './text';
import { fileBytes, FileReading, SCENARIO_IMPORT_MAX_BYTES } from '../file-upload';
import { MessageParams } from '../message';
import { MselMapping } from './msel-mapping';


export const ScenarioImportInput = z.object({
  format: z.enum(['yaml', 'csv']),
  /** The file's bytes (base64): decoded by the services, whatever its encoding. */
  base64: fileBytes(SCENARIO_IMPORT_MAX_BYTES),
  /** MSEL only: which column fills which inject field; guessed from the headers when absent. */
  mapping: MselMapping.optional(),
  /** The file's name: the title of a scenario made from an MSEL spreadsheet. */
  fileName: z.string().max(300).default(''),
  /** Check only: nothing is written. */
  dryRun: z.boolean().default(false),
});
export type ScenarioImportInput = z.input<typeof ScenarioImportInput>;

/** A problem in an imported file: where (line, column), what, and its message key for the UI's language. */
/**
 * One problem in an imported file. `location` is a readable fallback (English, for logs);
 * `line` (1-based) and `column` (1-based character, or the spreadsheet column's name) say where,
 * so the UI names the place in its own language.
 */
export const FileIssue = z.object({ location: z.string(), message: z.string(), key: z.string().optional(), params: MessageParams.optional(), line: z.number().int().positive().optional(), column: z.union([z.number().int().positive(), z.string()]).optional() });
export type FileIssue = z.infer<typeof FileIssue>;

export const ScenarioImportResult = z.object({
  applied: z.boolean(),
  scenarioId: Id.nullable(),
  title: z.string(),
  modules: z.number().int(),
  injects: z.number().int(),
  issues: z.array(FileIssue),
  /** How the file was read (encoding, delimiter). */
  reading: FileReading.nullable(),
  /** MSEL only: the file's column headers and the mapping used, for the column-mapping step. */
  headers: z.array(z.string()),
  mapping: MselMapping.nullable(),
});
export type ScenarioImportResult = z.infer<typeof ScenarioImportResult>;

const optionalText = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC').trim());

export const ParticipantInput = z.object({
  id: Id.optional(),
  organization: label(200),
  role: optionalText(200).default(''),
  name: optionalText(200).default(''),
});

export const ExerciseSetupFields = z.object({
  title: label(200).optional(),
  date: z.iso.date('expected a date like 2025-06-14'),
  place: optionalText(300).default(''),
  areaId: Id.nullable().default(null),
  facilitator: optionalText(200).default(''),
  participants: z.array(ParticipantInput).max(500).default([]),
});

export const ExerciseCreateInput = ExerciseSetupFields.extend({ scenarioId: z.string().min(1).max(100), ...createdBy });
export type ExerciseCreateInput = z.input<typeof ExerciseCreateInput>;

export const ExerciseUpdateInput = ExerciseSetupFields.partial().extend({ id: Id, ...basedOn });
export type ExerciseUpdateInput = z.input<typeof ExerciseUpdateInput>;

export const ExerciseControlInput = z.object({
  id: Id,
  action: z.enum(['start', 'pause', 'resume', 'next', 'previous', 'end', 'reopen', 'showQuestions', 'hideQuestions']),
  /** The exercise version the facilitator saw; checked when given, so two consoles never both advance. */
  ...basedOnOptional,
});

export const InjectActionInput = InjectRef.extend({ id: Id, action: z.enum(['release', 'skip', 'undo']), ...basedOnOptional });

export const CaptureInput = z.object({
  id: Id,
  /** Made by the client, so a retried save never stores an entry twice. */
  entryId: z.string().uuid(),
  type: z.enum(ENTRY_TYPES),
  text: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'type something to capture').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)),
  /** A capability id from the scenario, only when the note-taker chose one: nothing is filed under a capability nobody picked. */
  capability: z.string().max(60).nullable().default(null),
});
export type CaptureInput = z.input<typeof CaptureInput>;

export const EntryUpdateInput = z.object({
  id: Id,
  entryId: Id,
  /** The entry's version the correction was based on. */
  ...basedOn,
  type: z.enum(ENTRY_TYPES).optional(),
  text: z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1).max(MAX_TEXT)).optional(),
  capability: z.string().max(60).nullable().optional(),
});

export const EntryDeleteInput = z.object({ id: Id, entryId: Id, ...basedOnOptional });

export const RateInput = z.object({
  id: Id,
  capability: z.string().min(1).max(60),
  /** null clears the rating. */
  rating: z.enum(RATINGS).nullable(),
  observation: optionalText(MAX_TEXT).default(''),
  ...basedOnOptional,
});

/** The editable fields of an improvement-plan row, without defaults (an update changes only what it names). */
const improvementField = {
  capability: z.string().max(60).nullable(),
  issue: optionalText(MAX_TEXT),
  correctiveAction: z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1, 'say what will be done').max(MAX_TEXT)),
  element: z.enum(CAPABILITY_ELEMENTS),
  organization: optionalText(200),
  pointOfContact: optionalText(200),
  startDate: z.iso.date('expected a date like 2025-06-14').nullable(),
  completionDate: z.iso.date('expected a date like 2025-06-14').nullable(),
  status: z.enum(IMPROVEMENT_STATUSES),
};
export const ImprovementFields = z.object({
  ...improvementField,
  capability: improvementField.capability.default(null),
  issue: improvementField.issue.default(''),
  element: improvementField.element.default('planning'),
  organization: improvementField.organization.default(''),
  pointOfContact: improvementField.pointOfContact.default(''),
  startDate: improvementField.startDate.default(null),
  completionDate: improvementField.completionDate.default(null),
  status: improvementField.status.default('open'),
});

export const ImprovementCreateInput = ImprovementFields.extend({ exerciseId: Id, sourceEntryId: Id.nullable().default(null), ...createdBy });
export const ImprovementUpdateInput = z.object(improvementField).partial().extend({ id: Id, ...basedOn });
export const ImprovementListInput = z.object({
  /** Rows of this exercise plus the open rows of earlier exercises in its community area. */
  exerciseId: Id.optional(),
});
export const ImprovementListResult = z.object({
  own: z.array(ImprovementItem),
  /** Open rows of earlier exercises in the same area, with the exercise they came from. */
  carriedOver: z.array(ImprovementItem.extend({ exerciseTitle: z.string(), exerciseDate: z.string() })),
});

const PlainBiText = z.object({ en: z.string(), es: z.string().optional() });

/** What the projector shows: released room content only, never facilitator-only text. */
export const Presentation = z.object({
  exerciseId: Id,
  title: z.string(),
  status: Exercise.shape.status,
  moduleNumber: z.number().int(),
  moduleCount: z.number().int(),
  module: z.object({ title: PlainBiText, narrative: PlainBiText.optional() }).nullable(),
  injects: z.array(z.object({ key: z.string(), time: z.string(), title: PlainBiText, text: PlainBiText })),
  questions: z.array(z.object({ discipline: PlainBiText, questions: z.array(PlainBiText) })),
  /** The module clock and the current module's planned minutes, so the room sees the same time as the console. */
  clock: ModuleClock,
  moduleMinutes: z.number().int().min(0),
});
export type Presentation = z.infer<typeof Presentation>;
