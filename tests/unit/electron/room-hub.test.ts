import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachRoomHub, DEFAULT_ROOM_PORT, resumeOpenRooms, type RoomHub } from '../../../electron/host/room-hub';
import { desktopRoomOptions } from '../../../electron/main/room-options';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The desktop app opens a room from its main process with the browser host's own code
 * (electron/host/room-hub.ts, wired in main.ts): no loopback listener, the window's calls come over
 * IPC (here: `dispatch`, what the IPC handler calls). No Electron binary runs here, so main.ts's
 * wiring itself is covered by main.test.ts with a mocked `electron`; this drives the shared code.
 */

const ROOM_ADDRESS = '127.0.0.2';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, ROOM_ADDRESS, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: ROOM_ADDRESS, port, path, method, agent: false, headers: { Host: `${ROOM_ADDRESS}:${port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const open: { hub: RoomHub; ctx: ServiceContext; cleanup: () => void }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.hub.close();
    await o.ctx.store.close();
    o.cleanup();
  }
});

async function desktop(dataFile?: string) {
  const tmp = makeTempDir();
  const staticDir = join(tmp.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Convene app</title>');
  const ctx = await openWorkspace(dataFile ?? join(tmp.dir, 'convene-data.json'), 'Convene desktop app', () => {});
  const port = await freePort();
  const logs: string[] = [];
  const hub = attachRoomHub({ ctx, staticDir, port: () => port, roomAddresses: () => [ROOM_ADDRESS], log: (m) => logs.push(m) });
  open.push({ hub, ctx, cleanup: tmp.cleanup });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(ctx, method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.data as T;
  };
  return { ctx, hub, port, call, logs, dir: tmp.dir };
}

describe('a room opened from the desktop app (main process, over IPC)', () => {
  it('serves the room on the network address with codes, the app and the residents\' page, and stops at close', async () => {
    const { port, call, logs } = await desktop();
    // Nothing is served before the room is opened.
    await expect(get(port, '/')).rejects.toThrow(/ECONNREFUSED/);
    const th = await call<{ id: string }>('townhalls.create', { title: 'Austin town hall', date: '2026-12-02' });
    const room = await call<{ urls: string[]; invites: { role: string; code: string; url: string }[] }>('townhalls.openRoom', { id: th.id });
    expect(room.urls).toEqual([`http://${ROOM_ADDRESS}:${port}`]);
    const code = (role: string) => room.invites.find((i) => i.role === role)!;
    expect(code('note-taker').url).toBe(`http://${ROOM_ADDRESS}:${port}/join/${code('note-taker').code}`);
    expect(logs.join('\n')).toContain(`the room is served at http://${ROOM_ADDRESS}:${port}`);

    // A note-taker's browser joins by its link and gets the app; a code's Bearer captures.
    const join = await get(port, `/join/${code('note-taker').code}`);
    expect(join.status).toBe(303);
    expect(String(join.headers['set-cookie'])).toContain(`convene_room_${port}=`);
    const cookie = String(join.headers['set-cookie']).split(';')[0];
    expect((await get(port, '/', { Cookie: cookie })).body).toContain('Convene app');
    const created = await get(port, '/api/questions.create', { 'Content-Type': 'application/json', Authorization: `Bearer ${code('note-taker').code}` }, 'POST', JSON.stringify({ townhallId: th.id, text: 'Is the field house open late?', clientId: 'd-1' }));
    expect(created.status).toBe(200);
    // A resident's phone gets its page; the staff API is not reachable with no session.
    expect((await get(port, `/r/${code('resident').code}`)).status).toBe(200);
    expect((await get(port, '/api/areas.list', { 'Content-Type': 'application/json' }, 'POST', '{}')).status).toBe(401);
    // The desktop window (IPC) sees the question at once.
    expect((await call<{ text: string }[]>('questions.list', { townhallIds: [th.id] })).map((q) => q.text)).toEqual(['Is the field house open late?']);

    await call('townhalls.closeRoom', { id: th.id });
    await expect(get(port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('serves a room again when the app restarts with it still open', async () => {
    const first = await desktop();
    const th = await first.call<{ id: string }>('townhalls.create', { title: 'Chatham town hall', date: '2026-12-03' });
    const room = await first.call<{ invites: { role: string; code: string }[] }>('townhalls.openRoom', { id: th.id });
    const dataFile = join(first.dir, 'convene-data.json');
    const o = open.splice(0)[0];
    await o.hub.close();
    await o.ctx.store.close();
    const again = await desktop(dataFile);
    open.push({ ...o, hub: again.hub, ctx: again.ctx });
    resumeOpenRooms(again.ctx, again.hub);
    const resident = room.invites.find((i) => i.role === 'resident')!.code;
    await expect.poll(async () => (await get(again.port, `/r/${resident}`).catch(() => ({ status: 0 }))).status).toBe(200);
  });
});

describe('desktopRoomOptions', () => {
  it('takes --room-address (repeatable) and --room-port, in both spellings', () => {
    expect(desktopRoomOptions(['electron', '.', '--room-address', '192.168.1.20', '--room-address=10.0.0.5', '--room-port', '5000'])).toEqual({ port: 5000, addresses: ['192.168.1.20', '10.0.0.5'], problems: [] });
    expect(desktopRoomOptions(['electron', '.']).port).toBe(DEFAULT_ROOM_PORT);
  });

  it('reports a bad value and keeps the default instead of refusing to start', () => {
    const o = desktopRoomOptions(['--room-address', 'wifi.local', '--room-port=99999', '--room-port']);
    expect(o.addresses).toEqual([]);
    expect(o.port).toBe(DEFAULT_ROOM_PORT);
    expect(o.problems).toHaveLength(3);
    expect(o.problems[0]).toContain('--room-address must be an IPv4 address');
  });
});
