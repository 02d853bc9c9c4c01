import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { dispatch } from '../../electron/services/api';
import type { ServiceContext } from '../../electron/services/handlers';
import { Store } from '../../electron/services/store/store';
import { migrate, Workspace } from '../../shared/model';
import { zipFiles } from '../../electron/services/resources/zip-files';
import { makeTempDir } from '../support/temp-dir';
import { benchAreas, generatedHsdsPackage } from './gaps-data';
import { ms, summarize } from './stats';

/**
 * HSDS import of a generated 10,000-service package, end to end through the contract handler:
 * unzip, parse, map, upsert and the durable write, on a fresh data file each run. Baseline:
 * papaparse alone over the same CSVs.
 */
export async function runHsdsImportBench(): Promise<boolean> {
  console.log('\nHSDS import: generated package, 10,000 services (target <= 5 s)');
  const files = generatedHsdsPackage(10_000);
  const zip = Buffer.from(zipFiles(files)).toString('base64');
  const csvs = files.filter((f) => f.path.endsWith('.csv'));
  console.log(`  package: ${files.length} files, ${(csvs.reduce((s, f) => s + f.text.length, 0) / 1024 / 1024).toFixed(1)} MB of CSV, zip ${(zip.length * 0.75 / 1024 / 1024).toFixed(1)} MB`);
  const importMs: number[] = [];
  const parseMs: number[] = [];
  for (let run = 0; run < 4; run++) {
    const tmp = makeTempDir('convene-bench-');
    try {
      // The package names its areas "Area N Peñalolén": the workspace has the same list, so every service area matches.
      const seed = (now: Date) => Workspace.parse(migrate({ schemaVersion: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(), areas: benchAreas(now.toISOString()) }).data);
      const store = await Store.open({ file: join(tmp.dir, 'data.json'), seed });
      const ctx: ServiceContext = { store, now: () => new Date(), appVersion: 'bench', fontsDir: '', deliverReport: async () => ({ saved: false, path: null }) };
      const t0 = performance.now();
      const r = await dispatch(ctx, 'resources.import', { fileName: 'bench.zip', source: { kind: 'zip', base64: zip }, dryRun: false, acceptErrors: false });
      const t1 = performance.now();
      if (!r.ok || !(r.data as { applied: boolean }).applied || ctx.store.data.services.length !== 10_000) throw new Error(`import failed: ${JSON.stringify(r).slice(0, 300)}`);
      const t2 = performance.now();
      for (const f of csvs) Papa.parse(f.text, { header: true, skipEmptyLines: 'greedy' });
      const t3 = performance.now();
      if (run > 0) {
        importMs.push(t1 - t0);
        parseMs.push(t3 - t2);
      }
      await ctx.store.close();
    } finally {
      tmp.cleanup();
    }
  }
  const imp = summarize(importMs);
  const base = summarize(parseMs);
  const pass = imp.p95 <= 5000;
  console.log(`  import (dry check + apply + durable write): p50 ${ms(imp.p50)}, worst ${ms(imp.p95)}  (n=${imp.n})`);
  console.log(`  baseline, papaparse alone over the same CSVs: p50 ${ms(base.p50)}  -> import is ${(imp.p50 / base.p50).toFixed(1)}x the bare parse`);
  console.log(`  target <= 5,000 ms: ${pass ? 'met' : 'MISSED'}`);
  return pass;
}
