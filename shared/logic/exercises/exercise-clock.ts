import type { Exercise, InjectRef, ModuleClock, ScenarioContent } from '../../model';
import { elapsedMs } from './clock';
import { injectKey, moduleInjects, scenarioMinutes, type InjectView } from './timeline';

/**
 * The one clock model of a tabletop exercise, used alike by the scenario editor, the facilitator
 * console and the projector.
 *
 * Two kinds of time, never mixed:
 * - **Scenario time** (an inject's `time`, `H:MM`): when the event happens in the story, counted
 *   from the incident (`50:00` is fifty hours after it). It orders the injects and is shown as
 *   `T+50:00`; it is never compared with the room's clock.
 * - **Exercise time**: minutes in the room. Each module has planned minutes and runs on the module
 *   clock (`ModuleClock`: restarts at each module, pauses with the exercise). The module's planned
 *   place on the exercise clock is the sum of the planned minutes before it; the exercise clock
 *   itself is the time really spent in earlier modules (`clock.priorMs`) plus the module clock.
 *
 * When an inject is due: a module's injects, in scenario-time order, are spread evenly over its
 * planned minutes: with `n` injects in `m` minutes the k-th (0-based) is due at
 * `(k + 1) · m / (n + 1)` minutes into the module (to the second), so the room has the narrative first and time to
 * discuss the last inject. An inject is due once the module clock reaches that minute.
 */

/** One inject's place on the clock: `dueMs` into its module, and on the planned exercise clock. */
export interface ScheduledInject {
  ref: InjectRef;
  /** Scenario (story) time as written, `50:00`. */
  scenarioTime: string;
  /** Milliseconds into the module when the inject is due. */
  dueMs: number;
  /** Milliseconds from the planned start of the exercise. */
  plannedAtMs: number;
}

export interface ScheduledModule {
  index: number;
  /** Planned start on the exercise clock, ms. */
  startMs: number;
  /** Planned length, ms. */
  plannedMs: number;
  /** By inject index (the scenario's order), not sorted. */
  injects: ScheduledInject[];
}

export interface ExerciseSchedule {
  modules: ScheduledModule[];
  /** Planned length of the whole exercise, ms. */
  totalMs: number;
}

const MINUTE = 60_000;

/** Scenario time in minutes, or +Infinity when it cannot be read (an editor mid-typing): such injects go last. */
function storyMinutes(time: string): number {
  return /^\d{1,3}:[0-5]\d$/.test(time) ? scenarioMinutes(time) : Number.POSITIVE_INFINITY;
}

/**
 * When each inject of a scenario is due (see the module docstring for the rule). Accepts a
 * scenario being edited: unreadable minutes count as 0 and unreadable times sort last.
 */
export function scheduleOf(scenario: Pick<ScenarioContent, 'modules'>): ExerciseSchedule {
  let startMs = 0;
  const modules = scenario.modules.map((m, index) => {
    const minutes = Number.isFinite(m.minutes) && m.minutes > 0 ? m.minutes : 0;
    const order = m.injects
      .map((inj, i) => ({ i, at: storyMinutes(inj.time) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map((x) => x.i);
    const n = order.length;
    const injects: ScheduledInject[] = new Array(n);
    order.forEach((i, k) => {
      const dueMs = Math.round(((k + 1) * minutes * 60) / (n + 1)) * 1000;
      injects[i] = { ref: { module: index, inject: i }, scenarioTime: m.injects[i].time, dueMs, plannedAtMs: startMs + dueMs };
    });
    const scheduled: ScheduledModule = { index, startMs, plannedMs: minutes * MINUTE, injects };
    startMs += minutes * MINUTE;
    return scheduled;
  });
  return { modules, totalMs: startMs };
}

/** Scenario time as shown everywhere: `T+50:00` (story time since the incident, hours:minutes). */
export function formatScenarioTime(time: string): string {
  return `T+${time}`;
}

/** Time spent in earlier modules, ms (0 for exercises recorded before it was kept). */
export const priorMs = (clock: ModuleClock): number => clock.priorMs ?? 0;

/** The module clock for the next module: stopped at zero (running from `now` when asked), carrying the time spent so far. */
export function nextModuleClock(clock: ModuleClock, now: Date, running: boolean): ModuleClock {
  return { runningSince: running ? now.toISOString() : null, accumulatedMs: 0, priorMs: priorMs(clock) + elapsedMs(clock, now) };
}

export type DueState = 'upcoming' | 'due';

/** The next pending inject of the current module, with when it is due and how far off that is. */
export interface NextDue {
  view: InjectView;
  dueMs: number;
  /** `dueMs − module elapsed`: positive while upcoming, zero or negative once due. */
  inMs: number;
  state: DueState;
}

/** Everything a screen shows about time at `now`. */
export interface ClockReading {
  moduleElapsedMs: number;
  modulePlannedMs: number;
  /** Real time spent in the exercise so far (earlier modules plus this one), ms. */
  exerciseElapsedMs: number;
  /** Planned length of the exercise, ms. */
  exercisePlannedMs: number;
  /** Where the current module starts on the planned exercise clock, ms. */
  modulePlannedStartMs: number;
  /** The next pending inject of the current module, or null. */
  next: NextDue | null;
  /** Pending injects of the current module already due, in scenario-time order (the next one first). */
  dueNow: InjectView[];
}

/**
 * Reads the clock of an exercise at `now`. Before the start nothing is due; after the end the clock
 * stands still (its stored clock is paused) and nothing is due.
 */
export function readClock(exercise: Pick<Exercise, 'scenario' | 'injectLog' | 'currentModule' | 'clock' | 'status'>, now: Date): ClockReading {
  const schedule = scheduleOf(exercise.scenario);
  const module = schedule.modules[exercise.currentModule];
  const moduleElapsedMs = exercise.status === 'planned' ? 0 : elapsedMs(exercise.clock, now);
  const live = exercise.status === 'running' || exercise.status === 'paused';
  const pending = moduleInjects(exercise, exercise.currentModule).filter((v) => v.state === 'pending');
  const dueOf = (v: InjectView) => module?.injects[v.ref.inject]?.dueMs ?? 0;
  const first = pending[0];
  const next: NextDue | null = first
    ? { view: first, dueMs: dueOf(first), inMs: dueOf(first) - moduleElapsedMs, state: live && dueOf(first) <= moduleElapsedMs ? 'due' : 'upcoming' }
    : null;
  return {
    moduleElapsedMs,
    modulePlannedMs: module?.plannedMs ?? 0,
    exerciseElapsedMs: exercise.status === 'planned' ? 0 : priorMs(exercise.clock) + moduleElapsedMs,
    exercisePlannedMs: schedule.totalMs,
    modulePlannedStartMs: module?.startMs ?? 0,
    next,
    dueNow: live ? pending.filter((v) => dueOf(v) <= moduleElapsedMs) : [],
  };
}

/** A stable key for "this inject became due", so an alert is announced once per inject. */
export const dueKey = (ref: InjectRef): string => injectKey(ref);
