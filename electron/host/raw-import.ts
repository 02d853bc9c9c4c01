import type { IncomingMessage } from 'node:http';
import { uploadFor } from '../../shared/contract';

/**
 * A request that carries an import's file as its body (see shared/contract/uploads.ts): the
 * method takes a file and the content type is one it reads. Null for every other request.
 */
export function rawUploadOf(method: string, req: IncomingMessage) {
  return uploadFor(method, req.headers['content-type'] ?? '');
}

/** Turns a raw upload into the method's contract input: the file is the body, the options are query parameters. */
export function rawImportInput(method: string, contentType: string, query: URLSearchParams, body: Buffer): unknown {
  const spec = uploadFor(method, contentType);
  if (!spec) throw new Error(`${method} takes no file of type ${contentType}`);
  return spec.fromRequest(contentType, query, body.toString('base64'));
}
