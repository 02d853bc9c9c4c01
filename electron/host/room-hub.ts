import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/handlers';
import { listNetworkAddresses } from './network-addresses';
import { RoomListeners } from './room-listeners';
import { createRequestHandler, type RequestHandler } from './server';
import type { StaffSessions } from './sessions';

/** The port a room is served on when nothing else decides it (the browser host's default too). */
export const DEFAULT_ROOM_PORT = 4870;

export interface RoomHubOptions {
  ctx: ServiceContext;
  /** The built renderer (out/renderer): what note-takers' and the moderator's browsers load. */
  staticDir: string;
  /** The port every room address listens on. */
  port: () => number;
  /** The addresses a room is served on; every network address of the laptop when omitted. */
  roomAddresses?: () => string[];
  /** An existing request handler to share (the browser host's); a new one when omitted. */
  handler?: RequestHandler;
  sessions?: StaffSessions;
  log?: (message: string) => void;
}

export interface RoomHub {
  handler: RequestHandler;
  room: RoomListeners;
  /** Ends event streams and stops serving on the network. */
  close(): Promise<void>;
}

/**
 * Makes `ctx` able to open a town hall to the room: room listeners on the laptop's network
 * addresses, answering with the one request handler of the browser host (sessions by invite code,
 * roles, the residents' page, the app for note-takers and the moderator). `townhalls.openRoom`
 * then serves through them and `townhalls.closeRoom` stops them, whether the call came over HTTP
 * (the browser host) or IPC (the desktop app's main process, which has no loopback listener: its
 * own window talks IPC). A room left open when the app stopped is served again at once.
 */
export function attachRoomHub(options: RoomHubOptions): RoomHub {
  const handler = options.handler ?? createRequestHandler({ ctx: options.ctx, staticDir: options.staticDir, sessions: options.sessions, log: options.log });
  const room = new RoomListeners({
    handle: (req: IncomingMessage, res: ServerResponse) => void handler.handle(req, res, 'room'),
    addresses: options.roomAddresses ?? listNetworkAddresses,
    port: options.port,
    log: options.log,
  });
  handler.attachRoom(room);
  options.ctx.room = room;
  return {
    handler,
    room,
    async close() {
      handler.close();
      await room.stop();
    },
  };
}

/** Serves again a room that was open when the process stopped (rooms live in the data file). */
export function resumeOpenRooms(ctx: ServiceContext, hub: RoomHub): void {
  if (ctx.store.data.rooms.length > 0) void hub.room.serve();
}
