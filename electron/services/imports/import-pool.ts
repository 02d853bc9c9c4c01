/**
 * Imports through their own worker pool (not the reports' one: an import must not wait behind ten
 * PDF exports, nor hold one up). Started on first use; at most (cores - 1) files parse at once,
 * each within 120 s and 1.5 GB (a city's HSDS package of 100,000 services unpacks to about
 * 60 MB and plans in well under that); more wait in a queue of 16, beyond which the caller is
 * told Convene is busy. Limits and failures answer ApiErrors in the user's words (see the pool).
 */
import { createWorkerPool, type WorkerPool } from '../workers/pool';
import type { ImportTask, ImportTaskResult } from './import.worker';

let pool: WorkerPool<ImportTask, unknown> | null = null;

/** Overrides for tests: a lower time or memory limit. Takes effect for the next pool started. */
let limits: { timeoutMs?: number; maxMemoryMb?: number } = {};

export function setImportLimits(next: { timeoutMs?: number; maxMemoryMb?: number }): void {
  limits = next;
}

function importPool(): WorkerPool<ImportTask, unknown> {
  pool ??= createWorkerPool<ImportTask, unknown>({
    entry: 'imports/import.worker.ts',
    timeoutMs: limits.timeoutMs ?? 120_000,
    maxMemoryMb: limits.maxMemoryMb ?? 1536,
    maxQueue: 16,
  });
  return pool;
}

/**
 * Reads (and, for a directory, plans) an imported file in a worker thread. The bytes are copied
 * to the worker; rejects with the parser's ApiError (a zip bomb, an alias bomb) or the pool's
 * (time, memory, busy).
 */
export async function runImport<T extends ImportTask>(task: T): Promise<ImportTaskResult<T>> {
  return (await importPool().run(task)) as ImportTaskResult<T>;
}

/** Threads running and tasks done by the import pool since it started (zeros before first use). */
export function importPoolStats(): { threads: number; queued: number; completed: number } {
  return pool?.stats() ?? { threads: 0, queued: 0, completed: 0 };
}

/** Stops the import workers (host shutdown, tests). */
export async function closeImportPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}
