import { runReportsVsChromiumBench } from './reports-vs-chromium.bench';
await runReportsVsChromiumBench(3);
