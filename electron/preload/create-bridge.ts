import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, isMethodName, type CallResult, type ChangeEvent, type ConveneBridge } from '../../shared/contract';

/** The two ipcRenderer functions the bridge uses; never handed to the page. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * What `window.convene` is: one call function limited to contract methods, change events without
 * the IpcRendererEvent (it carries `sender`), and the platform. Nothing else crosses.
 */
export function createBridge(ipc: BridgeIpc): ConveneBridge {
  return {
    call(method, input) {
      if (!isMethodName(method)) {
        const result: CallResult = { ok: false, error: { code: 'not_found', message: `There is no method called ${JSON.stringify(String(method)).slice(0, 80)}.` } };
        return Promise.resolve(result);
      }
      return ipc.invoke(IPC_CALL_CHANNEL, method, input ?? {}) as Promise<CallResult>;
    },
    onChange(listener) {
      if (typeof listener !== 'function') throw new TypeError('onChange needs a function.');
      const wrapped = (_event: unknown, change: unknown) => listener(change as ChangeEvent);
      ipc.on(IPC_EVENT_CHANNEL, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(IPC_EVENT_CHANNEL, wrapped);
      };
    },
    platform: 'desktop',
  };
}
