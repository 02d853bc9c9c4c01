/**
 * Exports a report through the report worker pool, so the host keeps answering saves while a
 * PDF is built. One pool per process, started on first use: at most (cores - 1) reports build at
 * once, each within 120 s and 1 GB; more wait in a queue of 64.
 */
import type { ReportExportRequest } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';
import { createWorkerPool, type WorkerPool } from '../workers/pool';
import type { ReportTask, ReportTaskResult } from './report.worker';
import type { BuiltReport } from './registry';
import { reportSlice } from './slice';

let pool: WorkerPool<ReportTask, ReportTaskResult> | null = null;

/** The report pool (created on first use). `warmFontsDir` keeps one worker running with those fonts parsed. */
export function reportPool(warmFontsDir?: string): WorkerPool<ReportTask, ReportTaskResult> {
  pool ??= createWorkerPool<ReportTask, ReportTaskResult>({
    entry: 'reports/report.worker.ts',
    timeoutMs: 120_000,
    maxMemoryMb: 1024,
    maxQueue: 64,
    ...(warmFontsDir ? { minThreads: 1, workerData: { fontsDir: warmFontsDir } } : {}),
  });
  return pool;
}

/**
 * Starts a report worker now and has it parse the fonts, so the first export of a session does not
 * pay for it (the host and the desktop app call this once they are serving).
 */
export function warmReportPool(fontsDir: string): void {
  reportPool(fontsDir);
}

/** Stops the report workers (host shutdown, tests). */
export async function closeReportPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}

/** Builds the PDF of `request` in a worker; rejects with the builder's ApiError or the pool's. */
export async function exportReport(workspace: Workspace, request: ReportExportRequest, env: { fontsDir: string; now: Date }): Promise<BuiltReport> {
  const result = await reportPool().run({ workspace: reportSlice(workspace, request), request, fontsDir: env.fontsDir, now: env.now.toISOString() });
  return { fileName: result.fileName, pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength) };
}
