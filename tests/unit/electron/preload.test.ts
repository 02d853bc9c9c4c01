import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type ConveneBridge } from '../../../shared/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, data: [] })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let bridge: ConveneBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  expect(name).toBe('convene');
  bridge = api;
});

describe('the preload', () => {
  it('exposes exactly call, onChange and platform as window.convene', () => {
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onChange', 'platform']);
    expect(bridge.platform).toBe('desktop');
    expect(typeof bridge.call).toBe('function');
    expect(typeof bridge.onChange).toBe('function');
    for (const value of Object.values(bridge)) expect(value).not.toBe(electron.ipcRenderer);
  });

  it('sends a contract method on the call channel', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await expect(bridge.call('areas.list', {})).resolves.toEqual({ ok: true, data: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, 'areas.list', {});
  });

  it.each(['fs.readFile', 'constructor', '__proto__', 'toString', '', 42, null])('refuses %s without sending anything', async (name) => {
    electron.ipcRenderer.invoke.mockClear();
    const result = await bridge.call(name as never, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('passes change events without the IpcRendererEvent, and unsubscribes', () => {
    electron.ipcRenderer.on.mockClear();
    const listener = vi.fn();
    const off = bridge.onChange(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, wrapped] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (...a: unknown[]) => void];
    expect(channel).toBe(IPC_EVENT_CHANNEL);
    const change = { type: 'changed', collection: 'areas' };
    wrapped({ sender: 'the IpcRenderer itself', senderId: 0 }, change);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([change]);
    off();
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, wrapped);
  });
});
