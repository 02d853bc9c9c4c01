import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { ApiError, BODY_LIMIT_BYTES, contract, HTTP_STATUS, invalidInput, METHOD_NAMES, type ApiErrorBody } from '../../shared/contract';
import { dispatch } from '../services/api';
import { STAFF } from '../services/room/roles';
import { exportReport } from '../services/reports/export';
import type { ServiceContext } from '../services/handlers';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isAllowedRequest } from './allowed-hosts';
import { BodyTooLargeError, readBody } from './read-body';
import { createRoomLimiters } from './rate-limit';
import { handleResident } from './resident/routes';
import type { RoomListeners } from './room-listeners';
import { attachRoomHub, resumeOpenRooms } from './room-hub';
import { bearerToken, cookieHeader, cookieNamesOf, readCookies, StaffSessions, type Principal } from './sessions';
import { lookupInvite, normalizeCode } from '../services/room/room-service';
import { ChangeFeed } from './change-feed';
import { rawImportInput, rawUploadOf } from './raw-import';
import { serveStatic } from './static-files';

export interface HostOptions {
  ctx: ServiceContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  bodyLimit?: number;
  /** The staff sessions of this run (its launch token); a new token when omitted. */
  sessions?: StaffSessions;
  /** The laptop's network addresses a room is served on (injectable: tests pass loopback aliases). */
  roomAddresses?: () => string[];
  /** Where the host's notices go (room served, room closed). */
  log?: (message: string) => void;
}

/** Where a request arrived: the laptop's own loopback listener, or a room listener on a network address. */
export type Scope = 'local' | 'room';

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
    report = await exportReport(ctx.store.data, parsed.data, { fontsDir: ctx.fontsDir, now: ctx.now() });
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

const HTML_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", ...SECURITY_HEADERS };

/** A small page for a browser that arrived without a session: what to do, in English and Spanish. */
function sendSignInPage(res: ServerResponse, status: number, reason: 'noSession' | 'badToken'): void {
  const en =
    reason === 'badToken'
      ? 'This link is from an earlier start of Convene. Open the address Convene printed when it started this time (it ends in ?token=…).'
      : 'Open Convene with the address it printed when it started (it ends in ?token=…), or join a room with the link or code you were given.';
  const es =
    reason === 'badToken'
      ? 'Este enlace es de un inicio anterior de Convene. Abra la dirección que Convene mostró al iniciarse esta vez (termina en ?token=…).'
      : 'Abra Convene con la dirección que mostró al iniciarse (termina en ?token=…), o únase a una sala con el enlace o el código que le dieron.';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Convene: sign-in needed</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em"><h1>Convene</h1><p>${en}</p><p lang="es">${es}</p></body></html>`;
  res.writeHead(status, { ...HTML_HEADERS, 'Content-Length': String(Buffer.byteLength(html)) });
  res.end(html);
}

/**
 * The browser host: the same contract as the desktop app's IPC, over HTTP.
 * `POST /api/<method>` with JSON in and out, `GET /api` to list methods, `GET /api/events` for
 * server-sent change events, and the built renderer for every other GET.
 *
 * Every request needs a session, on 127.0.0.1 too: the launch token (`?token=` traded for an
 * HttpOnly cookie, or `Authorization: Bearer`), checked after the Host/Origin allow list.
 */
export function createHostServer(options: HostOptions): Server {
  const handler = createRequestHandler(options);
  // Idle keep-alive sockets stay open longer than any client's own idle timeout, so a client never
  // reuses a socket the server is closing at that moment (an ECONNRESET on a POST, seen under load).
  const server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, (req, res) => void handler.handle(req, res, 'local'));
  // Opening a room (townhalls.openRoom) serves it on the network addresses, on this listener's port.
  const hub = attachRoomHub({
    ctx: options.ctx,
    staticDir: options.staticDir,
    handler,
    roomAddresses: options.roomAddresses,
    port: () => {
      const a = server.address();
      return typeof a === 'object' && a ? a.port : 0;
    },
    log: options.log,
  });
  // A room left open when the host stopped is served again as soon as the loopback listener is up.
  server.on('listening', () => resumeOpenRooms(options.ctx, hub));
  server.on('close', () => void hub.close());
  return server;
}

export interface RequestHandler {
  handle(req: IncomingMessage, res: ServerResponse, scope: Scope): Promise<void>;
  /** Ends every event stream. */
  close(): void;
  /** The room listeners whose addresses the Host allow list accepts. */
  attachRoom(room: RoomListeners): void;
  readonly sessions: StaffSessions;
}

