/**
 * What the services need from the transport to open a room: serve the request handler on the
 * laptop's network addresses, and stop. The browser host and the desktop main process both give
 * one (electron/host/room-listeners.ts); without one (unit tests of the services) a room opens
 * with no addresses.
 */
export interface RoomNetwork {
  /** Starts serving on the network addresses (idempotent) and answers the base URLs devices use, e.g. `http://192.168.1.20:4870`. */
  serve(): Promise<string[]>;
  /** Stops serving on the network at once, dropping every connection made there. */
  stop(): Promise<void>;
}
