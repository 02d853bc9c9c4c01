import { describe, expect, it } from 'vitest';
import { coalescedReload } from '../../../renderer/app/api-context';

/** A load the test finishes by hand. */
function manualLoad() {
  const pending: (() => void)[] = [];
  let runs = 0;
  const run = () => {
    runs++;
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  return { run, finishNext: () => pending.shift()?.(), runs: () => runs, waiting: () => pending.length };
}

describe('coalescedReload: a burst of change events costs at most two loads', () => {
  it('300 calls while a load runs fold into one more load after it', async () => {
    const load = manualLoad();
    const reload = coalescedReload(load.run);
    const first = reload();
    const burst = Array.from({ length: 300 }, () => reload());
    expect(load.runs()).toBe(1);
    load.finishNext();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(load.runs()).toBe(2); // the trailing load sees every change of the burst
    load.finishNext();
    await Promise.all([first, ...burst]);
    expect(load.runs()).toBe(2);
    // Idle again: the next change loads at once.
    const later = reload();
    expect(load.runs()).toBe(3);
    load.finishNext();
    await later;
  });

  it('a failing load does not stop later reloads', async () => {
    let calls = 0;
    const reload = coalescedReload(async () => {
      calls++;
      if (calls === 1) throw new Error('network');
    });
    await reload();
    await reload();
    expect(calls).toBe(2);
  });
});