/** A page for a wrong, revoked or closed join code, in English and Spanish. */
function sendBadCodePage(res: ServerResponse, status: number): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Convene</title></head><body style="font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em"><h1>Convene</h1><p>This code is not valid: it may have been replaced, or the room is closed. Ask the organizer for the current code.</p><p lang="es">Este código no es válido: puede haber sido reemplazado o la sala está cerrada. Pida el código actual a quien organiza.</p></body></html>`;
  res.writeHead(status, { ...HTML_HEADERS, 'Content-Length': String(Buffer.byteLength(html)) });
  res.end(html);
}

/** The one request handler every listener of a host shares (loopback and, later, room addresses). */
export function createRequestHandler(options: HostOptions): RequestHandler {
  const { ctx, staticDir } = options;
  const limit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  const sessions = options.sessions ?? new StaffSessions();
  const feed = new ChangeFeed(ctx.store);
  const limiters = createRoomLimiters();
  let room: RoomListeners | null = null;

  /** A room role from an invite code, while its room is open. */
  function fromCode(code: string): Principal | null {
    const invite = lookupInvite(ctx.store.data, code);
    return invite ? { role: invite.role, townhallId: invite.townhallId, code: normalizeCode(code) } : null;
  }

  /**
   * The caller, from the Bearer header (launch token, or an invite code) or a cookie (staff session,
   * or the invite code a device joined with); null without a valid one. The launch token and staff
   * sessions count only on the laptop's own loopback listener, never on a room address.
   */
  function principalOf(req: IncomingMessage, scope: Scope): Principal | null {
    const bearer = bearerToken(req);
    if (bearer !== null) {
      if (sessions.isToken(bearer)) return scope === 'local' ? { role: 'staff' } : null;
      return fromCode(bearer);
    }
    const cookies = readCookies(req);
    const names = cookieNamesOf(req);
    if (scope === 'local' && sessions.has(cookies.get(names.staff))) return { role: 'staff' };
    const code = cookies.get(names.room);
    const p = code ? fromCode(code) : null;
    return p && p.role !== 'resident' ? p : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, scope: Scope): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!isAllowedRequest(req, room?.addresses() ?? [])) {
        req.resume();
        return sendError(res, 403, { code: 'forbidden', message: 'Requests from other sites are refused.', key: 'host.crossSite' });
      }
      // The printed address: trade its token for a session cookie, then drop it from the address bar.
      if (scope === 'local' && url.searchParams.has('token') && (req.method === 'GET' || req.method === 'HEAD')) {
        const id = sessions.trade(url.searchParams.get('token'));
        if (!id) return sendSignInPage(res, 401, 'badToken');
        url.searchParams.delete('token');
        const location = url.pathname + (url.searchParams.size > 0 ? `?${url.searchParams}` : '');
        res.writeHead(303, { Location: location, 'Set-Cookie': cookieHeader(cookieNamesOf(req).staff, id), 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
        res.end();
        return;
      }
      if (url.pathname === '/r' || url.pathname.startsWith('/r/')) return await handleResident(req, res, url, { ctx, limiters });
      // A note-taker's or moderator's device joins by code: its cookie is the code (dies with it).
      const join = /^\/join\/([^/]+)\/?$/.exec(url.pathname);
      if (join && (req.method === 'GET' || req.method === 'HEAD')) {
        const p = fromCode(decodeURIComponent(join[1]));
        if (!p || p.role === 'resident' || p.role === 'staff') {
          if (!limiters.badCode.take(req.socket.remoteAddress ?? '')) return sendError(res, 429, { code: 'rate_limited', message: 'Too many wrong codes from this device. Wait a minute.', key: 'host.rateLimited' });
          return sendBadCodePage(res, 404);
        }
        const view = p.role === 'moderator' ? 'moderate' : 'capture';
        res.writeHead(303, { Location: `/#/townhalls/${p.townhallId}/${view}`, 'Set-Cookie': cookieHeader(cookieNamesOf(req).room, p.code), 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
        res.end();
        return;
      }
      const principal = principalOf(req, scope);
      if (!principal) {
        req.resume();
        if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
          return sendError(res, 401, { code: 'unauthorized', message: 'This request has no Convene session. Open the address Convene printed (with its token), or send Authorization: Bearer <token>.', key: 'host.noSession' });
        }
        return sendSignInPage(res, 401, 'noSession');
      }
      if (principal.role === 'resident') {
        req.resume();
        return sendError(res, 403, { code: 'forbidden', message: 'A resident code opens the residents\' page only.', key: 'api.forbidden' });
      }
      const caller = principal.role === 'staff' ? STAFF : { role: principal.role, townhallId: principal.townhallId };
      if (url.pathname === '/api' && req.method === 'GET') return sendJson(res, 200, describeApi());
      if (url.pathname === '/api/events' && req.method === 'GET') return feed.subscribe(req, res, caller.role === 'staff' ? null : ['questions', 'townhalls', 'rooms']);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') {
          req.resume();
          res.setHeader('Allow', 'POST');
          return sendError(res, 405, { code: 'invalid_input', message: 'Call API methods with POST.', key: 'host.usePost' });
        }
        const type = req.headers['content-type'] ?? '';
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        const upload = rawUploadOf(method, req);
        if (caller !== STAFF && (method === 'reports.export' || upload)) {
          req.resume();
          return sendError(res, 403, { code: 'forbidden', message: `A ${caller.role} in this room may not call ${method}.`, key: 'api.forbidden' });
        }
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
        const result = await dispatch(ctx, method, input, caller);
        if (result.ok) return sendJson(res, 200, result.data);
        return sendError(res, HTTP_STATUS[result.error.code], result.error);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        req.resume();
        return sendError(res, 405, { code: 'invalid_input', message: 'Method not allowed.', key: 'host.methodNotAllowed' });
      }
      await serveStatic(staticDir, url.pathname, res, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...SECURITY_HEADERS });
    } catch (error) {
      console.error('Convene host: request failed', error);
      if (!res.headersSent) sendError(res, 500, ApiError.localized('internal', 'api.internal', undefined, 'Something went wrong inside Convene. Your data is safe; try again.').toBody());
      else res.end();
    }
  }

  return {
    handle,
    sessions,
    attachRoom(r) {
      room = r;
    },
    close() {
      feed.close();
    },
  };
}
