import { randomUUID } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, Workspace, type Area } from '../../shared/model';
import { Store } from '../../electron/services/store/store';
import { makeTempDir } from '../support/temp-dir';
import { ms, summarize } from './stats';

function workspaceWith(records: number): Workspace {
  const at = new Date().toISOString();
  const areas: Area[] = Array.from({ length: records }, (_, i) => ({
    version: 1,
    id: randomUUID(),
    number: i + 1,
    name: `Community area ${i + 1} — Peñalolén Norte`,
    priority: i % 7 === 0,
    createdAt: at,
    updatedAt: at,
  }));
  return Workspace.parse(migrate({ schemaVersion: 1, createdAt: at, updatedAt: at, areas }).data);
}

/** The baseline: the least a durable write can do by hand. */
async function writeByHand(file: string, data: unknown): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  const handle = await open(tmp, 'w');
  await handle.writeFile(JSON.stringify(data));
  await handle.sync();
  await handle.close();
  await rename(tmp, file);
}

export interface WriteResult {
  records: number;
  store: { p50: number; p95: number };
  baseline: { p50: number; p95: number };
  ratio: number;
  fold: number;
}

/**
 * An acknowledged write (one record changed, answered once on disk) with N records in the store,
 * against the baseline of the same data written by hand, interleaved so both see the same noise.
 */
export async function benchStoreWrite(records: number, iterations: number): Promise<WriteResult> {
  const tmp = makeTempDir('convene-bench-');
  try {
    const file = join(tmp.dir, 'convene-data.json');
    const store = await Store.open({ file, seed: () => workspaceWith(records) });
    const baselineFile = join(tmp.dir, 'baseline.json');
    const storeSamples: number[] = [];
    const baseSamples: number[] = [];
    for (let i = 0; i < iterations + 3; i++) {
      const t0 = performance.now();
      await store.mutate((ws) => {
        const k = i % ws.areas.length;
        const areas = ws.areas.slice();
        areas[k] = { ...areas[k], name: `Renamed ${i}`, updatedAt: new Date().toISOString() };
        return { next: { ...ws, areas }, result: null };
      });
      const t1 = performance.now();
      await writeByHand(baselineFile, store.data);
      const t2 = performance.now();
      if (i >= 3) {
        storeSamples.push(t1 - t0);
        baseSamples.push(t2 - t1);
      }
    }
    // The journal is folded into the data file every 4 MB of changes and on close: time that too.
    const f0 = performance.now();
    await store.close();
    const fold = performance.now() - f0;
    const s = summarize(storeSamples);
    const b = summarize(baseSamples);
    return { records, store: s, baseline: b, ratio: s.p50 / b.p50, fold };
  } finally {
    tmp.cleanup();
  }
}

export async function runStoreWriteBench(): Promise<boolean> {
  console.log('\nDurable store write (one record changed, acknowledged once on disk) vs JSON.stringify + write + fsync + rename by hand');
  console.log('(store: journal append + fdatasync; the fold column is the occasional rewrite of the whole file, every 4 MB of journal and on close)');
  console.log('records   store p50   store p95   baseline p50   baseline p95   ratio p50        fold');
  let ok = true;
  for (const [records, iterations] of [
    [100, 60],
    [1_000, 60],
    [10_000, 40],
    [50_000, 15],
  ] as const) {
    const r = await benchStoreWrite(records, iterations);
    console.log(
      `${String(records).padStart(7)}   ${ms(r.store.p50).padStart(9)}   ${ms(r.store.p95).padStart(9)}   ${ms(r.baseline.p50).padStart(12)}   ${ms(r.baseline.p95).padStart(12)}   ${r.ratio.toFixed(2).padStart(9)}   ${ms(r.fold).padStart(9)}`,
    );
    if (records === 10_000) {
      const pass = r.ratio <= 1.3 && r.store.p95 <= 40;
      ok &&= pass;
      console.log(`  target at 10,000 records: ratio <= 1.30 and p95 <= 40 ms -> ${pass ? 'met' : 'MISSED'} (ratio ${r.ratio.toFixed(2)}, p95 ${ms(r.store.p95)})`);
    }
  }
  return ok;
}
