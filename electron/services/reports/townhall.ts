import { ApiError } from '../../../shared/contract';
import { createReport } from './kit';
import { reportFileName, type ReportBuilder } from './registry';
import { townhallReportContent, type ReportContent } from './townhall/content';

/** Draws the content blocks with the report kit. */
export async function renderContent(content: ReportContent, fontsDir: string): Promise<Buffer> {
  const report = createReport({ ...content.options, fontsDir });
  for (const b of content.blocks) {
    if (b.kind === 'heading') report.heading(b.text, b.level);
    else if (b.kind === 'paragraph') report.paragraph(b.text, { muted: b.muted });
    else if (b.kind === 'bullets') report.bullets(b.items);
    else if (b.kind === 'keyValues') report.keyValues(b.rows);
    else if (b.kind === 'table') report.table(b.table);
    else report.barChart(b.chart);
  }
  return report.toBuffer();
}

/**
 * The town-hall summary report (kind 'townhall' with `id`, or 'townhall-series' with `ids`):
 * cover, summary, top themes, concerns by theme and area, common questions and answers,
 * resources, follow-ups, method and privacy, appendix of all questions.
 */
export const buildTownHallReport: ReportBuilder = async (workspace, request, env) => {
  const ids = request.kind === 'townhall-series' ? (request.ids ?? []) : request.id ? [request.id] : [];
  if (ids.length === 0) throw new ApiError('invalid_input', request.kind === 'townhall-series' ? 'Choose the town halls of the series.' : 'Choose the town hall to report on.');
  const missing = ids.filter((id) => !workspace.townhalls.some((t) => t.id === id));
  if (missing.length > 0) throw new ApiError('not_found', 'That town hall no longer exists.');
  if (request.includePersonalDetails && request.audience !== 'internal') throw new ApiError('invalid_input', 'Personal details can only be kept in an internal report.');
  const content = townhallReportContent(workspace, request, env.now);
  return { fileName: reportFileName(content.fileNameParts, content.eventDate ?? env.now), pdf: await renderContent(content, env.fontsDir) };
};
