import { ApiError, type ReportExportRequest, type ReportKind } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';
import { buildGapReport } from './gaps';
import { buildAarReport } from './aar';
import { buildTownHallReport } from './townhall';

export interface BuiltReport {
  fileName: string;
  pdf: Buffer;
}

export interface ReportEnv {
  fontsDir: string;
  now: Date;
}

/** One report: (data, options) → PDF. Pure apart from reading the fonts. */
export type ReportBuilder = (workspace: Workspace, request: ReportExportRequest, env: ReportEnv) => Promise<BuiltReport>;

/** Every report this build can make: one line per kind, each builder in its own module. */
export const reportBuilders: Partial<Record<ReportKind, ReportBuilder>> = {
  gaps: (...args) => buildGapReport(...args),
  aar: (...args) => buildAarReport(...args),
  // Arrows, not the function itself: townhall.ts imports reportFileName from here (a cycle resolved at call time).
  townhall: (ws, request, env) => buildTownHallReport(ws, request, env),
  'townhall-series': (ws, request, env) => buildTownHallReport(ws, request, env),
};

export async function buildReport(workspace: Workspace, request: ReportExportRequest, env: ReportEnv): Promise<BuiltReport> {
  const builder = reportBuilders[request.kind];
  if (!builder) throw new ApiError('not_found', `This version of Convene cannot build the ${request.kind} report.`);
  return builder(workspace, request, env);
}

export { audienceLabel, reportFileName, requestAudienceLabel } from './file-name';
