import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type CallResult, type ChangeEvent } from '../../shared/contract';

/** The answer to a call from anything that is not our own page in one of our windows. */
export const REFUSED_SENDER: CallResult = { ok: false, error: { code: 'invalid_input', message: 'Call refused: unknown sender.' } };

/** The frame fields the check reads (Electron's WebFrameMain has them all). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The event fields the check reads (Electron's IpcMainInvokeEvent has them all). */
export interface CallEvent {
  readonly sender: { readonly id: number; readonly mainFrame?: SenderFrame };
  readonly senderFrame: SenderFrame | null;
}

/**
 * Like GitHub Desktop's safeListener: a call is handled only when it comes from
 * 1. a frame that still exists (`senderFrame` is null once it navigated away or was destroyed),
 * 2. the top frame of its page (no iframe, not even our own),
 * 3. a WebContents that belongs to one of our windows (registered when the window was made),
 * 4. a page whose URL is our renderer (the file:// index.html, or the dev server in development).
 */
export function isTrustedSender(event: CallEvent, trusted: TrustedSenders, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  const main = event.sender.mainFrame;
  if (main && (main.processId !== frame.processId || main.routingId !== frame.routingId)) return false;
  if (!trusted.has(event.sender.id)) return false;
  return isAppUrl(frame.url);
}

/** The ids of our windows' WebContents: the only ones allowed to call. */
export class TrustedSenders {
  private readonly ids = new Set<number>();
  add(contents: { id: number; once(event: 'destroyed', listener: () => void): unknown }): void {
    const id = contents.id;
    this.ids.add(id);
    contents.once('destroyed', () => this.ids.delete(id));
  }
  has(id: number): boolean {
    return this.ids.has(id);
  }
}

export type Dispatch = (method: unknown, input: unknown) => Promise<CallResult>;

/** The handler behind `ipcMain.handle(IPC_CALL_CHANNEL, ...)`: check the sender, then dispatch (which validates name and input). */
export function callHandler(options: { trusted: TrustedSenders; isAppUrl: (url: string) => boolean; dispatch: Dispatch; log?: (m: string) => void }) {
  return async (event: CallEvent, method: unknown, input: unknown): Promise<CallResult> => {
    if (!isTrustedSender(event, options.trusted, options.isAppUrl)) {
      options.log?.(`refused a call to ${JSON.stringify(String(method)).slice(0, 80)} from ${event.senderFrame?.url ?? 'a frame that no longer exists'}`);
      return REFUSED_SENDER;
    }
    return options.dispatch(method, input);
  };
}

/** Registers the one call channel. Returns a function that removes it. */
export function registerCallChannel(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: Parameters<typeof callHandler>[0],
): () => void {
  const handler = callHandler(options);
  ipcMain.handle(IPC_CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => handler(event, method, input));
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}

/** A window as the broadcaster sees it. */
export interface EventTarget {
  isDestroyed(): boolean;
  webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

/** Every change event goes to every live window on the one event channel. */
export function broadcastChanges(
  store: { onChange(listener: (event: ChangeEvent) => void): () => void },
  windows: () => readonly EventTarget[],
): () => void {
  return store.onChange((event) => {
    for (const window of windows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(IPC_EVENT_CHANNEL, event);
    }
  });
}
