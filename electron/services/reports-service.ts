import type { Handlers } from './handlers';
import { exportReport } from './reports/export';

export const reportsHandlers: Pick<Handlers, 'reports.export'> = {
  'reports.export': async (input, ctx) => {
    // Built in a worker thread: saves keep being answered while the PDF is made.
    const report = await exportReport(ctx.store.data, input, { fontsDir: ctx.fontsDir, now: ctx.now() });
    const delivered = await ctx.deliverReport(report);
    return { fileName: report.fileName, bytes: report.pdf.length, ...delivered };
  },
};
