import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { spawnHost, type HostProcess } from '../support/host-process';
import { makeTempDir } from '../support/temp-dir';
import { ms, summarize } from './stats';

/**
 * Issue 12, "a town hall opened to the room": the built hub (`out/main/host.js`, `npm run build`
 * first) serving a room on a loopback alias, with N simulated phones (1,000 by default), each from
 * its own loopback address with its own device cookie and keep-alive connection, as phones on a
 * venue's Wi-Fi are, generated in their own process (room-phones.mjs, which describes the load
 * model: a question or a me too every 10 s per phone on average, a list poll every 10 s).
 * Meanwhile 4 note-takers capture (questions.create with the note-taker
 * code) one question every 1.5 s each.
 *
 * Baseline, measured in the same run: the same 4 note-takers capturing with no phones.
 * Targets: phone request p95 <= 300 ms, 0 failed phone requests (any answer but 200/304, or no
 * answer), note-taker save p95 under load <= 2x idle. The hub's resident set size is printed.
 *
 * Parameters (environment): CONVENE_BENCH_ROOM_SECONDS (default 60), CONVENE_BENCH_ROOM_PHONES
 * (default 1000). Run it alone with `npm run bench -- room`.
 */

const ROOM_ADDRESS = '127.0.0.2';
const NOTE_TAKERS = 4;
const NOTE_INTERVAL_MS = 1_500;
const POLL_MS = 10_000;
/** A phone sends a question or a me too this often on average (room-phones.mjs). */
const WRITE_EVERY_MS = 10_000;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(agent: Agent, port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: ROOM_ADDRESS, port, path, method: opts.method ?? 'GET', agent, headers: { Host: `${ROOM_ADDRESS}:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The hub's resident set size in MB (Linux /proc), or NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));
const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export async function runRoomBench(): Promise<boolean> {
  const seconds = envNumber('CONVENE_BENCH_ROOM_SECONDS', 60);
  const phoneCount = Math.floor(envNumber('CONVENE_BENCH_ROOM_PHONES', 1000));
  const tmp = makeTempDir();
  let hub: HostProcess | null = null;
  const agents: Agent[] = [];
  try {
    const profile = process.env.CONVENE_BENCH_ROOM_PROFILE; // a folder: the hub runs with node --cpu-prof there
    hub = await spawnHost(`${tmp.dir}/convene-data.json`, { args: ['--room-address', ROOM_ADDRESS], nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [] });
    const port = Number(new URL(hub.url).port);
    const staff = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await hub!.post(method, input);
      if (res.status !== 200) throw new Error(`${method}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const townhall = await staff<{ id: string }>('townhalls.create', { title: 'Roseland town hall', date: '2026-11-18', languages: ['en', 'es'] });
    const room = await staff<{ invites: { role: string; code: string }[] }>('townhalls.openRoom', { id: townhall.id });
    const code = (role: string) => room.invites.find((i) => i.role === role)!.code;
    const noteAgent = new Agent({ keepAlive: true });
    agents.push(noteAgent);

    // Note-takers: one capture every NOTE_INTERVAL_MS each, for `ms`; answers the save latencies.
    let noteSeq = 0;
    const noteFailures: string[] = [];
    const capture = async (forMs: number): Promise<number[]> => {
      const out: number[] = [];
      const end = performance.now() + forMs;
      await Promise.all(
        Array.from({ length: NOTE_TAKERS }, async (_, n) => {
          await sleep((NOTE_INTERVAL_MS / NOTE_TAKERS) * n);
          while (performance.now() < end) {
            const k = ++noteSeq;
            const body = JSON.stringify({ townhallId: townhall.id, text: `Note-taker ${n}: question ${k} about the bus 4 schedule after dark`, clientId: `bench-nt-${k}` });
            const t = performance.now();
            const a = await send(noteAgent, port, '/api/questions.create', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${code('note-taker')}` }, body }).catch((e: Error) => ({ status: 0, body: e.message, headers: {} }));
            out.push(performance.now() - t);
            if (a.status !== 200) noteFailures.push(`${a.status} ${a.body.slice(0, 120)}`);
            await sleep(NOTE_INTERVAL_MS);
          }
        }),
      );
      return out;
    };

    // Warm up, then the baseline: note-takers alone.
    await capture(3_000);
    const baselineMs = Math.min(15_000, Math.max(5_000, seconds * 250));
    const idle = await capture(baselineMs);
    const rssIdle = rssMb(hub.proc.pid);

    // The room: the phones (their own process, tests/bench/room-phones.mjs, where the load model is
    // described) arrive over the first 5 s, then ask, support and poll until the end, while the
    // note-takers capture here.
    const started = performance.now();
    const runMs = seconds * 1000;
    const generator = spawn(process.execPath, [join(import.meta.dirname, 'room-phones.mjs'), JSON.stringify({ address: ROOM_ADDRESS, port, code: code('resident'), seconds, phones: phoneCount, writeEveryMs: WRITE_EVERY_MS, pollMs: POLL_MS })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let generatorOut = '';
    generator.stdout!.on('data', (c) => (generatorOut += c));
    const generatorDone = new Promise<void>((resolve, reject) => generator.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`the phones' process exited with ${c}`)))));
    let rssPeak = rssIdle;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(hub!.proc.pid) || 0)), 1_000);
    const [loaded] = await Promise.all([capture(runMs), generatorDone]);
    clearInterval(sampler);
    const result = JSON.parse(generatorOut.trim().split('\n').pop()!) as { times: number[]; failures: Record<string, number>; asked: number; supported: number; polls: number; pages: number; elapsedMs: number };
    const phoneTimes = result.times;
    const failures = new Map(Object.entries(result.failures));
    const { asked, supported, polls } = result;
    const rssEnd = rssMb(hub.proc.pid);
    const elapsed = (performance.now() - started) / 1000;

    const p = summarize(phoneTimes);
    const i = summarize(idle);
    const l = summarize(loaded);
    const failed = [...failures.values()].reduce((a, b) => a + b, 0);
    const ratio = l.p95 / i.p95;
    const ok = p.p95 <= 300 && failed === 0 && noteFailures.length === 0 && ratio <= 2;
    console.log(`\nRoom (issue 12): ${phoneCount} phones over loopback (own address and cookie each) for ${seconds} s${seconds < 60 ? ' (shorter than the issue\'s 60 s: CONVENE_BENCH_ROOM_SECONDS)' : ''}, while ${NOTE_TAKERS} note-takers capture`);
    console.log(`  load model   each phone: its page once in the first 5 s, then a question or a me too every ${WRITE_EVERY_MS / 1000} s on average (me too, question, me too, ...) and a list poll every ${POLL_MS / 1000} s; own address, cookie and keep-alive connection; generated in a separate process (tests/bench/room-phones.mjs) on the same 2 cores`);
    console.log(`  phones       ${p.n} requests in ${elapsed.toFixed(1)} s (${(p.n / elapsed).toFixed(0)}/s: ${asked} questions, ${supported} me too, ${polls} list polls, ${result.pages} page loads)`);
    console.log(`               p50 ${ms(p.p50)}   p95 ${ms(p.p95)}   failures ${failed}${failed ? ` (${[...failures].map(([k, v]) => `${k}: ${v}`).join('; ')})` : ''}`);
    console.log(`  note-takers  idle p50 ${ms(i.p50)}  p95 ${ms(i.p95)} (${i.n} saves, baseline)   in the room p50 ${ms(l.p50)}  p95 ${ms(l.p95)} (${l.n} saves)   ratio ${ratio.toFixed(2)}${noteFailures.length ? `   FAILED SAVES ${noteFailures.length}: ${noteFailures[0]}` : ''}`);
    console.log(`  hub RSS      ${rssIdle.toFixed(0)} MB idle, ${rssPeak.toFixed(0)} MB peak, ${rssEnd.toFixed(0)} MB at the end`);
    console.log(`  machine      ${cpus().length} cores, load average ${loadavg().map((v) => v.toFixed(1)).join(' / ')} (1/5/15 min; the phones' client runs on the same cores)`);
    console.log(`  targets: phone p95 <= 300 ms, 0 failures, note-taker p95 <= 2x idle -> ${ok ? 'met' : 'MISSED'}`);
    return ok;
  } finally {
    for (const a of agents) a.destroy();
    if (hub) {
      hub.proc.kill('SIGTERM');
      await hub.exited;
    }
    tmp.cleanup();
  }
}
