import { Agent, request } from 'node:http';
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
 * venue's Wi-Fi are. Each phone opens the residents' page, then for the run's length polls the shown
 * questions every 10 s (as the page's script does), asks 2 questions and says "me too" to 4 shown
 * ones, at random moments. Meanwhile 4 note-takers capture (questions.create with the note-taker
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
const ASKS = 2;
const SUPPORTS = 4;

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
    hub = await spawnHost(`${tmp.dir}/convene-data.json`, { args: ['--room-address', ROOM_ADDRESS] });
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

    // The room: phones arrive over the first 5 s, then ask, support and poll until the end.
    const phoneTimes: number[] = [];
    const failures = new Map<string, number>();
    const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
    let asked = 0;
    let supported = 0;
    let polls = 0;
    const started = performance.now();
    const runMs = seconds * 1000;
    const end = started + runMs;
    const phoneReq = async (agent: Agent, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer | null> => {
      const t = performance.now();
      try {
        const a = await send(agent, port, path, opts);
        phoneTimes.push(performance.now() - t);
        if (a.status !== 200 && a.status !== 304) {
          fail(`${a.status} ${path.split('/')[3] ?? 'page'}`);
          return null;
        }
        return a;
      } catch (error) {
        phoneTimes.push(performance.now() - t);
        fail(`no answer: ${(error as Error).message}`);
        return null;
      }
    };
    const phone = async (i: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}` });
      agents.push(agent);
      await sleep(Math.random() * 5_000);
      const base = `/r/${code('resident')}`;
      const page = await phoneReq(agent, base, {});
      if (!page) return;
      const cookie = String(page.headers['set-cookie'] ?? '').split(';')[0];
      const headers = { Cookie: cookie, Accept: 'application/json' };
      // When in the run each action happens (ms from now), in order.
      const left = end - performance.now();
      const actions: { at: number; kind: 'ask' | 'support' | 'poll' }[] = [];
      for (let k = 0; k < ASKS; k++) actions.push({ at: Math.random() * left, kind: 'ask' });
      for (let k = 0; k < SUPPORTS; k++) actions.push({ at: Math.random() * left, kind: 'support' });
      for (let at = Math.random() * POLL_MS; at < left; at += POLL_MS) actions.push({ at, kind: 'poll' });
      actions.sort((a, b) => a.at - b.at);
      const t0 = performance.now();
      let shown: string[] = [];
      let etag = '';
      let k = 0;
      const done = new Set<string>();
      for (const action of actions) {
        const wait = t0 + action.at - performance.now();
        if (wait > 0) await sleep(wait);
        if (performance.now() >= end) return;
        if (action.kind === 'poll') {
          const a = await phoneReq(agent, `${base}/questions`, { headers: etag ? { ...headers, 'If-None-Match': etag } : headers });
          polls++;
          if (a?.status === 200) {
            shown = (JSON.parse(a.body) as { questions: { id: string }[] }).questions.map((q) => q.id);
            etag = String(a.headers.etag ?? '');
          }
        } else if (action.kind === 'ask') {
          const a = await phoneReq(agent, `${base}/questions`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: `Phone ${i}, question ${++k}: can the park stay lit until 10 pm?`, clientId: `bench-ph-${i}-${k}` }) });
          if (a) asked++;
        } else {
          const questionId = shown.find((id) => !done.has(id));
          if (!questionId) continue;
          done.add(questionId);
          const a = await phoneReq(agent, `${base}/support`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ questionId, clientId: `bench-s-${i}-${questionId}` }) });
          if (a) supported++;
        }
      }
    };
    let rssPeak = rssIdle;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(hub!.proc.pid) || 0)), 1_000);
    const [loaded] = await Promise.all([capture(runMs), ...Array.from({ length: phoneCount }, (_, i) => phone(i))]);
    clearInterval(sampler);
    const rssEnd = rssMb(hub.proc.pid);
    const elapsed = (performance.now() - started) / 1000;

    const p = summarize(phoneTimes);
    const i = summarize(idle);
    const l = summarize(loaded);
    const failed = [...failures.values()].reduce((a, b) => a + b, 0);
    const ratio = l.p95 / i.p95;
    const ok = p.p95 <= 300 && failed === 0 && noteFailures.length === 0 && ratio <= 2;
    console.log(`\nRoom (issue 12): ${phoneCount} phones over loopback (own address and cookie each) for ${seconds} s${seconds < 60 ? ' (shorter than the issue\'s 60 s: CONVENE_BENCH_ROOM_SECONDS)' : ''}, while ${NOTE_TAKERS} note-takers capture`);
    console.log(`  phones       ${p.n} requests in ${elapsed.toFixed(1)} s (${(p.n / elapsed).toFixed(0)}/s: ${asked} questions, ${supported} me too, ${polls} list polls, ${phoneCount} page loads)`);
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
