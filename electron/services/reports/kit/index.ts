/** The Convene report kit: one look for every PDF report. Pure Node (pdfkit), no Electron. */
export { createReport, recordReports, type Report, type ReportOptions, type RecordedBlock, type RecordedReport } from './document';
export type { TableColumn, TableSpec } from './table';
export type { BarChartSpec } from './bar-chart';
export { labelsFor, formatDate, formatNumber, type ReportLanguage, type KitLabels } from './labels';
export { FONT_FILES } from './fonts';
export { theme } from './theme';
