import type { Exercise, Inject, InjectEvent, InjectRef, Participant, Presentation, ScenarioContent } from '../../model';

export type InjectState = 'pending' | 'released' | 'skipped';

export const injectKey = (ref: InjectRef) => `${ref.module}.${ref.inject}`;

/** Scenario time `01:30` → minutes (90). */
export function scenarioMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** The latest event for each inject decides its state; an `undo` is recorded by removing events. */
export function injectStates(log: readonly InjectEvent[]): Map<string, InjectEvent> {
  const states = new Map<string, InjectEvent>();
  for (const e of log) states.set(injectKey(e), e);
  return states;
}

export interface InjectView {
  ref: InjectRef;
  inject: Inject;
  state: InjectState;
  event: InjectEvent | null;
}

/** A module's injects in scenario-time order, each with its state. */
export function moduleInjects(exercise: Pick<Exercise, 'scenario' | 'injectLog'>, module: number): InjectView[] {
  const states = injectStates(exercise.injectLog);
  const injects = exercise.scenario.modules[module]?.injects ?? [];
  return injects
    .map((inject, i) => {
      const ref = { module, inject: i };
      const event = states.get(injectKey(ref)) ?? null;
      return { ref, inject, event, state: (event?.action ?? 'pending') as InjectState };
    })
    .sort((a, b) => scenarioMinutes(a.inject.time) - scenarioMinutes(b.inject.time) || a.ref.inject - b.ref.inject);
}

/** The next inject due in the current module, in scenario-time order. */
export function nextInject(exercise: Pick<Exercise, 'scenario' | 'injectLog' | 'currentModule'>): InjectView | null {
  return moduleInjects(exercise, exercise.currentModule).find((v) => v.state === 'pending') ?? null;
}

/** Off-timeline: an inject of another module, or one released ahead of an earlier inject still pending. */
export function isOffTimeline(exercise: Pick<Exercise, 'scenario' | 'injectLog' | 'currentModule'>, ref: InjectRef): boolean {
  if (ref.module !== exercise.currentModule) return true;
  const next = nextInject(exercise);
  return !!next && next.ref.inject !== ref.inject;
}

/** Roles the scenario needs (declared, or named by an inject) that no participant holds. */
export function missingRoles(scenario: ScenarioContent, participants: readonly Pick<Participant, 'role'>[]): string[] {
  const held = new Set(participants.map((p) => p.role));
  const needed = new Set<string>(scenario.roles.map((r) => r.id));
  for (const m of scenario.modules) for (const inj of m.injects) for (const r of inj.roles) needed.add(r);
  return [...needed].filter((r) => !held.has(r));
}

/** The inject the room is discussing now: the latest released in the current module. */
export function currentInject(exercise: Pick<Exercise, 'injectLog' | 'currentModule'>): InjectRef | null {
  for (let i = exercise.injectLog.length - 1; i >= 0; i--) {
    const e = exercise.injectLog[i];
    if (e.action === 'released' && e.module === exercise.currentModule) return { module: e.module, inject: e.inject };
  }
  return null;
}

/**
 * What the projector may show: the current module's title and narrative once the exercise has
 * started, room injects released in that module, and its questions when the facilitator shows
 * them. Facilitator-only injects, expected actions and notes never leave the console.
 */
export function presentationOf(exercise: Exercise): Presentation {
  const started = exercise.status !== 'planned';
  const module = started ? exercise.scenario.modules[exercise.currentModule] : undefined;
  const shown = started
    ? [...injectStates(exercise.injectLog).values()]
        .filter((e) => e.action === 'released' && e.atModule === exercise.currentModule)
        .map((e) => ({ e, inject: exercise.scenario.modules[e.module]?.injects[e.inject] }))
        .filter((x): x is { e: InjectEvent; inject: Inject } => !!x.inject && x.inject.audience === 'room')
        .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at))
    : [];
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    status: exercise.status,
    moduleNumber: exercise.currentModule + 1,
    moduleCount: exercise.scenario.modules.length,
    module: module ? { title: module.title, narrative: module.narrative } : null,
    injects: shown.map((x) => ({ key: injectKey(x.e), time: x.inject.time, title: x.inject.title, text: x.inject.text })),
    questions: module && exercise.questionsOnScreen ? module.questionGroups.map((g) => ({ discipline: g.discipline, questions: g.questions })) : [],
    clock: exercise.clock,
    moduleMinutes: module?.minutes ?? 0,
  };
}
