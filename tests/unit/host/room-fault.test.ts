import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnHost, type HostProcess } from '../../support/host-process';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Issue 12, "the hub killed": the built host process is killed (SIGKILL) while three note-takers
 * type and fifty phones submit, then restarted on the same data file and port. Every device keeps
 * resending what it was not told is saved, with the same clientId, as the app and the residents'
 * page do. Afterwards everything acknowledged is stored exactly once, nothing a device sent is lost,
 * and a retry of something acknowledged answers the first result without storing it again.
 */

/** The room's "network address": a loopback alias (phones connect from other loopback addresses). */
const ROOM_ADDRESS = '127.0.0.2';
const NOTE_TAKERS = 3;
const NOTES_EACH = 20;
const PHONES = 50;
const PHONE_QUESTIONS = 2;
/** Acknowledgements after which the hub is killed: mid-way through the traffic. */
const KILL_AFTER = 70;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request on a fresh connection; `from` is the source address (a phone's own). */
function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; from?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: ROOM_ADDRESS, port, path, method: opts.method ?? 'GET', agent: false, localAddress: opts.from, headers: { Host: `${ROOM_ADDRESS}:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('the hub killed mid-room (SIGKILL) and restarted', () => {
  it('stores everything a device was told is saved exactly once, and loses nothing a device kept resending', async () => {
    const tmp = makeTempDir();
    const dataFile = `${tmp.dir}/convene-data.json`;
    const args = ['--room-address', ROOM_ADDRESS];
    let hub: HostProcess = await spawnHost(dataFile, { args });
    cleanup = async () => {
      hub.proc.kill('SIGKILL');
      await hub.exited;
      tmp.cleanup();
    };
    const port = Number(new URL(hub.url).port);
    const staff = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await hub.post(method, input);
      if (res.status !== 200) throw new Error(`${method}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const townhall = await staff<{ id: string }>('townhalls.create', { title: 'Back of the Yards town hall', date: '2026-11-04' });
    const room = await staff<{ invites: { role: string; code: string }[] }>('townhalls.openRoom', { id: townhall.id });
    const code = (role: string) => room.invites.find((i) => i.role === role)!.code;

    // What every device was told: clientId → the id the hub answered.
    const acknowledged = new Map<string, string>();
    let down = false;
    let killed: Promise<void> | null = null;
    const acked = (key: string, id: string) => {
      acknowledged.set(key, id);
      if (acknowledged.size === KILL_AFTER && !killed) {
        down = true;
        hub.proc.kill('SIGKILL');
        killed = hub.exited.then(async () => {
          hub = await spawnHost(dataFile, { port, args });
          down = false;
        });
      }
    };
    let resends = 0;
    /** Sends until the hub answers 200 (the app's outbox and the phone page's retry); any other answer fails the test. */
    const untilAnswered = async (attempt: () => Promise<Answer>): Promise<Answer> => {
      for (;;) {
        let answer: Answer | null = null;
        try {
          answer = await attempt();
        } catch {
          /* refused or reset: the hub is away */
        }
        if (answer?.status === 200) return answer;
        if (answer && answer.status < 500) throw new Error(`answered ${answer.status}: ${answer.body}`);
        resends++;
        await pause(down ? 50 : 10);
      }
    };
    const untilSaved = async (attempt: () => Promise<Answer>): Promise<{ id: string }> => JSON.parse((await untilAnswered(attempt)).body);

    const noteTaker = async (n: number) => {
      for (let k = 0; k < NOTES_EACH; k++) {
        const clientId = `nt${n}-${k}`;
        const body = JSON.stringify({ townhallId: townhall.id, text: `Note-taker ${n} question ${k}: patrols near the Swift school`, clientId });
        const q = await untilSaved(() => send(port, '/api/questions.create', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${code('note-taker')}` }, body }));
        acked(clientId, q.id);
      }
    };
    const phone = async (p: number) => {
      const from = `127.0.1.${p + 1}`;
      // The page, and the device cookie it sets (named after the hub's port, so it outlives a restart).
      const page = await untilAnswered(() => send(port, `/r/${code('resident')}`, { from }));
      const cookie = String(page.headers['set-cookie'] ?? '').split(';')[0];
      expect(cookie).toMatch(new RegExp(`^convene_device_${port}=`));
      for (let k = 0; k < PHONE_QUESTIONS; k++) {
        const clientId = `ph${p}-${k}`;
        const body = JSON.stringify({ text: `Phone ${p} question ${k}: more lights on 47th Street`, clientId });
        const q = await untilSaved(() => send(port, `/r/${code('resident')}/questions`, { method: 'POST', from, headers: { 'Content-Type': 'application/json', Cookie: cookie }, body }));
        acked(clientId, q.id);
      }
      return { from, cookie };
    };

    const devices = await Promise.all([...Array.from({ length: NOTE_TAKERS }, (_, n) => noteTaker(n)), ...Array.from({ length: PHONES }, (_, p) => phone(p))]);
    expect(killed, 'the hub was killed mid-way').not.toBeNull();
    await killed;
    expect(resends, 'some devices had to resend while the hub was away').toBeGreaterThan(0);
    const total = NOTE_TAKERS * NOTES_EACH + PHONES * PHONE_QUESTIONS;
    expect(acknowledged.size).toBe(total);

    // Exactly once: every acknowledged question is stored, once, under the id its device was told.
    const stored = await staff<{ id: string; text: string; clientId: string | null }[]>('questions.list', { townhallIds: [townhall.id] });
    expect(stored).toHaveLength(total);
    const byText = new Map<string, number>();
    for (const q of stored) byText.set(q.text, (byText.get(q.text) ?? 0) + 1);
    expect([...byText.values()].every((n) => n === 1)).toBe(true);
    const ids = new Set(stored.map((q) => q.id));
    expect([...acknowledged.values()].filter((id) => !ids.has(id))).toEqual([]);

    // A retry with the same clientId (its answer was lost) answers the first question and stores nothing.
    const noteBody = JSON.stringify({ townhallId: townhall.id, text: 'Note-taker 1 question 3: patrols near the Swift school', clientId: 'nt1-3' });
    const again = await send(port, '/api/questions.create', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${code('note-taker')}` }, body: noteBody });
    expect(JSON.parse(again.body).id).toBe(acknowledged.get('nt1-3'));
    const { from, cookie } = devices[NOTE_TAKERS + 7] as { from: string; cookie: string };
    const phoneAgain = await send(port, `/r/${code('resident')}/questions`, { method: 'POST', from, headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ text: 'Phone 7 question 1: more lights on 47th Street', clientId: 'ph7-1' }) });
    expect(phoneAgain.status).toBe(200);
    expect(JSON.parse(phoneAgain.body).id).toBe(acknowledged.get('ph7-1'));
    expect(await staff<unknown[]>('questions.list', { townhallIds: [townhall.id] })).toHaveLength(total);
  });
});
