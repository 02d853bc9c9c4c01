import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { createWorkerPool } from '../../../electron/services/workers/pool';
import { isTaskFailure, workerTask } from '../../../electron/services/workers/task';

type SampleTask = { op: 'echo'; value: unknown } | { op: 'spin'; ms: number } | { op: 'api-error' } | { op: 'crash' } | { op: 'hog' };

const filename = resolve(import.meta.dirname, '../../support/workers/sample-task.mjs');
const pool = createWorkerPool<SampleTask, unknown>({ entry: 'sample', filename, maxThreads: 2, timeoutMs: 60_000, maxMemoryMb: 64, maxQueue: 2 });
afterAll(() => pool.destroy());

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the task to fail');
}

describe('worker pool', () => {
  it('runs a task in a worker thread and answers its result', async () => {
    await expect(pool.run({ op: 'echo', value: { text: 'مرحبا', n: [1, 2] } })).resolves.toEqual({ echoed: { text: 'مرحبا', n: [1, 2] }, thread: true });
  });

  it('workerTask turns an ApiError into data that crosses the thread, and lets other throws through', async () => {
    const task = workerTask((n: number) => {
      if (n < 0) throw ApiError.localized('invalid_input', 'sample.bad', { row: 3 }, 'Row 3 has no name.');
      if (n === 0) throw new TypeError('bug');
      return n * 2;
    });
    await expect(task(2)).resolves.toBe(4);
    const failure = await task(-1);
    expect(isTaskFailure(failure) && failure.error).toEqual({ code: 'invalid_input', message: 'Row 3 has no name.', key: 'sample.bad', params: { row: 3 } });
    expect(structuredClone(failure)).toEqual(failure);
    await expect(task(0)).rejects.toThrow(TypeError);
  });

  it('brings an ApiError thrown in the worker back as the same ApiError (code, key, params)', async () => {
    const error = await failure(pool.run({ op: 'api-error' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.toBody()).toEqual({ code: 'invalid_input', message: 'Row 3 has no name.', key: 'sample.bad', params: { row: 3 } });
  });

  it('stops a task over its time limit with a sentence, and the pool keeps working', async () => {
    const started = Date.now();
    const error = await failure(pool.run({ op: 'spin', ms: 60_000 }, { timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.toBody()).toMatchObject({ code: 'internal', key: 'worker.timeout' });
    expect(error.message).toMatch(/longer than 0 seconds|longer than \d+ seconds/);
    await expect(pool.run({ op: 'echo', value: 1 })).resolves.toMatchObject({ echoed: 1 });
  });

  it('stops a worker over its memory limit with a sentence, and the pool keeps working', async () => {
    const error = await failure(pool.run({ op: 'hog' }));
    expect(error.toBody()).toMatchObject({ code: 'too_large', key: 'worker.memory', params: { mb: 64 } });
    await expect(pool.run({ op: 'echo', value: 2 })).resolves.toMatchObject({ echoed: 2 });
  }, 30_000);

  it('answers a bug in the worker as "internal" without its stack', async () => {
    const error = await failure(pool.run({ op: 'crash' }));
    expect(error.toBody()).toMatchObject({ code: 'internal', key: 'worker.failed' });
    expect(error.message).not.toMatch(/TypeError|at /);
  });

  it('refuses work beyond its queue with "busy" instead of piling it up', async () => {
    // 2 threads and a queue of 2: of 7 tasks submitted at once, some are refused, the rest all run.
    const settled = await Promise.allSettled(Array.from({ length: 7 }, () => pool.run({ op: 'spin', ms: 200 })));
    const refused = settled.filter((s) => s.status === 'rejected');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const r of refused) expect((r as PromiseRejectedResult).reason.toBody()).toMatchObject({ code: 'conflict', key: 'worker.busy' });
    expect(settled.filter((s) => s.status === 'fulfilled').every((s) => (s as PromiseFulfilledResult<unknown>).value === 'spun')).toBe(true);
  });

  it('keeps the host event loop free while a worker computes', async () => {
    const task = pool.run({ op: 'spin', ms: 600 });
    const lags: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      lags.push(now - last - 10);
      last = now;
    }, 10);
    await task;
    clearInterval(timer);
    expect(lags.length).toBeGreaterThan(10);
    // The timer keeps firing while the task computes (the median lag, robust to a loaded machine's stalls).
    const sorted = [...lags].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
  });
});
