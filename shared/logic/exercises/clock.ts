import type { ModuleClock } from '../../model';

/** Time on the module clock at `now`: what was accumulated, plus the running stretch if any. */
export function elapsedMs(clock: ModuleClock, now: Date): number {
  const running = clock.runningSince ? Math.max(0, now.getTime() - Date.parse(clock.runningSince)) : 0;
  return clock.accumulatedMs + running;
}

/**
 * Milliseconds from `now` until the module clock next shows a new whole second (1..1000), so every
 * window that shows it (console, projector) turns over at the same instant: each reads the same
 * stored clock and floors the same way (`formatClock`). A stopped clock answers 1000 (nothing moves).
 */
export function msToNextSecond(clock: ModuleClock, now: Date): number {
  if (!clock.runningSince) return 1000;
  return 1000 - (elapsedMs(clock, now) % 1000);
}

export const stoppedClock = (): ModuleClock => ({ runningSince: null, accumulatedMs: 0 });

export function runClock(clock: ModuleClock, now: Date): ModuleClock {
  return clock.runningSince ? clock : { ...clock, runningSince: now.toISOString() };
}

export function pauseClock(clock: ModuleClock, now: Date): ModuleClock {
  return clock.runningSince ? { ...clock, runningSince: null, accumulatedMs: elapsedMs(clock, now) } : clock;
}

/** Minutes and seconds, `12:05`; hours when needed, `1:02:05`. Negative values get a minus sign. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${pad(m)}:${pad(s)}`;
}

export type ClockState = 'ok' | 'warning' | 'over';

/** Planned minutes against the clock: a warning in the last 2 minutes (or 10%), `over` past the plan. */
export function clockState(elapsed: number, plannedMinutes: number): ClockState {
  const planned = plannedMinutes * 60_000;
  if (elapsed > planned) return 'over';
  if (planned - elapsed <= Math.max(120_000, planned * 0.1)) return 'warning';
  return 'ok';
}
