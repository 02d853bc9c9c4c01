import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { acquireLock } from '../../../electron/services/store/lock';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../shared/contract';
import { fakeContents, fakeEvent, flush } from './fakes';

/**
 * main.ts wired to a fake `electron`: what the real process would do at startup, checked
 * end to end without an Electron binary.
 */
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    appListeners: new Map<string, ((...a: any[]) => unknown)[]>(),
    windows: [] as any[],
    handlers: new Map<string, (...a: any[]) => unknown>(),
    session: null as any,
  };
  let nextId = 1;
  const app = {
    isPackaged: true,
    setPath: vi.fn(),
    getPath: vi.fn(() => state.userData),
    getVersion: vi.fn(() => '0.1.0'),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(async () => {}),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, l: (...a: any[]) => unknown) => {
      state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), l]);
      return app;
    }),
  };
  class BrowserWindow {
    options: any;
    webContents: any;
    listeners = new Map<string, (...a: any[]) => unknown>();
    loadFile = vi.fn(async () => {});
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    constructor(options: any) {
      this.options = options;
      this.webContents = { id: nextId++, send: vi.fn(), isDestroyed: () => false, once: vi.fn(), on: vi.fn() };
      state.windows.push(this);
    }
    once(name: string, l: (...a: any[]) => unknown) {
      this.listeners.set(name, l);
    }
    on(name: string, l: (...a: any[]) => unknown) {
      this.listeners.set(name, l);
    }
    isDestroyed() {
      return false;
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  };
  return {
    state,
    module: {
      app,
      BrowserWindow,
      session,
      ipcMain: { handle: vi.fn((ch: string, h: (...a: any[]) => unknown) => state.handlers.set(ch, h)), removeHandler: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
      shell: { openExternal: vi.fn(async () => {}) },
    },
  };
});
vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const { module: electron, state } = fake;
let dir: string;

async function startMain() {
  vi.resetModules();
  await import('../../../electron/main');
  for (let i = 0; i < 50 && state.windows.length === 0 && electron.app.exit.mock.calls.length === 0; i++) await flush();
}
function fire(name: string, ...args: unknown[]) {
  for (const l of state.appListeners.get(name) ?? []) l(...args);
}
async function quit() {
  fire('before-quit', fakeEvent());
  for (let i = 0; i < 50 && electron.app.quit.mock.calls.length === 0; i++) await flush();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'convene-main-'));
  state.userData = dir;
  state.appListeners.clear();
  state.windows.length = 0;
  state.handlers.clear();
  vi.clearAllMocks();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.mocked(console.log).mockRestore());
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('main.ts', () => {
  it('opens one secure window on the built renderer, titled Convene, shown on ready-to-show', async () => {
    await startMain();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window.options.title).toBe('Convene');
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual({
      preload: expect.stringMatching(/[/\\]preload[/\\]preload\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('convene://app/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')();
    expect(window.show).toHaveBeenCalled();
    await quit();
  });

  it('hardens the session: permissions denied, CSP header set; and sets the menu', async () => {
    await startMain();
    const s = electron.session.defaultSession;
    const request = s.setPermissionRequestHandler.mock.calls[0][0] as any;
    const cb = vi.fn();
    request({}, 'media', cb, {});
    expect(cb).toHaveBeenCalledWith(false);
    expect((s.setPermissionCheckHandler.mock.calls[0][0] as any)({}, 'notifications', 'file://', {})).toBe(false);
    const headers = s.webRequest.onHeadersReceived.mock.calls[0][0] as any;
    const done = vi.fn();
    headers({ responseHeaders: {} }, done);
    expect(done.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    await quit();
  });

  it('serves the renderer from convene://app with the CSP header', async () => {
    await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'convene', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as unknown as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('convene');
    const response = await handler(new Request('convene://app/../../package.json'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    await quit();
  });

  it('hardens every WebContents created', async () => {
    await startMain();
    const contents = fakeContents(50);
    fire('web-contents-created', {}, contents);
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    await flush();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(contents.openWindow('http://example.org/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    const nav = fakeEvent();
    contents.emit('will-navigate', nav, 'https://example.org/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
    await quit();
  });

  it('answers contract calls from its window only, and forwards change events to it', async () => {
    await startMain();
    const [window] = state.windows;
    const handler = state.handlers.get(IPC_CALL_CHANNEL)!;
    expect(handler).toBeTypeOf('function');
    const appUrl = window.loadURL.mock.calls[0][0];
    const frame = { url: appUrl, parent: null, processId: 1, routingId: 1 };
    const ours = { sender: { id: window.webContents.id, mainFrame: frame }, senderFrame: frame };
    const list = (await handler(ours, 'areas.list', {})) as any;
    expect(list.ok).toBe(true);
    expect(list.data).toHaveLength(77);
    const foreign = { sender: { id: 999, mainFrame: frame }, senderFrame: frame };
    expect(await handler(foreign, 'areas.list', {})).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Call refused: unknown sender.' } });

    const created = (await handler(ours, 'areas.create', { number: 78, name: 'Test Area' })) as any;
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.objectContaining({ type: 'changed', collection: 'areas' }));
    await quit();
  });

  it('closes the data file before quitting, releasing its lock', async () => {
    await startMain();
    await quit();
    expect(electron.app.quit).toHaveBeenCalled();
    const release = acquireLock(join(dir, 'convene-data.json'), 'after');
    release();
  });

  it('shows a plain error box and quits when another process holds the data file', async () => {
    // The browser host (another live process: our parent) holds the lock.
    const owner = { pid: process.ppid, host: hostname(), app: 'Convene browser host', since: new Date().toISOString() };
    writeFileSync(join(dir, 'convene-data.json.lock'), JSON.stringify(owner));
    await startMain();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0];
    expect(title).toBe('Convene cannot start');
    expect(message).toContain('already open in another Convene process (Convene browser host');
    expect(message).not.toMatch(/\n\s+at /);
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(state.windows).toHaveLength(0);
  });

  it('a second launch quits without opening the data file or a window', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await startMain();
    await flush();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});
