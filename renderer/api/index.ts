import type { ConveneBridge } from '../../shared/contract';
import { createBridgeTransport } from './bridge-transport';
import { createApiClient, type ApiClient } from './client';
import { createHttpTransport } from './http-transport';
import type { TransportMessages } from './transport';

export { createApiClient, type ApiClient } from './client';
export { createBridgeTransport } from './bridge-transport';
export { createHttpTransport, type EventSourceLike, type HttpTransportOptions } from './http-transport';
export type { ApiTransport, TransportMessages } from './transport';

declare global {
  interface Window {
    /** Present in the desktop app only: the preload's bridge. */
    convene?: ConveneBridge;
  }
}

/** Chooses the transport at start: the desktop bridge when the preload provided one, else HTTP. */
export function createDefaultApiClient(messages?: TransportMessages): ApiClient {
  const bridge = typeof window !== 'undefined' ? window.convene : undefined;
  return createApiClient(bridge ? createBridgeTransport(bridge, messages) : createHttpTransport({ messages }));
}
