import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type CallResult } from '../../../shared/contract';
import { broadcastChanges, callHandler, REFUSED_SENDER, registerCallChannel, TrustedSenders, type CallEvent } from '../../../electron/main/ipc';
import { dispatch } from '../../../electron/services/api';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { fakeContents } from './fakes';

const APP_URL = 'convene://app/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP_URL;

function frame(url = APP_URL, parent: unknown = null, ids = { processId: 4, routingId: 1 }) {
  return { url, parent, ...ids };
}
function event(overrides: Partial<{ id: number; senderFrame: ReturnType<typeof frame> | null; mainFrame: ReturnType<typeof frame> }> = {}): CallEvent {
  const main = overrides.mainFrame ?? frame();
  return { sender: { id: overrides.id ?? 7, mainFrame: main }, senderFrame: 'senderFrame' in overrides ? overrides.senderFrame! : main };
}
function trustedWith(id = 7) {
  const trusted = new TrustedSenders();
  trusted.add(fakeContents(id));
  return trusted;
}

describe('the IPC call handler', () => {
  const ok: CallResult = { ok: true, data: ['dispatched'] };

  it('dispatches a call from the main frame of our window showing our page', async () => {
    const run = vi.fn(async () => ok);
    const handle = callHandler({ trusted: trustedWith(), isAppUrl, dispatch: run });
    await expect(handle(event(), 'areas.list', {})).resolves.toEqual(ok);
    expect(run).toHaveBeenCalledWith('areas.list', {});
  });

  it.each([
    ['a frame that no longer exists', event({ senderFrame: null })],
    ['a WebContents that is not one of our windows', event({ id: 99 })],
    ['our window showing another page', event({ mainFrame: frame('https://evil.example/') })],
    ['our window showing another local file', event({ mainFrame: frame('file:///home/user/Downloads/x.html') })],
    ['an iframe inside our page', event({ senderFrame: frame(APP_URL, frame(), { processId: 4, routingId: 2 }) })],
    ['a frame that is not the main frame', event({ senderFrame: frame(APP_URL, null, { processId: 5, routingId: 9 }) })],
  ])('refuses a call from %s without dispatching', async (_name, e) => {
    const run = vi.fn(async () => ok);
    const handle = callHandler({ trusted: trustedWith(), isAppUrl, dispatch: run, log: () => {} });
    await expect(handle(e, 'areas.list', {})).resolves.toEqual({ ok: false, error: { code: 'invalid_input', message: 'Call refused: unknown sender.' } });
    expect(REFUSED_SENDER).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Call refused: unknown sender.' } });
    expect(run).not.toHaveBeenCalled();
  });

  it('forgets a window once its WebContents is destroyed', () => {
    const trusted = new TrustedSenders();
    const contents = fakeContents(3);
    trusted.add(contents);
    expect(trusted.has(3)).toBe(true);
    contents.emit('destroyed');
    expect(trusted.has(3)).toBe(false);
  });

  it('registers exactly the call channel on ipcMain', async () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const run = vi.fn(async () => ok);
    const remove = registerCallChannel(ipcMain, { trusted: trustedWith(), isAppUrl, dispatch: run });
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0][0]).toBe(IPC_CALL_CHANNEL);
    const handler = ipcMain.handle.mock.calls[0][1];
    await expect(handler(event(), 'areas.list', {})).resolves.toEqual(ok);
    await expect(handler(event({ id: 1234 }), 'areas.list', {})).resolves.toEqual(REFUSED_SENDER);
    remove();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CALL_CHANNEL);
  });
});

describe('the IPC call handler with the real services', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('answers areas.list with the 77 areas, and validates names and inputs against the contract', async () => {
    dir = mkdtempSync(join(tmpdir(), 'convene-ipc-'));
    const ctx = await openWorkspace(join(dir, 'convene-data.json'), 'test', () => {});
    try {
      const handle = callHandler({ trusted: trustedWith(), isAppUrl, dispatch: (m, i) => dispatch(ctx, m, i) });
      const list = await handle(event(), 'areas.list', {});
      expect(list.ok).toBe(true);
      expect(list.ok && (list.data as unknown[]).length).toBe(77);
      const unknown = await handle(event(), 'fs.readFile', { path: '/etc/passwd' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const invalid = await handle(event(), 'areas.list', { extra: true });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const refused = await handle(event({ mainFrame: frame('https://evil.example/') }), 'areas.list', {});
      expect(refused).toEqual(REFUSED_SENDER);
    } finally {
      await ctx.store.close();
    }
  });
});

describe('change events', () => {
  it('go to every live window on the event channel, never to destroyed ones', () => {
    let emit: (e: any) => void = () => {};
    const unsubscribe = vi.fn();
    const store = { onChange: vi.fn((l) => ((emit = l), unsubscribe)) };
    const win = (destroyed = false, contentsDestroyed = false) => ({
      isDestroyed: () => destroyed,
      webContents: { isDestroyed: () => contentsDestroyed, send: vi.fn() },
    });
    const a = win();
    const b = win();
    const gone = win(true);
    const crashed = win(false, true);
    const stop = broadcastChanges(store, () => [a, b, gone, crashed]);
    const change = { type: 'changed' as const, collection: 'areas', ids: ['x'] };
    emit(change);
    expect(a.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, change);
    expect(b.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, change);
    expect(gone.webContents.send).not.toHaveBeenCalled();
    expect(crashed.webContents.send).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
