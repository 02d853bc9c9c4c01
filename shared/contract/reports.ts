import { z } from 'zod';
import { Id } from '../model/ids';

/** The reports Convene exports. Each kind has one builder in electron/services/reports/. */
export const REPORT_KINDS = ['aar', 'townhall', 'townhall-series', 'gaps'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ReportExportInput = z.object({
  kind: z.enum(REPORT_KINDS),
  /** The exercise or town hall the report is about; omitted for workspace-wide reports. */
  id: Id.optional(),
  /** For a series: the town halls it covers. */
  ids: z.array(Id).max(200).optional(),
  /** Reports are written in English or Spanish, whatever the UI language. */
  language: z.enum(['en', 'es']),
  /** A public report never shows residents' names, phone numbers or addresses. */
  audience: z.enum(['public', 'internal']).default('public'),
  /** Internal reports only: keep the personal details residents gave. */
  includePersonalDetails: z.boolean().default(false),
});
export type ReportExportInput = z.input<typeof ReportExportInput>;
export type ReportExportRequest = z.output<typeof ReportExportInput>;

/** In the desktop app the main process asks where to save; the browser host answers the PDF itself. */
export const ReportExportResult = z.object({
  fileName: z.string(),
  bytes: z.number().int(),
  saved: z.boolean(),
  path: z.string().nullable(),
});
export type ReportExportResult = z.infer<typeof ReportExportResult>;
