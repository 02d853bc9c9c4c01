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
import { runRoomBench } from './room.bench';

/**
 * `npm run bench`: prints each benchmark's figures beside a baseline measured in the same run.
 * Targets are reported, not enforced by exit code: these machines are shared and noisy.
 */
async function main() {
  console.log(`Convene benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  const results: [string, boolean][] = [];
  // `npm run bench -- room`: the room benchmark alone (it takes a minute and more).
  if (process.argv.slice(2).includes('room')) {
    const ok = await runRoomBench();
    console.log(`\nSummary\n  room, 1,000 phones and 4 note-takers: ${ok ? 'target met' : 'target MISSED'}`);
    return;
  }
  results.push(['store write', await runStoreWriteBench()]);
  results.push(['HSDS import', await runHsdsImportBench()], ['coverage matrix', await runCoverageBench()], ['gap map', await runGapMapBench()]);
  results.push(['AAR/IP export, 500 entries', await runAarBench()]);
  results.push(...(await runTownHallBenches()));
  results.push(['personal-detail detection, 20,000 characters', runPrivacyBench()], ['duplicate suggestions, 5,000 x 2,000 words', runDuplicatesBench()]);
  results.push(['long lists in Chromium', await runListsBench().catch((error: Error) => (console.log(`  long lists: could not run (${error.message.split('\n')[0]}); run "npm run build" first.`), false))]);
  results.push(['start-up', await runStartupBench()]);
  results.push(...(await runReportsVsChromiumBench()));
  results.push(['host responsiveness during 10 report exports', await runResponsivenessBench()]);
  results.push(['room, 1,000 phones and 4 note-takers', await runRoomBench()]);
  console.log('\nSummary');
  for (const [name, ok] of results) console.log(`  ${name}: ${ok ? 'target met' : 'target MISSED'}`);
}

void main();
