import { AREAS_IMPORT_MAX_BYTES, QUESTIONS_IMPORT_MAX_BYTES, RESOURCE_IMPORT_MAX_BYTES, SCENARIO_IMPORT_MAX_BYTES } from '../model';
import type { MethodName } from './contract';
import { ApiError } from './errors';

/**
 * The imports that carry a file, and how that file travels over HTTP: `POST /api/<method>?<options>`
 * with the file's bytes as the body and its own content type (text/csv, application/zip,
 * application/yaml), with a larger limit than JSON bodies. The renderer's HTTP transport and the
 * browser host both use this one table, so an import's input is the same object over IPC (the
 * desktop app: base64 in the contract's input) and over HTTP (the bytes themselves).
 */
export interface RawUpload {
  contentType: string;
  /** Every option but the file, as query parameters: strings as written, booleans `1`/`0`, objects as JSON. */
  query: Record<string, string>;
  base64: string;
}

interface UploadSpec {
  maxBytes: number;
  /** Content types the body may have (lower-case, no parameters). */
  types: readonly string[];
  /** The contract input → the request. */
  toRequest(input: Record<string, unknown>): RawUpload;
  /** The request → the contract's input (validated by the contract afterwards). */
  fromRequest(contentType: string, query: URLSearchParams, base64: string): Record<string, unknown>;
}

const CSV = ['text/csv', 'text/plain', 'text/tab-separated-values', 'application/vnd.ms-excel'];
const ZIP = ['application/zip', 'application/x-zip-compressed'];
const YAML = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

function json(query: URLSearchParams, name: string, fallback: unknown): unknown {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  try {
    return JSON.parse(value);
  } catch {
    throw ApiError.localized('invalid_input', 'upload.badJson', { name }, `The ${name} parameter is not valid JSON.`);
  }
}

/** Everything but the named keys, as query strings. */
function queryOf(input: Record<string, unknown>, skip: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (skip.includes(k) || v === undefined) continue;
    out[k] = typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

const flag = (query: URLSearchParams, name: string) => (query.has(name) ? query.get(name) === '1' || query.get(name) === 'true' : undefined);
const text = (query: URLSearchParams, name: string) => query.get(name) ?? undefined;
const baseType = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

export const UPLOADS: Partial<Record<MethodName, UploadSpec>> = {
  'resources.import': {
    maxBytes: RESOURCE_IMPORT_MAX_BYTES,
    types: [...ZIP, ...CSV],
    toRequest(input) {
      const source = input.source as { kind: 'zip' | 'csv'; base64: string; mapping?: unknown };
      const query = queryOf(input, ['source']);
      if (source.kind === 'csv') query.mapping = JSON.stringify(source.mapping ?? {});
      return { contentType: source.kind === 'zip' ? 'application/zip' : 'text/csv', query, base64: source.base64 };
    },
    fromRequest(contentType, query, base64) {
      const zip = ZIP.includes(baseType(contentType));
      return {
        fileName: query.get('fileName') || 'upload',
        // A raw upload without dryRun is a dry run: applying must be asked for.
        dryRun: query.get('dryRun') !== '0' && query.get('dryRun') !== 'false',
        acceptErrors: flag(query, 'acceptErrors') ?? false,
        ...(query.has('dateOrder') ? { dateOrder: query.get('dateOrder') } : {}),
        source: zip ? { kind: 'zip', base64 } : { kind: 'csv', base64, mapping: json(query, 'mapping', {}) },
      };
    },
  },
  'questions.import': {
    maxBytes: QUESTIONS_IMPORT_MAX_BYTES,
    types: CSV,
    toRequest: (input) => ({ contentType: 'text/csv', query: queryOf(input, ['base64']), base64: String(input.base64) }),
    fromRequest: (_type, query, base64) => ({ townhallId: text(query, 'townhallId'), fileName: text(query, 'fileName'), dryRun: flag(query, 'dryRun'), mapping: json(query, 'mapping', {}), base64 }),
  },
  'areas.import': {
    maxBytes: AREAS_IMPORT_MAX_BYTES,
    types: CSV,
    toRequest: (input) => ({ contentType: 'text/csv', query: queryOf(input, ['base64']), base64: String(input.base64) }),
    fromRequest: (_type, query, base64) => ({ fileName: text(query, 'fileName'), dryRun: flag(query, 'dryRun'), base64 }),
  },
  'scenarios.import': {
    maxBytes: SCENARIO_IMPORT_MAX_BYTES,
    types: [...YAML, ...CSV],
    toRequest: (input) => ({ contentType: input.format === 'csv' ? 'text/csv' : 'application/yaml', query: queryOf(input, ['base64', 'format']), base64: String(input.base64) }),
    fromRequest: (contentType, query, base64) => ({
      format: YAML.includes(baseType(contentType)) ? 'yaml' : 'csv',
      fileName: text(query, 'fileName'),
      dryRun: flag(query, 'dryRun'),
      ...(query.has('mapping') ? { mapping: json(query, 'mapping', {}) } : {}),
      base64,
    }),
  },
};

/** The upload spec of a method whose request carries a file with one of its content types, else null. */
export function uploadFor(method: string, contentType: string): UploadSpec | null {
  const spec = (UPLOADS as Record<string, UploadSpec | undefined>)[method];
  return spec && spec.types.includes(baseType(contentType)) ? spec : null;
}

/** How the HTTP transport sends a call: as a raw upload when the method carries a file. */
export function toRawUpload(method: MethodName, input: unknown): RawUpload | null {
  const spec = UPLOADS[method];
  if (!spec || typeof input !== 'object' || input === null) return null;
  return spec.toRequest(input as Record<string, unknown>);
}
