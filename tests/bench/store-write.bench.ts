import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, Workspace, type Area } from '../../shared/model';
import { Store } from '../../electron/services/store/store';
import { encodeRecord } from '../../electron/services/store/journal-format';
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

export interface WriteResult {
  records: number;
  store: { p50: number; p95: number };
  /** The same rename through the whole-workspace `mutate` (copy the collection, diff it): what services did before. */
  copy: { p50: number; p95: number };
  baseline: { p50: number; p95: number };
  ratio: number;
  fold: number;
}

/**
 * An acknowledged change (one record renamed, answered once on disk) with N records in the store,
 * against the baseline of the least a durable change can cost: the same framed record appended
 * by hand to a file and fdatasynced. Interleaved so both see the same noise.
 */
export async function benchStoreWrite(records: number, iterations: number): Promise<WriteResult> {
  const tmp = makeTempDir('convene-bench-');
  try {
    const file = join(tmp.dir, 'convene-data.json');
    const store = await Store.open({ file, seed: () => workspaceWith(records) });
    const baseline = await open(join(tmp.dir, 'baseline.journal'), 'a', 0o600);
    const storeSamples: number[] = [];
    const baseSamples: number[] = [];
    const copySamples: number[] = [];
    const ids = store.data.areas.map((a) => a.id);
    for (let i = 0; i < iterations + 3; i++) {
      const t0 = performance.now();
      // The id-indexed write services use: look the record up by id, put the new one.
      const renamed = await store.change((tx) => {
        const current = tx.get('areas', ids[(i * 7919) % ids.length])!;
        return { result: tx.put('areas', { ...current, name: `Renamed ${i}`, updatedAt: new Date().toISOString() }) };
      });
      const t1 = performance.now();
      await baseline.write(encodeRecord(i, Date.now(), [{ c: 'areas', put: [renamed] }]));
      await baseline.datasync();
      const t2 = performance.now();
      if (i >= 3) {
        storeSamples.push(t1 - t0);
        baseSamples.push(t2 - t1);
      }
    }
    // Then the old way, after (a whole-collection mutate swaps the array, so the index is built again once).
    for (let i = 0; i < iterations + 3; i++) {
      const t2 = performance.now();
      await store.mutate((ws) => {
        const k = (i * 104729) % ws.areas.length;
        const areas = ws.areas.slice();
        areas[k] = { ...areas[k], name: `Copied ${i}`, updatedAt: new Date().toISOString() };
        return { next: { ...ws, areas }, result: areas[k] };
      });
      if (i >= 3) copySamples.push(performance.now() - t2);
    }
    await baseline.close();
    // The journal is folded into the data file every 4 MB of changes, for backups and on close: time that too.
    const f0 = performance.now();
    await store.close();
    const fold = performance.now() - f0;
    const s = summarize(storeSamples);
    const b = summarize(baseSamples);
    return { records, store: s, copy: summarize(copySamples), baseline: b, ratio: s.p95 / b.p95, fold };
  } finally {
    tmp.cleanup();
  }
}

/** Opening a workspace of N records (read, parse, validate, replay an empty journal) against JSON.parse of the same file. */
export async function benchStoreOpen(records: number): Promise<{ open: number; baseline: number }> {
  const tmp = makeTempDir('convene-bench-');
  try {
    const file = join(tmp.dir, 'convene-data.json');
    const first = await Store.open({ file, seed: () => workspaceWith(records) });
    await first.close();
    const b0 = performance.now();
    const { readFile } = await import('node:fs/promises');
    JSON.parse(await readFile(file, 'utf8'));
    const baseline = performance.now() - b0;
    const t0 = performance.now();
    const store = await Store.open({ file, seed: () => workspaceWith(0) });
    const opened = performance.now() - t0;
    await store.close();
    return { open: opened, baseline };
  } finally {
    tmp.cleanup();
  }
}

/**
 * Opening a workspace of N records whose journal holds `entries` changes (renames, deletes, the
 * deleted records put back; each with an updatedAt), as after a long session ended by a crash:
 * read, scan, validate, replay, fold. Answers the open time and the replay work (record slots).
 */
