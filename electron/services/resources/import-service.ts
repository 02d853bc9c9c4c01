import { createHash, randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { applyImportPlan, exportHsdsPackage, importTargetOf, type ImportReport, type planImport } from '../../../shared/logic';
import type { Workspace } from '../../../shared/model';
import { runImport } from '../imports/import-pool';
import { reportFileName } from '../reports/registry';
import type { Handlers } from '../handlers';
import type { Store } from '../store/store';
import { zipFiles } from './zip-files';

type ImportInput = Parameters<Handlers['resources.import']>[0];
type Planned = ReturnType<typeof planImport>;

/** The collections a plan was made against: when one changes before the write, the plan is made again. */
const PLANNED_AGAINST = ['areas', 'categories', 'organizations'];

/**
 * Step 1 and 2, once per call and off the event loop: the upload unzipped, decoded, parsed and
 * planned against the directory as it is now, in the import worker (see ../imports/import-pool.ts).
 */
async function planInWorker(store: Store, input: ImportInput): Promise<{ planned: Planned; revision: string }> {
  const revision = store.revisionOf(PLANNED_AGAINST);
  const planned = await runImport({
    kind: 'resources',
    bytes: Buffer.from(input.source.base64, 'base64'),
    source: input.source.kind === 'zip' ? { kind: 'zip' } : { kind: 'csv', mapping: input.source.mapping },
    fileName: input.fileName,
    dateOrder: input.dateOrder,
    target: importTargetOf(store.data),
  });
  return { planned, revision };
}

/** Applies a plan to `ws` (to a copy: the caller decides whether to keep it) and fills the report's counts. */
function check(ws: Workspace, planned: Planned, input: ImportInput, now: Date) {
  const { plan, report, errors } = planned;
  if (!plan) return { report, errors, applied: null };
  const applied = applyImportPlan(ws, plan, { id: randomUUID(), source: input.fileName, now });
  const full: ImportReport = { ...report, counts: applied.counts };
  return { report: full, errors, applied };
}

const STALE = Symbol('stale');

/** How long a dry run's plan is kept for the apply that usually follows it. */
const KEEP_PLAN_MS = 15 * 60 * 1000;

interface KeptPlan {
  key: string;
  revision: string;
  planned: Planned;
  at: number;
}

/** The last plan made per open workspace: a dry run's, reused by the apply of the same file. */
const keptPlans = new WeakMap<Store, KeptPlan>();

/** What makes two calls the same import: the file's bytes and every option that changes the plan. */
function planKey(input: ImportInput): string {
  const options = { kind: input.source.kind, mapping: input.source.kind === 'csv' ? input.source.mapping : null, fileName: input.fileName, dateOrder: input.dateOrder };
  return createHash('sha256').update(input.source.base64).update('\u0000').update(JSON.stringify(options)).digest('hex');
}

/**
 * The plan for `input`: the one kept from the dry run of the same file when the directory it was
 * planned against has not changed since (areas, categories, organizations), else a new one made
 * in the import worker (and kept). So "check, then import" parses the file once.
 */
async function planOnce(store: Store, input: ImportInput, now: Date): Promise<{ planned: Planned; revision: string }> {
  const key = planKey(input);
  const kept = keptPlans.get(store);
  if (kept && kept.key === key && kept.revision === store.revisionOf(PLANNED_AGAINST) && now.getTime() - kept.at < KEEP_PLAN_MS) return kept;
  const fresh = await planInWorker(store, input);
  keptPlans.set(store, { key, ...fresh, at: now.getTime() });
  return fresh;
}

export const importHandlers: Pick<Handlers, 'resources.import' | 'resources.export'> = {
  /**
   * The file is read and parsed once; a dry run plans it against the directory, an apply plans and
   * writes it in one store step (all or nothing, against the data as it is at that moment). An
   * apply with rows in error and no acceptErrors writes nothing and answers the report.
   */
  'resources.import': async (input, { store, now }) => {
    // Areas, categories or organizations changed while the file was planned: plan it again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const { planned, revision } = await planOnce(store, input, now());
      if (input.dryRun) {
        if (store.revisionOf(PLANNED_AGAINST) !== revision) continue;
        return check(store.data, planned, input, now()).report;
      }
      const answer = await store.mutate<ImportReport | typeof STALE>((ws) => {
        if (store.revisionOf(PLANNED_AGAINST) !== revision) return { next: ws, result: STALE };
        const result = check(ws, planned, input, now());
        if (!result.applied || (result.errors > 0 && !input.acceptErrors)) return { next: ws, result: result.report };
        return {
          next: result.applied.next,
          result: { ...result.report, applied: true },
          change: { type: 'changed' as const, collection: 'resources' },
        };
      });
      if (answer !== STALE) {
        // Applied (or refused for errors): the next call with this file plans against the directory as it is then.
        if (answer.applied) keptPlans.delete(store);
        return answer;
      }
    }
    throw ApiError.localized('conflict', 'import.directoryBusy', undefined, 'The community areas, categories or organizations kept changing while the file was being checked. Nothing was imported; try again.');
  },

  'resources.export': async (_input, { store, now }) => {
    const at = now();
    const zip = zipFiles(exportHsdsPackage(store.data, at));
    return { fileName: reportFileName(['convene-directory-hsds'], at).replace(/\.pdf$/, '.zip'), base64: Buffer.from(zip).toString('base64') };
  },
};
