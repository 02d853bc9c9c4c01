import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/**
 * How much of an over-limit body the host keeps reading (and throwing away) after it has answered
 * 413, so the client gets the sentence rather than a connection reset; past it the socket is cut.
 */
export const DISCARD_LIMIT_BYTES = 1024 * 1024 * 1024;

/**
 * Reads a request body, refusing anything over `limit` bytes without buffering it.
 *
 * A refused body is still drained, never left unread: closing a socket with unread bytes in it
 * makes the kernel answer with a reset (RST), and the client then sees "connection reset" instead
 * of the 413 answer (issue 8). So the caller answers 413 at once, without `Connection: close`, and
 * the rest of the body is read and discarded behind it (up to `DISCARD_LIMIT_BYTES`).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const discard = () => {
      let discarded = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > DISCARD_LIMIT_BYTES) req.socket.destroy();
      });
      req.on('error', () => {});
      req.resume();
      reject(new BodyTooLargeError());
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      discard();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        discard();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}
