import { ROOM_LIMITS } from '../../../electron/host/rate-limit';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startInProcessHost } from '../../support/in-process-host';

/** Rooms are served on "network addresses"; here a loopback alias stands in for the laptop's Wi-Fi address. */
const ROOM_ADDRESS = '127.0.0.2';

let host: Awaited<ReturnType<typeof startInProcessHost>>;
let townhallId: string;
let otherTownhallId: string;
beforeEach(async () => {
  host = await startInProcessHost({ roomAddresses: [ROOM_ADDRESS] });
  townhallId = (await (await host.post('townhalls.create', { title: 'Englewood safety town hall', date: '2026-10-14', languages: ['en', 'es', 'pl'] })).json()).id;
  otherTownhallId = (await (await host.post('townhalls.create', { title: 'Pilsen listening session', date: '2026-10-20' })).json()).id;
});
afterEach(async () => {
  await host.stop();
});

const port = () => Number(new URL(host.url).port);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): any;
}

/** A request as a device on the room's network would make it (to the room address), or to `address`. */
function call(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; address?: string } = {}): Promise<Answer> {
  const address = opts.address ?? ROOM_ADDRESS;
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port: port(), path, agent: false, method: opts.method ?? 'GET', headers: { Host: `${address}:${port()}`, ...opts.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (method: string, input: unknown, code: string, address?: string) =>
  call(`/api/${method}`, { method: 'POST', address, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${code}` }, body: JSON.stringify(input) });

async function openRoom() {
  const res = await host.post('townhalls.openRoom', { id: townhallId });
  expect(res.status).toBe(200);
  const room = await res.json();
  const code = (role: string) => room.invites.find((i: { role: string }) => i.role === role).code as string;
  return { room, noteTaker: code('note-taker'), moderator: code('moderator'), resident: code('resident') };
}

/** A resident phone: keeps its device cookie like a browser does. */
function phone(code: string, opts: { lang?: string; address?: string } = {}) {
  let cookie = '';
  const remember = (a: Answer) => {
    const set = a.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = c.split(';');
      if (pair.startsWith(`convene_device_${port()}=`)) cookie = pair;
    }
    return a;
  };
  const q = opts.lang ? `?lang=${opts.lang}` : '';
  return {
    page: async () => remember(await call(`/r/${code}${q}`, { address: opts.address, headers: cookie ? { Cookie: cookie } : {} })),
    ask: async (text: string, clientId: string) =>
      remember(await call(`/r/${code}/questions${q}`, { method: 'POST', address: opts.address, headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify({ text, clientId }) })),
    support: async (questionId: string, clientId: string) =>
      remember(await call(`/r/${code}/support${q}`, { method: 'POST', address: opts.address, headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify({ questionId, clientId }) })),
    list: async () => remember(await call(`/r/${code}/questions${q}`, { address: opts.address, headers: cookie ? { Cookie: cookie } : {} })),
    /** The device cookie it holds (`name=value`). */
    cookie: () => cookie,
  };
}

describe('opening a town hall to the room', () => {
  it('serves it on the network address with a code, link and QR code per role', async () => {
    expect(await call('/r/ABCDEFGH').catch((e: NodeJS.ErrnoException) => e.code)).toBe('ECONNREFUSED');
    const { room } = await openRoom();
    expect(room.urls).toEqual([`http://${ROOM_ADDRESS}:${port()}`]);
    expect(room.invites.map((i: { role: string }) => i.role)).toEqual(['note-taker', 'moderator', 'resident']);
    for (const invite of room.invites) {
      expect(invite.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
      expect(invite.qrSvg).toMatch(/^<svg/);
    }
    expect(room.invites[0].url).toBe(`http://${ROOM_ADDRESS}:${port()}/join/${room.invites[0].code}`);
    expect(room.invites[2].url).toBe(`http://${ROOM_ADDRESS}:${port()}/r/${room.invites[2].code}`);
    expect(new Set(room.invites.map((i: { code: string }) => i.code)).size).toBe(3);
    // Opening again answers the same codes; the status says the same.
    const again = await (await host.post('townhalls.openRoom', { id: townhallId })).json();
    expect(again.invites.map((i: { code: string }) => i.code)).toEqual(room.invites.map((i: { code: string }) => i.code));
  });

  it('refuses the launch token and staff sessions on the network address: only codes get in there', async () => {
    await openRoom();
    expect((await api('areas.list', {}, host.token)).status).toBe(401);
    expect((await call('/')).status).toBe(401);
  });

  it('gives a joining note-taker its cookie and opens the capture view', async () => {
    const { noteTaker, moderator } = await openRoom();
    const join = await call(`/join/${noteTaker.toLowerCase()}`);
    expect(join.status).toBe(303);
    expect(join.headers.location).toBe(`/#/townhalls/${townhallId}/capture`);
    const cookie = String(join.headers['set-cookie']).split(';')[0];
    expect(String(join.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const listed = await call('/api/questions.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ townhallIds: [townhallId] }) });
    expect(listed.status).toBe(200);
    expect((await call('/', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await call(`/join/${moderator}`)).headers.location).toBe(`/#/townhalls/${townhallId}/moderate`);
    expect((await call('/join/WRONGCDE')).status).toBe(404);
  });
});

describe('roles, enforced in the service layer', () => {
  it('lets a note-taker capture and list its own town hall, nothing else', async () => {
    const { noteTaker } = await openRoom();
    const created = await api('questions.create', { townhallId, text: 'When will the lights on 63rd be fixed?', clientId: 'nt1-0001' }, noteTaker);
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ visibility: 'shown', source: 'live', clientId: 'nt1-0001' });
    expect((await api('questions.list', { townhallIds: [townhallId] }, noteTaker)).json()).toHaveLength(1);
    const refused = [
      ['questions.create', { townhallId: otherTownhallId, text: 'Elsewhere' }],
      ['questions.list', { townhallIds: [otherTownhallId] }],
      ['questions.list', { townhallIds: [townhallId, otherTownhallId] }],
      ['townhalls.get', { id: otherTownhallId }],
      ['townhalls.list', {}],
      ['exercises.list', {}],
      ['resources.list', {}],
      ['areas.create', { name: 'Sneaky' }],
      ['workspace.status', {}],
      ['questions.setVisibility', { ids: [created.json().id], visibility: 'hidden' }],
      ['questions.update', { id: created.json().id, version: created.json().version, visibility: 'hidden' }],
      ['questions.merge', { targetId: created.json().id, sourceIds: [created.json().id] }],
      ['townhalls.openRoom', { id: otherTownhallId }],
      ['townhalls.closeRoom', { id: townhallId }],
    ] as const;
    for (const [method, input] of refused) {
      const res = await api(method, input, noteTaker);
      expect(res.status, method).toBe(method === 'resources.list' && res.status === 404 ? 404 : 403);
      if (res.status === 403) expect(res.json().error.code).toBe('forbidden');
    }
    expect((await api('reports.export', { kind: 'townhall', id: townhallId, language: 'en' }, noteTaker)).status).toBe(403);
    const current = host.ctx.store.data.questions.find((x) => x.id === created.json().id)!;
    expect((await api('questions.update', { id: current.id, version: current.version, text: 'When will the lights on 63rd St be fixed?' }, noteTaker)).status).toBe(200);
    expect(host.ctx.store.data.areas.some((a) => a.name === 'Sneaky')).toBe(false);
  });

  it('lets a moderator moderate its own town hall only', async () => {
    const { moderator, noteTaker } = await openRoom();
    const q = (await api('questions.create', { townhallId, text: 'Is the park open late?' }, noteTaker)).json();
    expect((await api('questions.setVisibility', { ids: [q.id], visibility: 'hidden' }, moderator)).json()).toEqual({ changed: 1 });
    const version = host.ctx.store.data.questions.find((x) => x.id === q.id)!.version;
    expect((await api('questions.update', { id: q.id, version, visibility: 'shown', status: 'answered-live' }, moderator)).status).toBe(200);
    expect((await api('townhalls.get', { id: otherTownhallId }, moderator)).status).toBe(403);
    expect((await api('areas.update', { id: host.ctx.store.data.areas[0].id, version: host.ctx.store.data.areas[0].version, name: 'x' }, moderator)).status).toBe(403);
    expect((await api('workspace.session', {}, moderator)).json()).toEqual({ role: 'moderator', townhallId });
  });

  it('keeps a resident code to the residents\' page: /api is refused', async () => {
    const { resident } = await openRoom();
    for (const method of ['questions.list', 'questions.create', 'areas.list', 'workspace.session']) {
      const res = await api(method, { townhallIds: [townhallId] }, resident);
      expect(res.status, method).toBe(403);
    }
    // Even on the laptop's own address, and as a cookie.
    expect((await api('areas.list', {}, resident, '127.0.0.1')).status).toBe(403);
    expect((await call('/', { headers: { Cookie: `convene_room_${port()}=${resident}` } })).status).toBe(401);
  });

  it('refuses a revoked code at once, and every code once the room is closed', async () => {
    const { noteTaker, resident } = await openRoom();
    const revoked = await (await host.post('townhalls.revokeInvite', { id: townhallId, role: 'note-taker' })).json();
    const replacement = revoked.invites.find((i: { role: string }) => i.role === 'note-taker').code;
    expect(replacement).not.toBe(noteTaker);
    expect((await api('questions.list', { townhallIds: [townhallId] }, noteTaker)).status).toBe(401);
    expect((await api('questions.list', { townhallIds: [townhallId] }, replacement)).status).toBe(200);
    expect((await call(`/r/${resident}`)).status).toBe(200);

    expect((await host.post('townhalls.closeRoom', { id: townhallId })).status).toBe(200);
    // The network address stops answering at once…
    expect(await call(`/r/${resident}`).catch((e: NodeJS.ErrnoException) => e.code)).toBe('ECONNREFUSED');
    // …and the codes are dead on the laptop's own address too.
    expect((await api('questions.list', { townhallIds: [townhallId] }, replacement, '127.0.0.1')).status).toBe(401);
    const dead = await call(`/r/${resident}`, { address: '127.0.0.1' });
    expect(dead.status).toBe(404);
    expect(dead.body).toContain('Ask the organizer for the current code.');
    // The capture stays.
    expect((await (await host.post('questions.list', { townhallIds: [townhallId] })).json()).length).toBe(0);
  });

  it('refuses a forged Host or Origin on the room address', async () => {
    const { noteTaker } = await openRoom();
    const forged = await call('/api/questions.list', { method: 'POST', headers: { Host: `convene.attacker.example:${port()}`, 'Content-Type': 'application/json', Authorization: `Bearer ${noteTaker}` }, body: JSON.stringify({ townhallIds: [townhallId] }) });
    expect(forged.status).toBe(403);
    const origin = await call('/api/questions.list', { method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json', Authorization: `Bearer ${noteTaker}` }, body: JSON.stringify({ townhallIds: [townhallId] }) });
    expect(origin.status).toBe(403);
  });
});

describe('idempotent capture (clientId)', () => {
  it('answers a repeated questions.create with the first question, stored once', async () => {
    const first = await (await host.post('questions.create', { townhallId, text: 'Who cleans the vacant lot?', clientId: 'dev-a:1' })).json();
    const again = await (await host.post('questions.create', { townhallId, text: 'Who cleans the vacant lot?', clientId: 'dev-a:1' })).json();
    expect(again.id).toBe(first.id);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => host.post('questions.create', { townhallId, text: 'Same retry', clientId: 'dev-a:2' }).then((r) => r.json())));
    expect(new Set(concurrent.map((q) => q.id)).size).toBe(1);
    expect(host.ctx.store.data.questions.filter((q) => q.townhallId === townhallId)).toHaveLength(2);
  });
});

describe("the residents' page", () => {
  it('follows edits written in place: a question shown by questions.update, a note-taker capture, a me too from the app', async () => {
    const { resident, moderator, noteTaker } = await openRoom();
    const a = phone(resident);
    const sent = (await a.ask('Will the library open Sundays?', 'inplace-1')).json();
    expect((await a.list()).json().questions).toEqual([]); // remembered as the list of this revision
    const q = host.ctx.store.data.questions.find((x) => x.id === sent.id)!;
    expect((await api('questions.update', { id: q.id, version: q.version, visibility: 'shown' }, moderator)).status).toBe(200);
    expect((await a.list()).json().questions.map((x: { text: string }) => x.text)).toEqual(['Will the library open Sundays?']);
    expect((await api('questions.create', { townhallId, text: 'Bus 9 after dark?', clientId: 'inplace-nt-1' }, noteTaker)).status).toBe(200);
    expect((await a.list()).json().questions).toHaveLength(2);
    expect((await api('questions.meToo', { id: q.id, by: 2 }, noteTaker)).status).toBe(200);
    const again = (await a.list()).json().questions;
    expect(again.find((x: { id: string }) => x.id === q.id).raised).toBe(3);
    expect((await a.support(q.id, 'inplace-s-1')).json()).toEqual({ questionId: q.id, counted: true });
    expect((await a.list()).json().supported).toEqual([q.id]);
    expect(host.ctx.store.data.supports.filter((s) => s.questionId === q.id)).toEqual([expect.objectContaining({ id: `${q.id}:${host.ctx.store.data.supports.find((s) => s.questionId === q.id)!.deviceId}` })]);
  });

  it('is small, needs no app bundle, and speaks the phone\'s language', async () => {
    const { resident } = await openRoom();
    const page = await call(`/r/${resident}`, { headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="es"');
    expect(page.body).toContain('Haga una pregunta');
    expect(page.body).not.toMatch(/assets\/index-/);
    expect(Buffer.byteLength(page.body)).toBeLessThan(60 * 1024);
    const script = await call(`/r/${resident}/page.js`);
    expect(Buffer.byteLength(page.body) + Buffer.byteLength(script.body)).toBeLessThan(60 * 1024);
    expect(script.body).not.toMatch(/=>|\bconst\b|\blet\b|fetch\(/); // ES5 for old phones
    const polish = await call(`/r/${resident}?lang=pl`);
    expect(polish.body).toContain('Zadaj pytanie');
    expect(String(polish.headers['set-cookie'])).toContain(`convene_lang_${port()}=pl`);
  });

  it("keeps a resident's question pending until a moderator shows it, then shows it redacted with live me-too", async () => {
    const { resident, moderator } = await openRoom();
    const a = phone(resident);
    const b = phone(resident);
    const sent = await a.ask('Can someone call me back at 312-555-0147 about the alley lights?', 'c-1');
    expect(sent.status).toBe(200);
    expect(sent.json()).toMatchObject({ visibility: 'pending' });
    const retry = await a.ask('Can someone call me back at 312-555-0147 about the alley lights?', 'c-1');
    expect(retry.json().id).toBe(sent.json().id);
    expect((await b.list()).json().questions).toEqual([]);
    expect((await (await host.post('townhalls.publicQuestions', { id: townhallId })).json())).toEqual([]);

    await api('questions.setVisibility', { ids: [sent.json().id], visibility: 'shown' }, moderator);
    const shown = (await b.list()).json().questions;
    expect(shown).toHaveLength(1);
    expect(shown[0].text).toBe('Can someone call me back at [phone number] about the alley lights?');
    expect(shown[0].raised).toBe(1);
    expect(JSON.stringify(shown)).not.toContain('0147');
    expect((await b.page()).body).not.toContain('0147');

    expect((await b.support(sent.json().id, 's-1')).json()).toEqual({ questionId: sent.json().id, counted: true });
    expect((await b.support(sent.json().id, 's-2')).json()).toEqual({ questionId: sent.json().id, counted: false });
    expect((await b.list()).json().questions[0].raised).toBe(2);
    expect(host.ctx.store.data.questions.filter((q) => q.townhallId === townhallId)).toHaveLength(1);
    // Each phone's page says which questions it already supported, whichever way the tap was sent.
    expect((await b.list()).json().supported).toEqual([sent.json().id]);
    expect((await b.page()).body).toContain('<button type="button" disabled aria-pressed="true">You said me too</button>');
    expect((await a.list()).json().supported).toEqual([]);
    expect((await a.page()).body).not.toContain('aria-pressed="true"');
  });

  it('shows a me-too sent by the plain form (no script) as done on the page it comes back to', async () => {
    const { resident, moderator } = await openRoom();
    const a = phone(resident);
    const q = (await a.ask('More lights in Ogden Park, please', 'c-9')).json();
    await api('questions.setVisibility', { ids: [q.id], visibility: 'shown' }, moderator);
    await a.page(); // the device cookie
    // A browser sends the page's origin with its form post only if the page's referrer policy lets it.
    expect((await a.page()).headers['referrer-policy']).toBe('same-origin');
    const origin = `http://${ROOM_ADDRESS}:${port()}`;
    const form = await call(`/r/${resident}/support`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: a.cookie(), Origin: origin }, body: `questionId=${q.id}` });
    expect(form.status).toBe(303);
    const back = await a.page();
    expect(back.body).toContain('aria-pressed="true">You said me too</button>');
    expect(back.body).toContain('2 raised');
  });

  it('lets a moderator hide a phone: its questions, and its later ones, stay hidden', async () => {
    const { resident, moderator } = await openRoom();
    const troll = phone(resident);
    const first = (await troll.ask('spam one', 'x1')).json();
    await api('questions.setVisibility', { ids: [first.id], visibility: 'shown' }, moderator);
    expect((await api('questions.hideDevice', { id: first.id }, moderator)).json()).toEqual({ hidden: 1 });
    const later = (await troll.ask('spam two', 'x2')).json();
    expect(later.visibility).toBe('hidden');
    expect((await troll.list()).json().questions).toEqual([]);
  });

  it('answers a flood from one phone with 429 and a sentence in its language', async () => {
    const { resident } = await openRoom();
    const p = phone(resident, { lang: 'es' });
    const statuses: number[] = [];
    let last: Answer | null = null;
    for (let i = 0; i < 8; i++) {
      last = await p.ask(`Pregunta ${i}`, `f-${i}`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(last!.json().error).toEqual({ code: 'rate_limited', message: 'Ha enviado mucho en poco tiempo. Espere un minuto y vuelva a intentarlo.', key: 'resident.rateLimited' });
    // Dropping the cookie does not escape the per-address limit.
    let addressLimited = false;
    // (The per-address limit is sized for a whole room behind one NAT address: it lets a room through.)
    let fresh = 0;
    const from = Date.now();
    for (let i = 0; i < ROOM_LIMITS.questionsPerAddress + 10 && !addressLimited; i++) {
      addressLimited = (await phone(resident).ask(`fresh ${i}`, `g-${i}`)).status === 429;
      if (!addressLimited) fresh++;
    }
    expect(addressLimited).toBe(true);
    expect(fresh).toBeGreaterThanOrEqual(ROOM_LIMITS.questionsPerAddress - 10);
    // The bucket refills evenly (questionsPerAddress a minute) while the loop runs.
    const refilled = Math.ceil(((Date.now() - from) / 60_000) * ROOM_LIMITS.questionsPerAddress);
    expect(host.ctx.store.data.questions.filter((q) => q.source === 'phone').length).toBeLessThanOrEqual(ROOM_LIMITS.questionsPerAddress + refilled);
  });

  it('answers a 100 KB question with 413, and a long one with a sentence, storing nothing', async () => {
    const { resident } = await openRoom();
    const p = phone(resident, { lang: 'en' });
    const huge = await p.ask('x'.repeat(100 * 1024), 'big-1');
    expect(huge.status).toBe(413);
    expect(huge.json().error.message).toBe('That is too long to send. Please shorten it.');
    const long = await p.ask('y'.repeat(501), 'long-1');
    expect(long.status).toBe(400);
    expect(long.json().error.message).toBe('Your question is longer than 500 characters. Please shorten it.');
    expect(host.ctx.store.data.questions).toHaveLength(0);
  });

  it('answers a wrong code with a sentence, and rate-limits guessing', async () => {
    await openRoom();
    const wrong = await call('/r/ZZZZZZZZ?lang=es');
    expect(wrong.status).toBe(404);
    // A wrong code is not a closed room: the phone is told to ask for the current code, not thanked and sent home.
    expect(wrong.body).toContain('Este código no abre ninguna sala');
    expect(wrong.body).toContain('Pida el código actual a quien organiza.');
    expect(wrong.body).not.toContain('Gracias por participar');
    let limited = false;
    for (let i = 0; i < 30 && !limited; i++) limited = (await call(`/r/ZZZZZZ${String(i).padStart(2, '2')}`)).status === 429;
    expect(limited).toBe(true);
  });

  it('takes a plain form post from a phone without script', async () => {
    const { resident } = await openRoom();
    const res = await call(`/r/${resident}/questions?lang=en`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'text=Is+the+library+open+Sundays%3F' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/r/${resident}?sent=1`);
    expect(host.ctx.store.data.questions.map((q) => q.text)).toEqual(['Is the library open Sundays?']);
  });
});

describe('the change stream catches up after a reconnect (Last-Event-ID)', () => {
  async function readEvents(headers: Record<string, string>, until: (text: string) => boolean) {
    const controller = new AbortController();
    const res = await host.fetch('/api/events', { headers, signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!until(text)) text += decoder.decode((await reader.read()).value);
    controller.abort();
    return text;
  }

  it('replays every event after the last one seen, and says reset for an id from another run', async () => {
    const controller = new AbortController();
    const res = await host.fetch('/api/events', { signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': connected')) text += decoder.decode((await reader.read()).value);
    const a = await (await host.post('areas.create', { name: 'Event A' })).json();
    while (!text.includes(a.id)) text += decoder.decode((await reader.read()).value);
    controller.abort();
    const seen = /id: (\S+)\nevent: change\ndata: [^\n]*"areas"/.exec(text)![1];
    const b = await (await host.post('areas.create', { name: 'Event B' })).json();
    const c = await (await host.post('areas.create', { name: 'Event C' })).json();
    const caught = await readEvents({ 'Last-Event-ID': seen }, (t) => t.includes(c.id));
    expect(caught.indexOf(b.id)).toBeGreaterThan(-1);
    expect(caught.indexOf(b.id)).toBeLessThan(caught.indexOf(c.id));
    expect(caught).not.toContain(a.id);
    const reset = await readEvents({ 'Last-Event-ID': 'otherrun.12' }, (t) => t.includes('event: reset'));
    expect(reset).toContain('event: reset');
  });
});
