import { describe, expect, it, vi } from 'vitest';
import { createProjectorOpener, projectorDisplay, projectorUrl } from '../../../electron/main/projector-window';
import { REQUIRED_WEB_PREFERENCES } from '../../../electron/main/window-security';
import { fakeContents } from './fakes';

const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };

function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>();
  const on = (event: string, l: () => void) => listeners.set(event, [...(listeners.get(event) ?? []), l]);
  const w = {
    webContents: fakeContents(7),
    loadURL: vi.fn(async () => {}),
    on: vi.fn((e: string, l: () => void) => (on(e, l), w)),
    once: vi.fn((e: string, l: () => void) => (on(e, l), w)),
    show: vi.fn(),
    focus: vi.fn(),
    setFullScreen: vi.fn(),
    destroyed: false,
    isDestroyed: () => w.destroyed,
    emit: (e: string) => (listeners.get(e) ?? []).forEach((l) => l()),
  };
  return w;
}

function setup(displays = [primary, projector]) {
  const windows: ReturnType<typeof fakeWindow>[] = [];
  const createWindow = vi.fn((_options: unknown) => {
    const w = fakeWindow();
    windows.push(w);
    return w as never;
  });
  const track = vi.fn();
  const open = createProjectorOpener({ createWindow, displays: () => displays, primaryDisplay: () => primary, appUrl: 'convene://app/index.html', preload: '/x/preload.cjs', track });
  return { open, createWindow, windows, track };
}

describe('projector window', () => {
  it('prefers the external display, else the primary', () => {
    expect(projectorDisplay([primary, projector], primary)).toEqual({ bounds: projector.bounds, external: true });
    expect(projectorDisplay([primary], primary)).toEqual({ bounds: primary.bounds, external: false });
  });

  it('loads the presentation route of the app page', () => {
    expect(projectorUrl('convene://app/index.html')).toBe('convene://app/index.html#/present');
    expect(projectorUrl('convene://app/index.html#/exercises', 'a b')).toBe('convene://app/index.html#/present/a%20b');
  });

  it('opens full screen on the external display with the secure web preferences, and is tracked for IPC and change events', () => {
    const { open, createWindow, windows, track } = setup();
    open();
    const options = createWindow.mock.calls[0][0] as { x: number; webPreferences: Record<string, unknown> };
    expect(options.x).toBe(1920);
    expect(options.webPreferences).toMatchObject({ ...REQUIRED_WEB_PREFERENCES, preload: '/x/preload.cjs' });
    expect(track).toHaveBeenCalledWith(windows[0]);
    expect(windows[0].loadURL).toHaveBeenCalledWith('convene://app/index.html#/present');
    windows[0].emit('ready-to-show');
    expect(windows[0].setFullScreen).toHaveBeenCalledWith(true);
    expect(windows[0].show).toHaveBeenCalled();
  });

  it('opens a normal window on a single display and brings an open one forward instead of opening a second', () => {
    const { open, createWindow, windows } = setup([primary]);
    open();
    windows[0].emit('ready-to-show');
    expect(windows[0].setFullScreen).not.toHaveBeenCalled();
    open();
    expect(createWindow).toHaveBeenCalledTimes(1);
    expect(windows[0].focus).toHaveBeenCalled();
    windows[0].emit('closed');
    open();
    expect(createWindow).toHaveBeenCalledTimes(2);
  });
});
