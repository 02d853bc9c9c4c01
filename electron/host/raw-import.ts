import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../shared/contract';
import { RESOURCE_IMPORT_MAX_BYTES } from '../../shared/model';

/** Content types `POST /api/resources.import` takes as a raw body (a file too big for a JSON body). */
export const RAW_IMPORT_TYPES = /^(application\/zip|application\/x-zip-compressed|text\/csv)\b/i;

export const RAW_IMPORT_LIMIT = RESOURCE_IMPORT_MAX_BYTES;

export const isRawImport = (method: string, req: IncomingMessage) => method === 'resources.import' && RAW_IMPORT_TYPES.test(req.headers['content-type'] ?? '');

/**
 * Turns a raw upload into the contract's `resources.import` input: the file is the body, the
 * options are query parameters (`fileName`, `dryRun`, `acceptErrors`, and `mapping` as JSON for a CSV).
 */
export function rawImportInput(contentType: string, query: URLSearchParams, body: Buffer): unknown {
  const base64 = body.toString('base64');
  const common = { fileName: query.get('fileName') || 'upload', dryRun: query.get('dryRun') !== '0', acceptErrors: query.get('acceptErrors') === '1' };
  if (/^text\/csv/i.test(contentType)) {
    let mapping: unknown = {};
    try {
      mapping = JSON.parse(query.get('mapping') ?? '{}');
    } catch {
      throw new ApiError('invalid_input', 'The column mapping is not valid JSON.');
    }
    return { ...common, source: { kind: 'csv', base64, mapping } };
  }
  return { ...common, source: { kind: 'zip', base64 } };
}
