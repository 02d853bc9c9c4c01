import { randomUUID } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/api';
import type { ServiceContext } from '../../electron/services/handlers';
import { Store } from '../../electron/services/store/store';
import { makeTempDir } from '../support/temp-dir';
import { makeTownHallWorkspace, SAMPLE_QUESTIONS } from '../support/townhall-fixture';
import { ms, summarize } from './stats';

async function writeByHand(file: string, data: unknown): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  const handle = await open(tmp, 'w');
  await handle.writeFile(JSON.stringify(data));
  await handle.sync();
  await handle.close();
  await rename(tmp, file);
}

/**
 * Capture: one question saved through `questions.create` (dispatch, validation, store, answered
 * once durable) with 10,000 questions in the workspace, against writing the same data by hand.
 */
export async function runCaptureBench(): Promise<boolean> {
  const records = 10_000;
  const iterations = 60;
  const tmp = makeTempDir('convene-bench-capture-');
  try {
    const seed = makeTownHallWorkspace({ questions: records, townhalls: 4 });
    const store = await Store.open({ file: join(tmp.dir, 'convene-data.json'), seed: () => seed });
    const ctx: ServiceContext = { store, now: () => new Date(), appVersion: 'bench', fontsDir: '', deliverReport: async () => ({ saved: false, path: null }) };
    const townhallId = seed.townhalls[0].id;
    const baselineFile = join(tmp.dir, 'baseline.json');
    const saves: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < iterations + 3; i++) {
      const t0 = performance.now();
      const r = await dispatch(ctx, 'questions.create', { townhallId, text: `${SAMPLE_QUESTIONS[i % SAMPLE_QUESTIONS.length]} (bench ${i})`, topicId: 'topic-lighting' });
      const t1 = performance.now();
      if (!r.ok) throw new Error(r.error.message);
      await writeByHand(baselineFile, store.data);
      const t2 = performance.now();
      if (i >= 3) {
        saves.push(t1 - t0);
        baseline.push(t2 - t1);
      }
    }
    const bytes = JSON.stringify(store.data).length;
    await store.close();
    const s = summarize(saves);
    const b = summarize(baseline);
    const pass = s.p95 <= 30;
    console.log(`\nTown-hall capture: questions.create acknowledged on disk, ${records.toLocaleString('en-US')} questions (${(bytes / 1e6).toFixed(1)} MB file), ${iterations} saves`);
    console.log(`  save       p50 ${ms(s.p50)}   p95 ${ms(s.p95)}`);
    console.log(`  baseline   p50 ${ms(b.p50)}   p95 ${ms(b.p95)}   (JSON.stringify + write + fsync + rename of the same data by hand)`);
    console.log(`  ratio p50 ${(s.p50 / b.p50).toFixed(2)}; target p95 <= 30 ms -> ${pass ? 'met' : 'MISSED'}`);
    return pass;
  } finally {
    tmp.cleanup();
  }
}
