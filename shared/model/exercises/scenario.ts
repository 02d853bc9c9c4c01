import { z } from 'zod';
import { Id, Timestamp } from '../ids';
import { BiText } from './text';

/** Scenario time as an offset from the start, hours:minutes: `00:15`, `1:30`, `72:00`. */
export const SCENARIO_TIME = /^\d{1,3}:[0-5]\d$/;
export const ScenarioTime = z.string().regex(SCENARIO_TIME, 'expected a time like 00:15');

/** A short identifier authors use to refer to a role or capability: `street-outreach`. */
export const ScenarioSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and dashes, like street-outreach')
  .max(60, 'must be at most 60 characters');

export const INJECT_AUDIENCES = ['room', 'facilitator'] as const;

export const Capability = z.object({ id: ScenarioSlug, name: BiText(200) }).strict();
export const Objective = z.object({ text: BiText(2000), capabilities: z.array(ScenarioSlug).min(1, 'name at least one capability') }).strict();
export const ParticipantRole = z.object({ id: ScenarioSlug, name: BiText(200), description: BiText(2000).optional() }).strict();

export const Inject = z
  .object({
    time: ScenarioTime,
    title: BiText(300),
    text: BiText(),
    /** `room`: shown on the projector when released; `facilitator`: only the facilitator sees it. */
    audience: z.enum(INJECT_AUDIENCES).default('room'),
    expectedActions: z.array(BiText(2000)).max(50).default([]),
    roles: z.array(ScenarioSlug).max(50).default([]),
    capability: ScenarioSlug.optional(),
    /** Who on the control team delivers it (HSEEP MSEL "Responsible Controller"): the facilitator sees it, the room never does. */
    controller: z.string().trim().max(200).optional(),
  })
  .strict();

export const QuestionGroup = z.object({ discipline: BiText(200), questions: z.array(BiText(2000)).min(1, 'add at least one question').max(50) }).strict();

export const ScenarioModule = z
  .object({
    title: BiText(300),
    minutes: z.number().int('must be whole minutes').min(1, 'must be at least 1 minute').max(600, 'must be at most 600 minutes'),
    narrative: BiText().optional(),
    injects: z.array(Inject).max(100).default([]),
    questionGroups: z.array(QuestionGroup).max(30).default([]),
  })
  .strict();

export const ScenarioResource = z.object({ name: BiText(300), note: BiText(2000).optional() }).strict();

export const ScenarioOverview = z
  .object({
    title: BiText(200),
    summary: BiText(4000).optional(),
    scope: BiText(4000).optional(),
    threat: BiText(2000).optional(),
    communityArea: BiText(200).optional(),
    /** Read to the room before the first module: what the case touches, and that stepping out is fine. */
    contentNote: BiText(4000).optional(),
  })
  .strict();

/**
 * A tabletop scenario (HSEEP situation manual + MSEL) as a YAML file holds it. Roles and
 * capabilities are declared once and referred to by id, so every reference is checked. Only what
 * the console cannot run without is required (a title, modules with titles and minutes); what a
 * complete case still lacks is listed by `scenarioGaps` (shared/logic) for the editor to show.
 */
export const ScenarioContent = z
  .object({
    overview: ScenarioOverview,
    capabilities: z.array(Capability).max(40).default([]),
    objectives: z.array(Objective).max(30).default([]),
    roles: z.array(ParticipantRole).max(60).default([]),
    modules: z.array(ScenarioModule).min(1, 'add at least one module').max(12),
    resources: z.array(ScenarioResource).max(100).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const capabilities = new Set(s.capabilities.map((c) => c.id));
    const roles = new Set(s.roles.map((r) => r.id));
    const dup = (ids: string[], path: string) =>
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `the id ${id} is used twice` });
      });
    dup(s.capabilities.map((c) => c.id), 'capabilities');
    dup(s.roles.map((r) => r.id), 'roles');
    s.objectives.forEach((o, i) =>
      o.capabilities.forEach((c, j) => {
        if (!capabilities.has(c)) ctx.addIssue({ code: 'custom', path: ['objectives', i, 'capabilities', j], message: `unknown capability ${c}; declare it under capabilities` });
      }),
    );
    s.modules.forEach((m, i) =>
      m.injects.forEach((inj, j) => {
        if (inj.capability && !capabilities.has(inj.capability))
          ctx.addIssue({ code: 'custom', path: ['modules', i, 'injects', j, 'capability'], message: `unknown capability ${inj.capability}; declare it under capabilities` });
        inj.roles.forEach((r, k) => {
          if (!roles.has(r)) ctx.addIssue({ code: 'custom', path: ['modules', i, 'injects', j, 'roles', k], message: `unknown role ${r}; declare it under roles` });
        });
      }),
    );
  });
export type ScenarioContent = z.output<typeof ScenarioContent>;
export type ScenarioContentInput = z.input<typeof ScenarioContent>;
export type ScenarioModule = z.output<typeof ScenarioModule>;
export type Inject = z.output<typeof Inject>;

/** A scenario kept in the workspace: one the user imported, duplicated or wrote. Shipped ones are not stored. */
export const StoredScenario = z.object({
  id: Id,
  content: ScenarioContent,
  /** The shipped scenario it was duplicated from, if any. */
  basedOn: z.string().max(100).nullable(),
  /** Goes up by one at every save; an exercise records the version it ran. */
  version: z.number().int().min(1),
  /** The client's id for the create that made it (see ../versioned.ts). */
  clientId: z.string().max(100).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type StoredScenario = z.infer<typeof StoredScenario>;

/** What the library lists: shipped and stored scenarios alike. */
export const Scenario = StoredScenario.extend({ builtIn: z.boolean(), usedBy: z.number().int().min(0) });
export type Scenario = z.infer<typeof Scenario>;
