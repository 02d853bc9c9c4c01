import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, msToNextSecond } from '../../../shared/logic';

/** Issue 9 item 8: one clock source and rounding for the console and the projector. */
describe('msToNextSecond', () => {
  const clock = { runningSince: '2026-01-01T10:00:00.000Z', accumulatedMs: 1_250 };
  it('waits until the shown second turns, whenever the window asks', () => {
    for (const at of [0, 1, 400, 749, 750, 999, 61_234]) {
      const now = new Date(Date.parse(clock.runningSince) + at);
      const wait = msToNextSecond(clock, now);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000);
      const before = formatClock(elapsedMs(clock, now));
      const turned = formatClock(elapsedMs(clock, new Date(now.getTime() + wait)));
      const justBefore = formatClock(elapsedMs(clock, new Date(now.getTime() + wait - 1)));
      expect(justBefore).toBe(before);
      expect(turned).not.toBe(before);
    }
  });
  it('a stopped clock does not move', () => {
    expect(msToNextSecond({ runningSince: null, accumulatedMs: 5_432 }, new Date())).toBe(1000);
  });
});
