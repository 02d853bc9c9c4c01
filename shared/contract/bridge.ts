import type { CallResult, MethodName } from './contract';
import type { ChangeEvent } from './events';

/** What the desktop app's preload exposes as `window.convene`: one call function and change events, never raw IPC. */
export interface ConveneBridge {
  call(method: MethodName, input: unknown): Promise<CallResult>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  platform: 'desktop';
}
