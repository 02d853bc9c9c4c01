import { runCaptureBench } from './capture.bench';
import { runModerationBench } from './moderation.bench';
import { runTownHallReportBench } from './townhall-report.bench';

/** The town-hall benchmarks: capture save, moderation filtering, summary PDF. */
export async function runTownHallBenches(): Promise<[string, boolean][]> {
  return [
    ['town-hall capture save', await runCaptureBench()],
    ['town-hall moderation filter', await runModerationBench()],
    ['town-hall summary PDF', await runTownHallReportBench()],
  ];
}
