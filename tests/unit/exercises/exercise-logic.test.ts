import { describe, expect, it } from 'vitest';
import { clockState, elapsedMs, formatClock, parseCapture, pauseClock, runClock, stoppedClock, typeForShortcut } from '../../../shared/logic';

describe('capture prefixes', () => {
  it.each([
    ['n: a note', 'note', 'a note'],
    ['D : we decided', 'decision', 'we decided'],
    ['need: more lights', 'need', 'more lights'],
    ['r: church lot', 'resource', 'church lot'],
    ['s: fast callback', 'strength', 'fast callback'],
    ['a: late message', 'improvement', 'late message'],
    ['afi: late message', 'improvement', 'late message'],
    ['ai: call the bus company', 'action', 'call the bus company'],
  ])('%s', (raw, type, text) => expect(parseCapture(raw, 'note')).toMatchObject({ type, text, prefixed: true }));

  it('leaves text without a known prefix as typed, with the chosen type', () => {
    expect(parseCapture('Time: 3:10 p.m.', 'decision')).toEqual({ type: 'decision', text: 'Time: 3:10 p.m.', prefixed: false });
    expect(parseCapture('  社区 👍 ', 'note').text).toBe('社区 👍');
  });

  it('maps Alt+1…7 to the types in order', () => {
    expect(['1', '3', '7', '8'].map(typeForShortcut)).toEqual(['note', 'need', 'action', null]);
  });
});

describe('module clock', () => {
  const t0 = new Date('2025-01-01T10:00:00Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);
  it('counts running time only, from timestamps', () => {
    let c = runClock(stoppedClock(), t0);
    expect(elapsedMs(c, at(60))).toBe(60_000);
    c = pauseClock(c, at(90));
    expect(elapsedMs(c, at(1000))).toBe(90_000);
    c = runClock(c, at(1000));
    expect(elapsedMs(c, at(1010))).toBe(100_000);
  });
  it('warns near the plan and past it', () => {
    expect(clockState(10 * 60_000, 25)).toBe('ok');
    expect(clockState(23.5 * 60_000, 25)).toBe('warning');
    expect(clockState(26 * 60_000, 25)).toBe('over');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(65_000)).toBe('01:05');
  });
});
