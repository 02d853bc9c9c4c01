import { runCaptureBench } from './capture.bench';
import { runModerationBench } from './moderation.bench';

/** The town-hall benchmarks: capture save, moderation filtering (the summary PDF is in reports-vs-chromium.bench.ts). */
export async function runTownHallBenches(): Promise<[string, boolean][]> {
  return [
    ['town-hall capture save', await runCaptureBench()],
    ['town-hall moderation filter', await runModerationBench()],
  ];
}
