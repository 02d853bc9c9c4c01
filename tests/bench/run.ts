import { runStoreWriteBench } from './store-write.bench';
import { runCoverageBench } from './coverage.bench';
import { runGapMapBench } from './gap-map.bench';
import { runHsdsImportBench } from './hsds-import.bench';
import { runAarBench } from './aar.bench';
import { runTownHallBenches } from './townhall.bench';
import { runDuplicatesBench, runPrivacyBench } from './privacy-duplicates.bench';
import { runStartupBench } from './startup.bench';
import { runListsBench } from './lists.bench';
import { runReportsVsChromiumBench } from './reports-vs-chromium.bench';
import { runResponsivenessBench } from './responsiveness.bench';
import { runCaptureLineBench } from './capture-line.bench';
import { runRoomBench } from './room.bench';

/**
 * `npm run bench`: prints each benchmark's figures beside a baseline measured in the same run.
 * Targets are reported, not enforced by exit code: these machines are shared and noisy.
 * `npm run bench -- <word> [<word>…]` runs only the benchmarks whose name contains one of the
 * words (e.g. `npm run bench -- responsiveness`, `npm run bench -- store capture-line`).
 */
async function main() {
  const only = process.argv.slice(2).map((w) => w.toLowerCase());
  const wanted = (...names: string[]) => only.length === 0 || names.some((n) => only.some((w) => n.toLowerCase().includes(w)));
  console.log(`Convene benchmarks — Node ${process.version}, ${new Date().toISOString()}${only.length ? ` (only: ${only.join(', ')})` : ''}`);
  const results: [string, boolean][] = [];
  if (wanted('store write', 'store-write')) results.push(['store write', await runStoreWriteBench()]);
  if (wanted('HSDS import', 'hsds-import')) results.push(['HSDS import', await runHsdsImportBench()]);
  if (wanted('coverage matrix', 'coverage')) results.push(['coverage matrix', await runCoverageBench()]);
  if (wanted('gap map', 'gap-map')) results.push(['gap map', await runGapMapBench()]);
  if (wanted('AAR/IP export', 'aar')) results.push(['AAR/IP export, 500 entries', await runAarBench()]);
  if (wanted('town hall', 'townhall', 'capture', 'moderation')) results.push(...(await runTownHallBenches()));
  if (wanted('capture-line parsing', 'capture-line')) results.push(['capture-line parsing, 40,000 tokens', runCaptureLineBench()]);
  if (wanted('personal-detail detection', 'privacy')) results.push(['personal-detail detection, 20,000 characters', runPrivacyBench()]);
  if (wanted('duplicate suggestions', 'duplicates')) results.push(['duplicate suggestions, 5,000 x 2,000 words', runDuplicatesBench()]);
  if (wanted('long lists', 'lists')) results.push(['long lists in Chromium', await runListsBench().catch((error: Error) => (console.log(`  long lists: could not run (${error.message.split('\n')[0]}); run "npm run build" first.`), false))]);
  if (wanted('start-up', 'startup')) results.push(['start-up', await runStartupBench()]);
  if (wanted('reports vs Chromium', 'reports-vs-chromium', 'chromium')) results.push(...(await runReportsVsChromiumBench()));
  if (wanted('host responsiveness', 'responsiveness')) results.push(['host responsiveness during 10 report exports and a 100,000-service import', await runResponsivenessBench()]);
  if (wanted('room', 'phones')) results.push(['room, 1,000 phones and 4 note-takers', await runRoomBench()]);
  console.log('\nSummary');
  for (const [name, ok] of results) console.log(`  ${name}: ${ok ? 'target met' : 'target MISSED'}`);
}

void main();
