import { randomUUID } from 'node:crypto';
import { applyImportPlan, exportHsdsPackage, planImport, readImportSource, type ImportReport, type ImportSource, type ReadSource } from '../../../shared/logic';
import type { Workspace } from '../../../shared/model';
import { reportFileName } from '../reports/registry';
import type { Handlers } from '../handlers';
import { readZipFiles, zipFiles } from './zip-files';

/** Step 1, once per call: the upload's bytes unzipped and decoded, its CSV tables parsed. */
export function readSourceOf(input: Parameters<Handlers['resources.import']>[0]): ReadSource {
  const bytes = Buffer.from(input.source.base64, 'base64');
  const source: ImportSource =
    input.source.kind === 'zip' ? { kind: 'package', files: readZipFiles(bytes, input.fileName) } : { kind: 'spreadsheet', bytes, fileName: input.fileName, mapping: input.source.mapping };
  return readImportSource(source);
}

/** Plans the read source against `ws` and, with a plan, applies it (to a copy: the caller decides whether to keep it). */
function check(ws: Workspace, read: ReadSource, input: Parameters<Handlers['resources.import']>[0], now: Date) {
  const { plan, report, errors } = planImport(ws, read, input.fileName, { dateOrder: input.dateOrder });
  if (!plan) return { report, errors, applied: null };
  const applied = applyImportPlan(ws, plan, { id: randomUUID(), source: input.fileName, now });
  const full: ImportReport = { ...report, counts: applied.counts };
  return { report: full, errors, applied };
}

export const importHandlers: Pick<Handlers, 'resources.import' | 'resources.export'> = {
  /**
   * The file is read and parsed once; a dry run plans it against the directory, an apply plans and
   * writes it in one store step (all or nothing, against the data as it is at that moment). An
   * apply with rows in error and no acceptErrors writes nothing and answers the report.
   */
  'resources.import': async (input, { store, now }) => {
    const read = readSourceOf(input);
    if (input.dryRun) return check(store.data, read, input, now()).report;
    return store.mutate((ws) => {
      const result = check(ws, read, input, now());
      if (!result.applied || (result.errors > 0 && !input.acceptErrors)) return { next: ws, result: result.report };
      return {
        next: result.applied.next,
        result: { ...result.report, applied: true },
        change: { type: 'changed', collection: 'resources' },
      };
    });
  },

  'resources.export': async (_input, { store, now }) => {
    const at = now();
    const zip = zipFiles(exportHsdsPackage(store.data, at));
    return { fileName: reportFileName(['convene-directory-hsds'], at).replace(/\.pdf$/, '.zip'), base64: Buffer.from(zip).toString('base64') };
  },
};
