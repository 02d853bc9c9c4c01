import type { Handlers } from './handlers';
import { buildReport } from './reports/registry';

export const reportsHandlers: Pick<Handlers, 'reports.export'> = {
  'reports.export': async (input, ctx) => {
    const report = await buildReport(ctx.store.data, input, { fontsDir: ctx.fontsDir, now: ctx.now() });
    const delivered = await ctx.deliverReport(report);
    return { fileName: report.fileName, bytes: report.pdf.length, ...delivered };
  },
};
