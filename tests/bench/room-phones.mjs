/**
 * The room benchmark's phones (tests/bench/room.bench.ts), run as their own process so that the
 * generator's work (1,000 clients' sockets, timers and parsing) does not sit on the event loop
 * that times the note-takers. Plain JavaScript: `node tests/bench/room-phones.mjs '<json config>'`.
 *
 * Load model (what one phone does, as a resident's page with its script would): it opens the
 * residents' page at a random moment in the first 5 s; then it sends a question or a "me too"
 * every `writeEveryMs` on average (10 s by default; each gap uniform between half and one and a
 * half times that), in the cycle me too, question, me too (a me too goes to a shown question it
 * has not supported yet, or is skipped), and polls the shown list every `pollMs` (10 s, as the
 * page's script does, with If-None-Match). Each phone has its own loopback address (127.1.x.y),
 * device cookie and one keep-alive connection, as phones on a venue's Wi-Fi do. 1,000 phones at
 * the defaults make about 100 writes and 100 polls a second: a town hall at its busiest, not a
 * tight loop, and the same rate however long the run.
 *
 * Prints one JSON line: { times: number[] (ms per phone request), failures: {reason: count},
 * asked, supported, polls, pages, elapsedMs }.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

const config = JSON.parse(process.argv[2]);
const { address, port, code, seconds, phones, writeEveryMs, pollMs } = config;

function send(agent, path, opts = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, method: opts.method ?? 'GET', agent, headers: { Host: `${address}:${port}`, ...opts.headers } }, (res) => {
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

const sleep = (msec) => new Promise((r) => setTimeout(r, msec));
const times = [];
const failures = {};
const fail = (why) => (failures[why] = (failures[why] ?? 0) + 1);
let asked = 0;
let supported = 0;
let polls = 0;
let pages = 0;
const agents = [];
const started = performance.now();
const end = started + seconds * 1000;

async function phoneReq(agent, path, opts) {
  const t = performance.now();
  try {
    const a = await send(agent, path, opts);
    times.push(performance.now() - t);
    if (a.status !== 200 && a.status !== 304) {
      fail(`${a.status} ${path.split('/')[3] ?? 'page'}`);
      return null;
    }
    return a;
  } catch (error) {
    times.push(performance.now() - t);
    fail(`no answer: ${error.message}`);
    return null;
  }
}

async function phone(i) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}` });
  agents.push(agent);
  await sleep(Math.random() * 5_000);
  const base = `/r/${code}`;
  const page = await phoneReq(agent, base, {});
  if (!page) return;
  pages++;
  const cookie = String(page.headers['set-cookie'] ?? '').split(';')[0];
  const headers = { Cookie: cookie, Accept: 'application/json' };
  const left = end - performance.now();
  const actions = [];
  // Writes every writeEveryMs on average (each gap uniform in 0.5x-1.5x), in the cycle me too,
  // question, me too: at most 4 questions a minute at the default 10 s, under the per-phone limit.
  let w = Math.floor(Math.random() * 3);
  for (let at = Math.random() * writeEveryMs; at < left; at += writeEveryMs * (0.5 + Math.random())) actions.push({ at, kind: w++ % 3 === 1 ? 'ask' : 'support' });
  for (let at = Math.random() * pollMs; at < left; at += pollMs) actions.push({ at, kind: 'poll' });
  actions.sort((a, b) => a.at - b.at);
  const t0 = performance.now();
  let shown = [];
  let etag = '';
  let k = 0;
  const done = new Set();
  for (const action of actions) {
    const wait = t0 + action.at - performance.now();
    if (wait > 0) await sleep(wait);
    if (performance.now() >= end) return;
    if (action.kind === 'poll') {
      const a = await phoneReq(agent, `${base}/questions`, { headers: etag ? { ...headers, 'If-None-Match': etag } : headers });
      polls++;
      if (a?.status === 200) {
        shown = JSON.parse(a.body).questions.map((q) => q.id);
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
}

await Promise.all(Array.from({ length: phones }, (_, i) => phone(i)));
for (const a of agents) a.destroy();
process.stdout.write(`${JSON.stringify({ times, failures, asked, supported, polls, pages, elapsedMs: performance.now() - started })}\n`);
