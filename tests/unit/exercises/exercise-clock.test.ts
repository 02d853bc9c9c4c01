import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatScenarioTime, nextInject, nextModuleClock, pauseClock, readClock, runClock, scheduleOf, stoppedClock } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';
import { exerciseWithEntries, shippedScenario } from '../../support/exercise-fixture';

const MIN = 60_000;
const T0 = Date.parse('2025-06-14T15:00:00Z');
const at = (ms: number) => new Date(T0 + ms);

/** The school case, started at T0 and running in module `module` since `since` ms, nothing released. */
function running(module = 0, since = 0, priorMs = 0): Exercise {
  const { exercise } = exerciseWithEntries(0);
  return { ...exercise, status: 'running', currentModule: module, injectLog: [], clock: { runningSince: at(since).toISOString(), accumulatedMs: 0, priorMs } };
}

describe('exercise clock: schedule', () => {
  it('places each module on the exercise clock by the planned minutes before it', () => {
    const s = scheduleOf(shippedScenario('school-dismissal-shooting'));
    expect(s.modules.map((m) => [m.startMs / MIN, m.plannedMs / MIN])).toEqual([
      [0, 25],
      [25, 25],
      [50, 25],
    ]);
    expect(s.totalMs).toBe(75 * MIN);
  });

  it('spreads a module’s injects evenly over its minutes in scenario-time order (the school case: 3 injects in 25 min → 6:15, 12:30, 18:45)', () => {
    const s = scheduleOf(shippedScenario('school-dismissal-shooting'));
    expect(s.modules[0].injects.map((i) => i.dueMs / MIN)).toEqual([6.25, 12.5, 18.75]);
    // Module 3's first inject is written "50:00" (fifty hours into the story): due at 06:15 of the module, 56:15 on the exercise clock.
    expect(s.modules[2].injects[0].scenarioTime).toBe('50:00');
    expect(s.modules[2].injects[0].dueMs).toBe(6.25 * MIN);
    expect(s.modules[2].injects[0].plannedAtMs).toBe(56.25 * MIN);
  });

  it('orders by scenario time, not by position, and puts unreadable times last', () => {
    const inj = (time: string) => ({ time, title: { en: time }, text: { en: 'x' }, audience: 'room' as const, expectedActions: [], roles: [] });
    const s = scheduleOf({ modules: [{ title: { en: 'm' }, minutes: 30, injects: [inj('2:00'), inj('0:30'), inj('1:0')], questionGroups: [] }] });
    expect(s.modules[0].injects.map((i) => i.dueMs / MIN)).toEqual([15, 7.5, 22.5]);
  });

  it('every due time lies within its module, in scenario order (property)', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 600 }), fc.array(time, { maxLength: 12 })), { minLength: 1, maxLength: 6 }), (mods) => {
        const scenario = { modules: mods.map(([minutes, times]) => ({ title: { en: 'm' }, minutes, questionGroups: [], injects: times.map((t) => ({ time: t, title: { en: t }, text: { en: t }, audience: 'room' as const, expectedActions: [], roles: [] })) })) };
        const s = scheduleOf(scenario);
        s.modules.forEach((m, i) => {
          const byStory = [...m.injects].sort((a, b) => a.scenarioTime.localeCompare(b.scenarioTime, 'en', { numeric: true }) || a.ref.inject - b.ref.inject);
          for (const x of m.injects) {
            expect(x.dueMs).toBeGreaterThan(0);
            expect(x.dueMs).toBeLessThanOrEqual(m.plannedMs);
            expect(x.plannedAtMs).toBe(m.startMs + x.dueMs);
          }
          for (let k = 1; k < byStory.length; k++) expect(byStory[k].dueMs).toBeGreaterThanOrEqual(byStory[k - 1].dueMs);
          expect(m.startMs).toBe(mods.slice(0, i).reduce((sum, [mm]) => sum + mm * MIN, 0));
        });
      }),
    );
  });
});

describe('exercise clock: reading', () => {
  it('an inject becomes due when the module clock reaches its minute (and is the one Alt+R releases)', () => {
    const ex = running();
    const before = readClock(ex, at(6 * MIN + 14_000));
    expect(before.next?.state).toBe('upcoming');
    expect(before.next?.inMs).toBe(1000);
    expect(before.dueNow).toEqual([]);
    const after = readClock(ex, at(6.25 * MIN));
    expect(after.next?.state).toBe('due');
    expect(after.next?.view.ref).toEqual(nextInject(ex)?.ref);
    expect(after.dueNow.map((v) => v.ref.inject)).toEqual([0]);
    expect(readClock(ex, at(20 * MIN)).dueNow.map((v) => v.ref.inject)).toEqual([0, 1, 2]);
  });

  it('the "50:00" inject of module 3 is reached: due 06:15 into module 3', () => {
    const ex = running(2, 0, 52 * MIN);
    expect(readClock(ex, at(6 * MIN)).next?.state).toBe('upcoming');
    const r = readClock(ex, at(6.25 * MIN));
    expect(r.next?.view.inject.time).toBe('50:00');
    expect(r.next?.state).toBe('due');
    expect(r.exerciseElapsedMs).toBe(58.25 * MIN);
    expect(r.modulePlannedStartMs).toBe(50 * MIN);
  });

  it('the exercise clock keeps running across modules and pauses; the module clock restarts', () => {
    let clock = runClock(stoppedClock(), at(0));
    clock = pauseClock(clock, at(10 * MIN));
    clock = runClock(clock, at(12 * MIN));
    clock = nextModuleClock(clock, at(30 * MIN), true);
    const ex = { ...running(1), clock };
    const r = readClock(ex, at(31 * MIN));
    expect(r.moduleElapsedMs).toBe(MIN);
    expect(r.exerciseElapsedMs).toBe(29 * MIN);
    const paused = nextModuleClock(pauseClock(clock, at(40 * MIN)), at(41 * MIN), false);
    expect(readClock({ ...running(2), clock: paused, status: 'paused' }, at(50 * MIN)).exerciseElapsedMs).toBe(38 * MIN);
  });

  it('nothing is due before the start or after the end; older files without priorMs read as 0', () => {
    const ex = running();
    expect(readClock({ ...ex, status: 'planned' }, at(60 * MIN)).next?.state).toBe('upcoming');
    expect(readClock({ ...ex, status: 'ended', clock: { runningSince: null, accumulatedMs: 20 * MIN } }, at(60 * MIN)).dueNow).toEqual([]);
    expect(readClock({ ...ex, clock: { runningSince: null, accumulatedMs: 3 * MIN } }, at(0)).exerciseElapsedMs).toBe(3 * MIN);
  });

  it('released injects are no longer due; the next pending one is', () => {
    const ex = { ...running(), injectLog: [{ module: 0, inject: 0, action: 'released' as const, offTimeline: false, atModule: 0, at: at(MIN).toISOString() }] };
    const r = readClock(ex, at(7 * MIN));
    expect(r.dueNow).toEqual([]);
    expect(r.next?.view.ref.inject).toBe(1);
    expect(r.next?.state).toBe('upcoming');
  });

  it('scenario time is shown as T+H:MM everywhere', () => {
    expect(formatScenarioTime('50:00')).toBe('T+50:00');
  });
});
