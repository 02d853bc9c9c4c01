/**
 * A small, generic pool of worker threads (piscina) for CPU-heavy work the host must not wait
 * on: PDF reports, parsing imported files (HSDS, CSV, YAML, MSEL). Each task runs with a time
 * limit and the worker with a memory limit (Node `resourceLimits`); either limit, a full queue
 * or a crash in the worker answers an `ApiError` in the user's words, never "internal" with a
 * stack, and the pool replaces the worker. The event loop that serves saves never runs the task.
 *
 * A worker module is a file named `<name>.worker.ts` anywhere under `electron/services/`; its
 * default export is made with `workerTask(fn)` (see `./task.ts`). The build turns every such file
 * into `out/main/workers/<name>.js`; run from the sources (vitest, tsx benchmarks) the `.ts` file
 * is loaded through tsx. See `electron/README.md`, "Worker threads".
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Piscina } from 'piscina';
import { ApiError } from '../../../shared/contract';
import { isTaskFailure } from './task';

export interface WorkerPoolOptions {
  /** Path of the worker's source relative to `electron/services/`, e.g. `reports/report.worker.ts`. */
  entry: string;
  /** Threads at most. Default: one less than the machine's cores, at least 1 (the host keeps one core). */
  maxThreads?: number;
  /** Time one task may take, from the moment it is submitted, in milliseconds. Default 120,000. */
  timeoutMs?: number;
  /** Old-generation heap limit of each worker, in MB. Default 1,024. */
  maxMemoryMb?: number;
  /** Tasks waiting beyond the running ones before new ones are refused. Default 64. */
  maxQueue?: number;
  /** Idle workers stay alive this long (they keep parsed fonts and other caches), in ms. Default 10 minutes. */
  idleTimeoutMs?: number;
  /** Workers kept running even when idle (0 by default: started on first use). */
  minThreads?: number;
  /** Given to every worker as `workerData` (e.g. what to load at start so the first task is fast). */
  workerData?: unknown;
  /** How much lower the workers' CPU priority is than the host's (Linux only; default 10). */
  niceIncrement?: number;
  /** Overrides where the worker file is found (tests). */
  filename?: string;
}

export interface RunOptions {
  /** ArrayBuffers handed to the worker without copying (they become unusable here). */
  transfer?: ArrayBuffer[];
  /** This task's own time limit, in ms. */
  timeoutMs?: number;
  /** Cancels the task (the worker running it is stopped and replaced). */
  signal?: AbortSignal;
}

export interface WorkerPoolStats {
  threads: number;
  queued: number;
  completed: number;
}

export interface WorkerPool<In, Out> {
  /** Runs one task in a worker. Rejects with an ApiError (see the module docs). */
  run(task: In, options?: RunOptions): Promise<Out>;
  stats(): WorkerPoolStats;
  /** Stops every worker; queued tasks are rejected. */
  destroy(): Promise<void>;
}

const SERVICES_DIR_SOURCE = join(import.meta.dirname, '..');

/**
 * Finds the worker file: the built `workers/<name>.js` next to the bundle (out/main, or one folder
 * up from out/main/chunks), else the `.ts` source (then `tsx` loads it).
 */
export function resolveWorkerFile(entry: string): { filename: string; source: boolean } {
  const name = basename(entry).replace(/\.worker\.ts$/, '');
  const here = import.meta.dirname;
  const built = [join(here, 'workers', `${name}.js`), join(here, '..', 'workers', `${name}.js`), join(dirname(here), 'main', 'workers', `${name}.js`)];
  const found = built.find((f) => existsSync(f));
  if (found && !here.endsWith(join('services', 'workers'))) return { filename: found, source: false };
  const source = join(SERVICES_DIR_SOURCE, entry);
  if (!existsSync(source)) throw new Error(`Worker module not found: ${entry} (looked for ${built.join(', ')} and ${source})`);
  return { filename: source, source: true };
}

/** The machine's cores minus one for the host's event loop, at least one. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createWorkerPool<In, Out>(options: WorkerPoolOptions): WorkerPool<In, Out> {
  const resolved = options.filename ? { filename: options.filename, source: options.filename.endsWith('.ts') } : resolveWorkerFile(options.entry);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxMemoryMb = options.maxMemoryMb ?? 1024;
  const piscina = new Piscina({
    filename: resolved.filename,
    minThreads: options.minThreads ?? 0,
    workerData: options.workerData,
    // Workers yield the CPU to the host's event loop: on Linux a thread's niceness is its own, so
    // only the worker is lowered (elsewhere setpriority would lower the whole app: left at 0).
    niceIncrement: process.platform === 'linux' ? (options.niceIncrement ?? 10) : 0,
    maxThreads: options.maxThreads ?? defaultThreads(),
    idleTimeout: options.idleTimeoutMs ?? 10 * 60_000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(maxMemoryMb / 16))) },
    // From the sources (tests, benchmarks) the worker is TypeScript: tsx loads it.
    execArgv: resolved.source ? ['--import', 'tsx'] : [],
  });
  const label = basename(options.entry).replace(/\.worker\.ts$/, '');
  // Counted here rather than left to piscina's queue, whose balancer may hand a busy worker more.
  const capacity = piscina.maxThreads + (options.maxQueue ?? 64);
  let inFlight = 0;

  return {
    async run(task, runOptions = {}) {
      if (inFlight >= capacity) throw toApiError(new Error('Task queue is at limit'), { timedOut: false, limitMs: 0, maxMemoryMb, label });
      inFlight++;
      const limit = runOptions.timeoutMs ?? timeoutMs;
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, limit);
      const onAbort = () => controller.abort();
      runOptions.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const result = (await piscina.run(task, { signal: controller.signal, transferList: runOptions.transfer })) as unknown;
        if (isTaskFailure(result)) throw ApiError.fromBody(result.error);
        return result as Out;
      } catch (error) {
        throw toApiError(error, { timedOut, limitMs: limit, maxMemoryMb, label });
      } finally {
        inFlight--;
        clearTimeout(timer);
        runOptions.signal?.removeEventListener('abort', onAbort);
      }
    },
    stats() {
      return { threads: piscina.threads.length, queued: piscina.queueSize, completed: piscina.completed };
    },
    async destroy() {
      await piscina.destroy();
    },
  };
}

/** What went wrong in a worker, as the error a user reads. */
export function toApiError(error: unknown, c: { timedOut: boolean; limitMs: number; maxMemoryMb: number; label: string }): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as { name?: string; code?: string; message?: string };
  if (c.timedOut) {
    const seconds = Math.round(c.limitMs / 1000);
    return ApiError.localized('internal', 'worker.timeout', { seconds }, `This took longer than ${seconds} seconds and was stopped. Nothing was changed; try again with less data or when fewer exports are running.`);
  }
  if (e?.name === 'AbortError') return ApiError.localized('internal', 'worker.cancelled', undefined, 'The task was cancelled. Nothing was changed.');
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return ApiError.localized('too_large', 'worker.memory', { mb: c.maxMemoryMb }, `This needed more than ${c.maxMemoryMb} MB of memory and was stopped. Nothing was changed; try with less data.`);
  }
  if (e?.message === 'Task queue is at limit') {
    return ApiError.localized('conflict', 'worker.busy', undefined, 'Convene is busy with many exports and imports right now. Nothing was changed; try again in a moment.');
  }
  console.error(`Convene: ${c.label} worker failed`, error);
  return ApiError.localized('internal', 'worker.failed', undefined, 'Something went wrong inside Convene. Your data is safe; try again.');
}
