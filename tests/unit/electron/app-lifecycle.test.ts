import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutText, menuTemplate } from '../../../electron/main/menu';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { closeBeforeQuit, startupErrorMessage, userDataOverride } from '../../../electron/main/startup';
import { acquireLock, DataFileLockedError } from '../../../electron/services/store/lock';
import { ApiError } from '../../../shared/contract';
import { flush } from './fakes';

function fakeApp(gotLock = true) {
  const listeners = new Map<string, (...a: any[]) => unknown>();
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((name: string, l: (...a: any[]) => unknown) => listeners.set(name, l)),
    fire: (name: string, ...a: unknown[]) => listeners.get(name)?.(...a),
  };
}
function fakeWindow(minimized = true) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn(), isDestroyed: vi.fn(() => false) };
}

describe('single instance', () => {
  it('a second launch quits itself without touching a window', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as any, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first instance restores and focuses its window when a second one starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow();
    expect(claimSingleInstance(app as any, () => window as any)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.fire('second-instance', {}, ['convene'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('startup', () => {
  it('reads the data folder from --user-data-dir or CONVENE_USER_DATA', () => {
    expect(userDataOverride(['electron', 'out/main/main.js', '--user-data-dir=/tmp/a'], {})).toBe('/tmp/a');
    expect(userDataOverride(['electron', '.', '--user-data-dir', '/tmp/b'], {})).toBe('/tmp/b');
    expect(userDataOverride(['electron', '.'], { CONVENE_USER_DATA: '/tmp/c' })).toBe('/tmp/c');
    expect(userDataOverride(['electron', '.'], {})).toBeNull();
  });

  it('explains a locked data file in the lock error\'s own words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convene-lock-'));
    const file = join(dir, 'convene-data.json');
    const release = acquireLock(file, 'Convene browser host');
    try {
      let error: unknown;
      try {
        acquireLock(file, 'Convene desktop app');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataFileLockedError);
      const message = startupErrorMessage(file, error);
      expect(message).toContain('already open in another Convene process');
      expect(message).toContain('Convene browser host');
      expect(message).not.toMatch(/\n\s+at /);
    } finally {
      release();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('other failures name the file and the reason, no stack trace', () => {
    expect(startupErrorMessage('/d/convene-data.json', new ApiError('storage', 'The disk holding /d is full.'))).toBe('The disk holding /d is full.');
    expect(startupErrorMessage('/d/convene-data.json', new Error('EISDIR: illegal operation on a directory'))).toBe(
      'Convene could not open its data file /d/convene-data.json: EISDIR: illegal operation on a directory',
    );
  });

  it('holds the first quit until the store is closed, then quits once', async () => {
    const app = fakeApp();
    let finish!: () => void;
    const close = vi.fn(() => new Promise<void>((r) => (finish = r)));
    closeBeforeQuit(app as any, close);
    const first = { preventDefault: vi.fn() };
    app.fire('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    const again = { preventDefault: vi.fn() };
    app.fire('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);
    const last = { preventDefault: vi.fn() };
    app.fire('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing fails', async () => {
    const app = fakeApp();
    const log = vi.fn();
    closeBeforeQuit(app as any, async () => Promise.reject(new Error('disk gone')), log);
    app.fire('before-quit', { preventDefault: vi.fn() });
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain('disk gone');
  });
});

describe('application menu', () => {
  const roles = (t: MenuItemConstructorOptions[]) =>
    t.flatMap((m) => [m.role, ...((m.submenu as MenuItemConstructorOptions[]) ?? []).map((i) => i.role)]).filter(Boolean);
  const menu = (label: string, t: MenuItemConstructorOptions[]) => t.find((m) => m.label?.replace('&', '') === label)!;

  it('has File, Edit, View, Window and Help with the usual roles, no dev tools when packaged', () => {
    const t = menuTemplate({ appName: 'Convene', isMac: false, isDev: false, showAbout: () => {} });
    expect(t.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles([menu('File', t)])).toContain('quit');
    expect(roles([menu('Edit', t)])).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    expect(roles([menu('View', t)])).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(roles([menu('Window', t)])).toEqual(expect.arrayContaining(['minimize', 'close']));
    expect(roles(t)).not.toContain('toggleDevTools');
    expect(roles(t)).not.toContain('reload');
    expect(roles(t)).not.toContain('forceReload');
  });

  it('follows the UI language: Spanish labels, a User Guide item that opens Help, About in Spanish', () => {
    const showHelp = vi.fn();
    const t = menuTemplate({ appName: 'Convene', isMac: false, isDev: false, showAbout: () => {}, showHelp, showDataSettings: () => {}, openProjector: () => {}, language: 'es' });
    expect(t.map((m) => m.label?.replace('&', ''))).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
    const labels = t.flatMap((m) => ((m.submenu as MenuItemConstructorOptions[]) ?? []).map((i) => i.label)).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Hacer una copia ahora…', 'Restaurar desde una copia…', 'Ventana del proyector', 'Guía de uso', 'Acerca de Convene']));
    expect(labels.join(' ')).not.toMatch(/Back Up|Restore|Projector|About/);
    const guide = (menu('Ayuda', t).submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Guía de uso')!;
    (guide.click as () => void)();
    expect(showHelp).toHaveBeenCalled();
    expect(aboutText('Convene', '1.0.0', 'es')).toMatchObject({ title: 'Acerca de Convene', detail: expect.stringContaining('Sus datos se quedan en esta computadora') });
  });

  it('adds Reload and Toggle Developer Tools in development only', () => {
    const t = menuTemplate({ appName: 'Convene', isMac: false, isDev: true, showAbout: () => {} });
    expect(roles([menu('View', t)])).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('on macOS starts with the app menu, which has About and Quit', () => {
    const showAbout = vi.fn();
    const t = menuTemplate({ appName: 'Convene', isMac: true, isDev: false, showAbout });
    expect(t[0].label).toBe('Convene');
    const items = t[0].submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => i.role)).toContain('quit');
    items.find((i) => i.label === 'About Convene')!.click!({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalled();
  });

  it('Help > About Convene shows the version', () => {
    const showAbout = vi.fn();
    const t = menuTemplate({ appName: 'Convene', isMac: false, isDev: false, showAbout });
    const about = (menu('Help', t).submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'About Convene')!;
    about.click!({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(aboutText('Convene', '0.1.0').message).toBe('Convene 0.1.0');
  });
});
