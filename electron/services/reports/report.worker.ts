/**
 * The report worker: builds one PDF off the host's event loop (see `../workers/pool.ts`). Fonts
 * are parsed once per worker and kept for the next report (the kit caches them per process).
 */
import { workerData } from 'node:worker_threads';
import PDFDocument from 'pdfkit';
import type { ReportExportRequest } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';
import { workerTask } from '../workers/task';
import { loadFonts } from './kit/fonts';
import { buildReport } from './registry';

// A warmed pool names the fonts folder: parse the fonts before the first task arrives.
const warm = (workerData as { fontsDir?: string } | null)?.fontsDir;
if (warm) {
  try {
    loadFonts(warm, PDFDocument);
  } catch {
    /* the first report says what is missing */
  }
}

export interface ReportTask {
  workspace: Workspace;
  request: ReportExportRequest;
  fontsDir: string;
  /** ISO time the report says it was generated at. */
  now: string;
}

export interface ReportTaskResult {
  fileName: string;
  pdf: Uint8Array;
}

export default workerTask<ReportTask, ReportTaskResult>(async (task) => {
  const report = await buildReport(task.workspace, task.request, { fontsDir: task.fontsDir, now: new Date(task.now) });
  // Copied to the host by structured clone (a memcpy of the bytes; piscina moves only a top-level value).
  return { fileName: report.fileName, pdf: report.pdf };
});
