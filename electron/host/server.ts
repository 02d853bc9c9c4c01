import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { ApiError, BODY_LIMIT_BYTES, contract, HTTP_STATUS, invalidInput, METHOD_NAMES, type ApiErrorBody } from '../../shared/contract';
import { dispatch } from '../services/api';
import { buildReport } from '../services/reports/registry';
import type { ServiceContext } from '../services/handlers';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { BodyTooLargeError, readBody } from './read-body';
import { rawImportInput, rawUploadOf } from './raw-import';
import { serveStatic } from './static-files';

export interface HostOptions {
  ctx: ServiceContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  bodyLimit?: number;
  /** Serve other machines on the network too; then the Host header is not checked. */
  lan?: boolean;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiErrorBody): void {
  sendJson(res, status, { error });
}

/** The contract's methods with their input JSON Schemas: what `GET /api` answers. */
export function describeApi() {
  return {
    methods: METHOD_NAMES.map((name) => ({
      name,
      summary: contract[name].summary,
      input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    })),
  };
}

/** `POST /api/reports.export` answers the PDF itself, for the browser to download. */
async function sendReport(res: ServerResponse, ctx: ServiceContext, input: unknown): Promise<void> {
  const parsed = contract['reports.export'].input.safeParse(input);
  if (!parsed.success) return sendError(res, 400, invalidInput(parsed.error).toBody());
  let report;
  try {
    report = await buildReport(ctx.store.data, parsed.data, { fontsDir: ctx.fontsDir, now: ctx.now() });
  } catch (error) {
    if (error instanceof ApiError) return sendError(res, HTTP_STATUS[error.code], error.toBody());
    throw error;
  }
  const ascii = report.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Length': String(report.pdf.length),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`,
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(report.pdf);
}

/** An import sent as the file itself (CSV, zip, YAML), with the method's own size limit instead of the JSON one. */
async function sendRawImport(req: IncomingMessage, res: ServerResponse, ctx: ServiceContext, method: string, maxBytes: number, type: string, query: URLSearchParams): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req, maxBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader('Connection', 'close');
    const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    const file = (query.get('fileName') ?? '').slice(0, 200);
    return sendError(res, 413, {
      code: 'too_large',
      message: `${file ? `${file} is` : 'The file is'} larger than ${mb} MB, the most this import takes. Nothing was imported.`,
      key: 'upload.tooLarge',
      params: { mb, file },
    });
  }
  let input: unknown;
  try {
    input = rawImportInput(method, type, query, body);
  } catch (error) {
    if (error instanceof ApiError) return sendError(res, HTTP_STATUS[error.code], error.toBody());
    throw error;
  }
  const result = await dispatch(ctx, method, input);
  if (result.ok) return sendJson(res, 200, result.data);
  return sendError(res, HTTP_STATUS[result.error.code], result.error);
}

/** A page of another site must not drive the API through the user's browser (CSRF, DNS rebinding). */
function isSameOrigin(req: IncomingMessage, lan: boolean): boolean {
  const host = req.headers.host ?? '';
  if (!lan && !/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

/**
 * The browser host: the same contract as the desktop app's IPC, over HTTP on 127.0.0.1.
 * `POST /api/<method>` with JSON in and out, `GET /api` to list methods, `GET /api/events` for
 * server-sent change events, and the built renderer for every other GET.
 */
export function createHostServer(options: HostOptions): Server {
  const { ctx, staticDir } = options;
  const limit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  const streams = new Set<ServerResponse>();

  ctx.store.onChange((event) => {
    const frame = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!isSameOrigin(req, options.lan ?? false)) {
        return sendError(res, 403, { code: 'invalid_input', message: 'Requests from other sites are refused.', key: 'host.crossSite' });
      }
      if (url.pathname === '/api' && req.method === 'GET') return sendJson(res, 200, describeApi());
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...SECURITY_HEADERS });
        res.write('retry: 2000\n: connected\n\n');
        streams.add(res);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
        req.on('close', () => {
          clearInterval(heartbeat);
          streams.delete(res);
        });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') {
          res.setHeader('Allow', 'POST');
          return sendError(res, 405, { code: 'invalid_input', message: 'Call API methods with POST.', key: 'host.usePost' });
        }
        const type = req.headers['content-type'] ?? '';
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        const upload = rawUploadOf(method, req);
        if (upload) return await sendRawImport(req, res, ctx, method, upload.maxBytes, type, url.searchParams);
        if (!/^application\/json\b/i.test(type) && req.headers['content-length'] !== '0') {
          req.resume();
          return sendError(res, 415, { code: 'invalid_input', message: 'Send the input as JSON (Content-Type: application/json).', key: 'host.notJson' });
        }
        let body: Buffer;
        try {
          body = await readBody(req, limit);
        } catch (error) {
          if (error instanceof BodyTooLargeError) {
            res.setHeader('Connection', 'close');
            return sendError(res, 413, { code: 'too_large', message: `The request is larger than ${Math.round(limit / 1024)} KB.`, key: 'host.tooLarge', params: { kb: Math.round(limit / 1024) } });
          }
          throw error;
        }
        let input: unknown = {};
        if (body.length > 0) {
          try {
            input = JSON.parse(body.toString('utf8'));
          } catch {
            return sendError(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON.', key: 'host.invalidJson' });
          }
        }
        if (method === 'reports.export') return await sendReport(res, ctx, input);
        const result = await dispatch(ctx, method, input);
        if (result.ok) return sendJson(res, 200, result.data);
        return sendError(res, HTTP_STATUS[result.error.code], result.error);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, { code: 'invalid_input', message: 'Method not allowed.', key: 'host.methodNotAllowed' });
      await serveStatic(staticDir, url.pathname, res, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...SECURITY_HEADERS });
    } catch (error) {
      console.error('Convene host: request failed', error);
      if (!res.headersSent) sendError(res, 500, ApiError.localized('internal', 'api.internal', undefined, 'Something went wrong inside Convene. Your data is safe; try again.').toBody());
      else res.end();
    }
  });
  server.on('close', () => {
    for (const s of streams) s.end();
  });
  return server;
}
