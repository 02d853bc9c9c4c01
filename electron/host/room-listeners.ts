import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { RoomNetwork } from '../services/room/room-network';

/**
 * Serves open rooms on the laptop's network addresses: one HTTP server per address, on the same
 * port as the loopback one, all sharing the host's request handler with scope `room` (invite codes
 * only; the launch token is not accepted there). `stop()` closes them and destroys every
 * connection made through them at once, so closing a room cuts phones off immediately.
 */
export class RoomListeners implements RoomNetwork {
  private servers: Server[] = [];
  private readonly sockets = new Set<Socket>();
  private serving: Promise<string[]> | null = null;
  private active: string[] = [];

  constructor(
    private readonly options: {
      handle: (req: IncomingMessage, res: ServerResponse) => void;
      /** The addresses to serve on (injectable: tests use loopback aliases such as 127.0.0.2). */
      addresses: () => string[];
      /** The port the loopback listener got. */
      port: () => number;
      log?: (message: string) => void;
    },
  ) {}

  /** The addresses being served now (host names the Host allow list accepts). */
  addresses(): string[] {
    return this.active;
  }

  serve(): Promise<string[]> {
    if (!this.serving) this.serving = this.start();
    return this.serving;
  }

  private async start(): Promise<string[]> {
    const port = this.options.port();
    const urls: string[] = [];
    for (const address of this.options.addresses()) {
      const server = createServer((req, res) => this.options.handle(req, res));
      server.on('connection', (socket) => {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
      });
      const ok = await new Promise<boolean>((resolve) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
          this.options.log?.(`Convene: cannot serve the room on ${address}:${port} (${error.code ?? error.message}).`);
          resolve(false);
        });
        server.listen(port, address, () => resolve(true));
      });
      if (!ok) continue;
      this.servers.push(server);
      this.active.push(address);
      urls.push(`http://${address.includes(':') ? `[${address}]` : address}:${port}`);
    }
    if (urls.length > 0) this.options.log?.(`Convene: the room is served at ${urls.join(', ')}`);
    return urls;
  }

  async stop(): Promise<void> {
    const servers = this.servers;
    this.servers = [];
    this.active = [];
    this.serving = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    if (servers.length > 0) this.options.log?.('Convene: the room is closed; nothing on the network can reach Convene now.');
  }
}
