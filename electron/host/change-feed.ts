import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeEvent } from '../../shared/contract';
import { randomSecret } from './sessions';

/** How many recent change events are kept for a reconnecting page to catch up on. */
export const FEED_MEMORY = 5000;

const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  Connection: 'keep-alive',
  'X-Content-Type-Options': 'nosniff',
  'X-Accel-Buffering': 'no',
};

interface Stream {
  res: ServerResponse;
  collections: readonly string[] | null;
}

/**
 * The server-sent change stream (`GET /api/events`) with `Last-Event-ID` catch-up. Every event has
 * the id `<run>.<sequence>`; a page that reconnects (its Wi-Fi dropped, the laptop slept) sends the
 * last id it saw and gets every event since, in order. When it cannot be caught up (the host
 * restarted, so the run differs, or the id is older than the last FEED_MEMORY events) it gets one
 * `reset` event and reloads what it shows.
 */
export class ChangeFeed {
  private readonly run = randomSecret(6);
  private seq = 0;
  private readonly recent: { seq: number; event: ChangeEvent }[] = [];
  private readonly streams = new Set<Stream>();
  private readonly unsubscribe: () => void;

  constructor(store: { onChange(listener: (event: ChangeEvent) => void): () => void }) {
    this.unsubscribe = store.onChange((event) => this.publish(event));
  }

  private frame(seq: number, event: ChangeEvent): string {
    return `id: ${this.run}.${seq}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;
  }

  private publish(event: ChangeEvent): void {
    const seq = ++this.seq;
    this.recent.push({ seq, event });
    if (this.recent.length > FEED_MEMORY) this.recent.splice(0, this.recent.length - FEED_MEMORY);
    for (const s of this.streams) if (!s.collections || s.collections.includes(event.collection)) s.res.write(this.frame(seq, event));
  }

  /** Opens a stream; `collections` limits what a room role hears (null: everything). */
  subscribe(req: IncomingMessage, res: ServerResponse, collections: readonly string[] | null): void {
    res.writeHead(200, HEADERS);
    res.write('retry: 2000\n: connected\n\n');
    const last = String(req.headers['last-event-id'] ?? '');
    // A page that has heard nothing yet still gets an id (a block with no data sets it and shows
    // nothing), so its reconnect after a restart of the host is answered `reset` and it reloads.
    if (!last) res.write(`id: ${this.run}.${this.seq}\n\n`);
    if (last) {
      const m = /^([A-Za-z0-9_-]+)\.(\d+)$/.exec(last);
      const seen = m && m[1] === this.run ? Number(m[2]) : null;
      const oldest = this.recent[0]?.seq ?? this.seq + 1;
      if (seen === null || seen < oldest - 1 || seen > this.seq) {
        res.write(`id: ${this.run}.${this.seq}\nevent: reset\ndata: {}\n\n`);
      } else {
        for (const r of this.recent) if (r.seq > seen && (!collections || collections.includes(r.event.collection))) res.write(this.frame(r.seq, r.event));
      }
    }
    const stream: Stream = { res, collections };
    this.streams.add(stream);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      this.streams.delete(stream);
    });
  }

  close(): void {
    this.unsubscribe();
    for (const s of this.streams) s.res.end();
    this.streams.clear();
  }
}
