import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ms, summarize } from './stats';

const REPO = resolve(import.meta.dirname, '../..');
const TARGET_MS = 3_000;

/** Milliseconds from spawning `npm start` on a built checkout to its "running at" line. */
async function timeStart(dataFile: string): Promise<number> {
  const t0 = performance.now();
  // Its own process group, so the host it starts is stopped with it.
  const child = spawn('npm', ['start', '--', '--port', '0', '--data', dataFile], { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    return await new Promise<number>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`npm start showed no address within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/running at http/.test(output)) {
          clearTimeout(timer);
          done(performance.now() - t0);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => fail(new Error(`npm start exited (${code}):\n${output}`)));
    });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

/**
 * Start-up: `npm start` on a built checkout until it prints its address, beside a plain
 * `npm run build` measured in the same run (what every start used to cost).
 */
export async function runStartupBench(): Promise<boolean> {
  console.log('\nStart-up: npm start on a built checkout, until it shows its address');
  const b0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
  const buildMs = performance.now() - b0;
  if (build.status !== 0) {
    console.log(`  npm run build failed; cannot measure start-up.\n${build.stderr}`);
    return false;
  }
  const dir = await mkdtemp(join(tmpdir(), 'convene-bench-start-'));
  try {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push(await timeStart(join(dir, `data-${i}.json`)));
    const s = summarize(samples);
    const pass = s.p50 <= TARGET_MS;
    console.log(`  npm start, built: p50 ${ms(s.p50)}, worst ${ms(Math.max(...samples))} (n=${s.n}); baseline npm run build alone: ${ms(buildMs)}; ratio ${(s.p50 / buildMs).toFixed(2)}`);
    console.log(`  target p50 <= ${TARGET_MS} ms: ${pass ? 'met' : 'MISSED'}`);
    return pass;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
