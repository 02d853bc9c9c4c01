import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { applyImportPlan, exportHsdsPackage, planImport, type ImportReport, type ImportSource } from '../../../shared/logic';
import type { Workspace } from '../../../shared/model';
import { reportFileName } from '../reports/registry';
import type { Handlers } from '../handlers';
import { readZipFiles, zipFiles } from './zip-files';

function sourceFrom(input: Parameters<Handlers['resources.import']>[0]): ImportSource {
  const bytes = Buffer.from(input.source.base64, 'base64');
  if (input.source.kind === 'zip') return { kind: 'package', files: readZipFiles(bytes) };
  return { kind: 'spreadsheet', text: new TextDecoder('utf-8').decode(bytes), mapping: input.source.mapping };
}

/** Reads the source against `ws`; with a plan, also works out the counts by applying it to a copy. */
function check(ws: Workspace, source: ImportSource, name: string, now: Date) {
  const { plan, report, errors } = planImport(ws, source, name);
  if (!plan) return { report, errors, applied: null };
  const applied = applyImportPlan(ws, plan, { id: randomUUID(), source: name, now });
  const full: ImportReport = { ...report, counts: applied.counts };
  return { report: full, errors, applied };
}

export const importHandlers: Pick<Handlers, 'resources.import' | 'resources.export'> = {
  'resources.import': async (input, { store, now }) => {
    const source = sourceFrom(input);
    const first = check(store.data, source, input.fileName, now());
    if (input.dryRun || !first.applied || (first.errors > 0 && !input.acceptErrors)) return first.report;
    // Checked again inside the write: the plan applies to the data as it is at that moment, whole or not at all.
    return store.mutate((ws) => {
      const again = check(ws, source, input.fileName, now());
      if (!again.applied || (again.errors > 0 && !input.acceptErrors)) throw new ApiError('conflict', 'The directory changed while importing; check the file again.');
      return {
        next: again.applied.next,
        result: { ...again.report, applied: true },
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
