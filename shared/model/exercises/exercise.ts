import { z } from 'zod';
import { versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { label } from '../text';
import { ScenarioContent } from './scenario';
import { MAX_TEXT } from './text';

export const ENTRY_TYPES = ['note', 'decision', 'need', 'resource', 'strength', 'improvement', 'action'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** HSEEP ratings: Performed without challenges, with Some challenges, with Major challenges, Unable to be performed. */
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export type Rating = (typeof RATINGS)[number];

export const EXERCISE_STATUSES = ['planned', 'running', 'paused', 'ended'] as const;

export const Participant = z.object({
  id: Id,
  organization: label(200),
  /** A role id from the scenario, or free text when the scenario names none that fits. */
  role: z.string().max(200),
  /** Optional: many rooms prefer not to record names. Shown in the AAR only when the user asks. */
  name: z.string().max(200).default(''),
});
export type Participant = z.infer<typeof Participant>;

/**
 * The module clock, kept as timestamps so it survives a restart: elapsed time is
 * `accumulatedMs + (now - runningSince)` while running, and `accumulatedMs` while paused.
 */
export const ModuleClock = z.object({
  runningSince: Timestamp.nullable(),
  accumulatedMs: z.number().min(0),
  /** Time spent in earlier modules (ms), so the exercise clock runs on across modules; absent in older files (read as 0). */
  priorMs: z.number().min(0).optional(),
});
export type ModuleClock = z.infer<typeof ModuleClock>;

/** An inject is named by its place in the exercise's own copy of the scenario, which never changes. */
export const InjectRef = z.object({ module: z.number().int().min(0), inject: z.number().int().min(0) });
export type InjectRef = z.infer<typeof InjectRef>;

export const InjectEvent = InjectRef.extend({
  action: z.enum(['released', 'skipped']),
  /** Released while another module was current, or ahead of an earlier inject still waiting. */
  offTimeline: z.boolean(),
  /** The module that was current when it happened: an off-timeline inject shows on screen with that module. */
  atModule: z.number().int().min(0),
  at: Timestamp,
});
export type InjectEvent = z.infer<typeof InjectEvent>;

export const Entry = z.object({
  ...versionedFields,
  id: Id,
  type: z.enum(ENTRY_TYPES),
  text: z.string().min(1).max(MAX_TEXT),
  module: z.number().int().min(0),
  inject: InjectRef.nullable(),
  /** A capability id from the scenario; strengths and areas for improvement are reviewed per capability. */
  capability: z.string().max(60).nullable(),
  at: Timestamp,
  /** Module clock when typed, so the report can say "12 minutes into module 2". */
  moduleElapsedMs: z.number().min(0),
  /** For needs: the `needs` record this entry created. */
  needId: Id.nullable(),
  /** For action items: the improvement-plan row made from it. */
  improvementItemId: Id.nullable(),
});
export type Entry = z.infer<typeof Entry>;

export const CapabilityRating = z.object({
  capability: z.string().max(60),
  rating: z.enum(RATINGS),
  observation: z.string().max(MAX_TEXT).default(''),
});
export type CapabilityRating = z.infer<typeof CapabilityRating>;

export const Exercise = z.object({
  ...versionedFields,
  id: Id,
  title: z.string().min(1).max(200),
  scenarioId: z.string().max(100),
  scenarioVersion: z.number().int().min(1),
  /** The exercise's own copy of the scenario: editing or deleting the scenario later never changes what ran. */
  scenario: ScenarioContent,
  date: z.iso.date(),
  place: z.string().max(300),
  areaId: Id.nullable(),
  facilitator: z.string().max(200),
  participants: z.array(Participant).max(500),
  status: z.enum(EXERCISE_STATUSES),
  currentModule: z.number().int().min(0),
  /** The facilitator chose to show the current module's discussion questions on the projector. */
  questionsOnScreen: z.boolean(),
  clock: ModuleClock,
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  injectLog: z.array(InjectEvent).max(5000),
  entries: z.array(Entry).max(20000),
  ratings: z.array(CapabilityRating).max(100),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Exercise = z.infer<typeof Exercise>;

export const CAPABILITY_ELEMENTS = ['planning', 'organization', 'equipment', 'training', 'exercise', 'funding', 'policy', 'community-trust'] as const;
export const IMPROVEMENT_STATUSES = ['open', 'in-progress', 'complete', 'cancelled'] as const;

/** A row of the improvement plan. Lives outside the exercise so it stays open across exercises. */
export const ImprovementItem = z.object({
  ...versionedFields,
  id: Id,
  exerciseId: Id,
  areaId: Id.nullable(),
  capability: z.string().max(60).nullable(),
  /** The capability's name when the row was made, for reports after the exercise is gone. */
  capabilityName: z.string().max(200),
  issue: z.string().max(MAX_TEXT),
  correctiveAction: z.string().min(1).max(MAX_TEXT),
  element: z.enum(CAPABILITY_ELEMENTS),
  organization: z.string().max(200),
  pointOfContact: z.string().max(200),
  startDate: z.iso.date().nullable(),
  completionDate: z.iso.date().nullable(),
  status: z.enum(IMPROVEMENT_STATUSES),
  sourceEntryId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ImprovementItem = z.infer<typeof ImprovementItem>;