export async function benchStoreOpenWithJournal(records: number, entries: number): Promise<{ open: number; work: number }> {
  const tmp = makeTempDir('convene-bench-');
  try {
    const file = join(tmp.dir, 'convene-data.json');
    const ws = workspaceWith(records);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify({ ...ws, journalSeq: 0 }));
    const parts: Buffer[] = [];
    const deleted: Area[] = [];
    for (let i = 0; i < entries; i++) {
      const a = ws.areas[(i * 7919) % records];
      const op =
        i % 4 === 1
          ? (deleted.push(a), { c: 'areas', del: [a.id] })
          : i % 4 === 3 && deleted.length > 0
            ? { c: 'areas', put: [deleted.pop()!] }
            : { c: 'areas', put: [{ ...a, name: `Renamed ${i}`, version: 2 }] };
      parts.push(encodeRecord(i + 1, Date.now(), [op, { k: 'updatedAt', v: new Date().toISOString() }] as never));
    }
    await writeFile(`${file}.journal`, Buffer.concat(parts));
    const t0 = performance.now();
    const store = await Store.open({ file, seed: () => workspaceWith(0) });
    const opened = performance.now() - t0;
    const work = store.replayWork;
    await store.close();
    return { open: opened, work };
  } finally {
    tmp.cleanup();
  }
}

export async function runStoreWriteBench(): Promise<boolean> {
  console.log('\nStore: one acknowledged change (a record renamed by id with store.change, answered once on disk) vs the same framed record appended + fdatasync by hand');
  console.log('(copy p95: the same rename through the whole-workspace mutate, copying and diffing the collection, as services wrote before;');
  console.log(' the fold column is the occasional rewrite of the whole file: every 4 MB of journal, for a backup, and on close)');
  console.log('records   store p50   store p95   baseline p50   baseline p95   ratio p95    copy p95        fold   target p95 <= 5 ms');
  let ok = true;
  const p95s = new Map<number, number>();
  for (const [records, iterations] of [
    [10_000, 60],
    [50_000, 60],
    [100_000, 60],
  ] as const) {
    const r = await benchStoreWrite(records, iterations);
    p95s.set(records, r.store.p95);
    const pass = r.store.p95 <= 5;
    ok &&= pass;
    console.log(
      `${String(records).padStart(7)}   ${ms(r.store.p50).padStart(9)}   ${ms(r.store.p95).padStart(9)}   ${ms(r.baseline.p50).padStart(12)}   ${ms(r.baseline.p95).padStart(12)}   ${r.ratio.toFixed(2).padStart(9)}   ${ms(r.copy.p95).padStart(9)}   ${ms(r.fold).padStart(9)}   ${pass ? 'met' : 'MISSED'}`,
    );
  }
  const growth = p95s.get(100_000)! / p95s.get(10_000)!;
  console.log(`  cost growth 10,000 -> 100,000 records (p95 ratio; flat is about 1): ${growth.toFixed(2)}`);
  const o = await benchStoreOpen(100_000);
  const openOk = o.open <= 2000;
  ok &&= openOk;
  console.log(`  open a 100,000-record workspace: ${ms(o.open)} (baseline JSON.parse of the file ${ms(o.baseline)}, ratio ${(o.open / o.baseline).toFixed(2)}); target <= 2000 ms -> ${openOk ? 'met' : 'MISSED'}`);
  // A long journal: replay must cost records + changes. A 10x longer journal adds its changes, not the workspace per change.
  const short = await benchStoreOpenWithJournal(100_000, 2_000);
  const long = await benchStoreOpenWithJournal(100_000, 20_000);
  const linear = long.open <= 2 * short.open && long.work <= 2 * (100_000 + 20_000);
  ok &&= linear;
  console.log(
    `  open a 100,000-record workspace with a journal of 2,000 changes: ${ms(short.open)} (replay work ${short.work} record slots); of 20,000 changes: ${ms(long.open)} (work ${long.work}); time ratio ${(long.open / short.open).toFixed(2)}, target <= 2 (linear: the journal is small beside the workspace) -> ${linear ? 'met' : 'MISSED'}`,
  );
  return ok;
}
