import { performance } from 'node:perf_hooks';
import { coverageMatrix } from '../../shared/logic';
import { benchWorkspace } from './gaps-data';
import { ms, summarize } from './stats';

/** The coverage matrix for 77 areas x 20 categories over 10,000 services (plus 2,000 needs, 3,000 links). Baseline: one pass over the services. */
export async function runCoverageBench(): Promise<boolean> {
  console.log('\nCoverage matrix: 77 areas x 20 categories, 10,000 services, 2,000 needs, 3,000 links (target <= 100 ms)');
  const ws = benchWorkspace({ services: 10_000, needs: 2_000, links: 3_000 });
  const matrixMs: number[] = [];
  const baseMs: number[] = [];
  let sink = 0;
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    const m = coverageMatrix(ws);
    const t1 = performance.now();
    let pairs = 0;
    for (const s of ws.services) if (s.status === 'active') pairs += s.areaIds.length * s.categoryIds.length;
    const t2 = performance.now();
    sink += m.totals.gaps + pairs;
    if (i >= 5) {
      matrixMs.push(t1 - t0);
      baseMs.push(t2 - t1);
    }
  }
  const m = summarize(matrixMs);
  const b = summarize(baseMs);
  const pass = m.p95 <= 100;
  console.log(`  matrix: p50 ${ms(m.p50)}, p95 ${ms(m.p95)} (n=${m.n}); baseline one pass over services: p50 ${ms(b.p50)}, p95 ${ms(b.p95)}  [checksum ${sink % 997}]`);
  console.log(`  target p95 <= 100 ms: ${pass ? 'met' : 'MISSED'}`);
  return pass;
}
