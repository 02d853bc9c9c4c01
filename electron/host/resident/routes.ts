import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, HTTP_STATUS } from '../../../shared/contract';
import type { ServiceContext } from '../../services/handlers';
import { PUBLIC_LIST_READS, publicQuestions } from '../../services/room/public-questions';
import { supportId, type Support } from '../../../shared/model';
import type { PublicQuestion } from '../../../shared/contract';
import { residentAsk, residentSupport } from '../../services/room/resident-service';
import { lookupInvite, normalizeCode } from '../../services/room/room-service';
import type { RoomLimiters } from '../rate-limit';
import { BodyTooLargeError, readBody } from '../read-body';
import { cookieHeader, cookieNamesOf, randomSecret, readCookies } from '../sessions';
import { chooseLanguage, pageLanguages, RESIDENT_CATALOGS, type ResidentCatalog } from './catalogs';
import { renderResidentMessage, renderResidentPage } from './page';
import { RESIDENT_SCRIPT } from './page-script';

/** The largest body a resident's page may send: a 500-character question is well under 4 KB even in UTF-8 JSON. */
export const RESIDENT_BODY_LIMIT = 8 * 1024;

const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  // Not `no-referrer`: under it a browser sends `Origin: null` with the page's plain form posts
  // (a phone without script, or a tap before the script ran), which the Origin check refuses.
  // `same-origin` still sends nothing to any other site.
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Catalog key of each error key the services and the host give residents. */
const ERROR_TEXT: Record<string, keyof ResidentCatalog> = {
  'resident.tooLong': 'tooLong',
  'resident.empty': 'empty',
  'resident.invalid': 'invalid',
  'resident.noSuchQuestion': 'noSuchQuestion',
  'room.closed': 'closed',
};

export interface ResidentDeps {
  ctx: ServiceContext;
  limiters: RoomLimiters;
}

const validDevice = (id: string | undefined): id is string => typeof id === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(id);

/**
 * `GET /r/<code>` (the page), `GET /r/<code>/page.js`, `GET /r/<code>/questions` (shown, redacted),
 * `POST /r/<code>/questions` and `POST /r/<code>/support` (JSON from the script, or a plain form
 * post). A phone is known by an anonymous device cookie and its address; both are rate-limited,
 * and a refusal is a sentence in the page's language. Residents never reach `/api`.
 */
export async function handleResident(req: IncomingMessage, res: ServerResponse, url: URL, deps: ResidentDeps): Promise<void> {
  const { ctx, limiters } = deps;
  const [, , rawCode = '', action = ''] = url.pathname.split('/');
  const address = req.socket.remoteAddress ?? 'unknown';
  const cookies = readCookies(req);
  const names = cookieNamesOf(req);
  const ws = ctx.store.data;
  const invite = lookupInvite(ws, rawCode);
  const townhall = invite?.role === 'resident' ? ws.townhalls.find((t) => t.id === invite.townhallId) : undefined;
  const languages = pageLanguages(townhall?.languages ?? []);
  const language = chooseLanguage(languages, url.searchParams.get('lang'), cookies.get(names.lang), req.headers['accept-language'], townhall?.languages ?? []);
  const t = RESIDENT_CATALOGS[language];
  const wantsJson = /json/.test(req.headers['content-type'] ?? '') || /application\/json/.test(req.headers.accept ?? '') || action === 'questions' && req.method === 'GET';
  const setCookies: string[] = [];
  if (url.searchParams.has('lang') && cookies.get(names.lang) !== language) setCookies.push(cookieHeader(names.lang, language, 365 * 24 * 3600));

  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    const headers: Record<string, string | string[]> = { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), 'Content-Language': language, ...SECURITY, ...extra };
    if (setCookies.length > 0) headers['Set-Cookie'] = setCookies;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const fail = (status: number, code: string, key: keyof ResidentCatalog) => {
    req.resume();
    const message = String(t[key]);
    if (wantsJson || req.method === 'GET' && action !== '') return send(status, 'application/json; charset=utf-8', JSON.stringify({ error: { code, message, key: `resident.${key}` } }));
    return send(status, 'text/html; charset=utf-8', renderResidentMessage(language, message), { 'Content-Security-Policy': PAGE_CSP });
  };

  if (!townhall || !invite) {
    if (!limiters.badCode.take(address)) return fail(429, 'rate_limited', 'rateLimited');
    // Mistyped, replaced or closed: the code alone cannot say which, so the sentence names all three.
    return fail(404, 'not_found', 'badCode');
  }
  const code = normalizeCode(rawCode);
  const townhallId = townhall.id;

  let deviceId = cookies.get(names.device);
  if (!validDevice(deviceId)) {
    deviceId = randomSecret(18);
    setCookies.push(cookieHeader(names.device, deviceId, 7 * 24 * 3600));
  }

  if (req.method === 'GET' || req.method === 'HEAD') {
    if (action === 'page.js') {
      return send(200, 'text/javascript; charset=utf-8', RESIDENT_SCRIPT, { 'Cache-Control': 'private, max-age=3600' });
    }
    if (!limiters.readDevice.take(deviceId) || !limiters.readAddress.take(address)) return fail(429, 'rate_limited', 'rateLimited');
    const questions = publicQuestions(ctx.store.data, townhallId, language, undefined, ctx.store.revisionOf(PUBLIC_LIST_READS));
    const supported = supportedBy(ctx, deviceId, questions);
    if (action === 'questions') {
      // The list's JSON and its hash are made once per list (a room's phones poll the same one).
      const list = serialized(questions);
      const mine = [...supported];
      const body = `{"questions":${list.json},"supported":${JSON.stringify(mine)}}`;
      const etag = `"${list.hash}.${mine.length === 0 ? '0' : createHash('sha1').update(mine.join(',')).digest('base64url').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, ...SECURITY });
        res.end();
        return;
      }
      return send(200, 'application/json; charset=utf-8', body, { ETag: etag });
    }
    if (action !== '') return fail(404, 'not_found', 'invalid');
    const sent = url.searchParams.get('sent') === '1';
    // A phone that has supported nothing gets the same page as every other such phone (a room's
    // phones arrive in a burst): it is made once per public list (which changes with everything the
    // page shows: questions, town hall, areas, topics), code, language and notice.
    const shared = supported.size === 0 ? `${code}\u0000${language}\u0000${sent ? 1 : 0}` : null;
    let pages = shared ? renderedPages.get(questions) : undefined;
    let page = shared ? pages?.get(shared) : undefined;
    if (page === undefined) {
      page = renderResidentPage({
        code,
        language,
        languages,
        title: townhall.title,
        topics: ctx.store.data.topics.map((x) => ({ id: x.id, name: x.name[language === 'es' ? 'es' : 'en'] })),
        areas: ctx.store.data.areas.filter((a) => townhall.areaIds.includes(a.id)).map((a) => ({ id: a.id, name: a.name })),
        questions,
        supported,
        notice: sent ? { text: t.sent, kind: 'ok' } : undefined,
      });
      if (shared) {
        if (!pages) renderedPages.set(questions, (pages = new Map()));
        pages.set(shared, page);
      }
    }
    return send(200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': PAGE_CSP });
  }

  if (req.method !== 'POST' || (action !== 'questions' && action !== 'support')) return fail(405, 'invalid_input', 'invalid');
  const limited = action === 'questions' ? limiters.questionDevice.take(deviceId) && limiters.questionAddress.take(address) : limiters.supportDevice.take(deviceId) && limiters.supportAddress.take(address);
  if (!limited) return fail(429, 'rate_limited', 'rateLimited');

  let body: Buffer;
  try {
    body = await readBody(req, RESIDENT_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(413, 'too_large', 'tooLarge');
    throw error;
  }
  const form = /application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '');
  let input: unknown;
  try {
    input = form ? formInput(body.toString('utf8'), action) : JSON.parse(body.toString('utf8') || 'null');
  } catch {
    return fail(400, 'invalid_input', 'invalid');
  }
  try {
    if (action === 'questions') {
      const receipt = await residentAsk(ctx, townhallId, deviceId, input);
      if (form) return send(303, 'text/plain; charset=utf-8', '', { Location: `/r/${code}?sent=1` });
      return send(200, 'application/json; charset=utf-8', JSON.stringify(receipt));
    }
    const outcome = await residentSupport(ctx, townhallId, deviceId, input);
    if (form) return send(303, 'text/plain; charset=utf-8', '', { Location: `/r/${code}` });
    return send(200, 'application/json; charset=utf-8', JSON.stringify(outcome));
  } catch (error) {
    if (error instanceof ApiError) return fail(HTTP_STATUS[error.code], error.code, ERROR_TEXT[error.key ?? ''] ?? 'invalid');
    throw error;
  }
}

/**
 * Which of `questions` this phone has already said "me too" to (whichever way it was sent: script,
 * plain form, a retry): its page shows those as done, so a tap that was counted never looks lost.
 */
function supportedBy(ctx: ServiceContext, deviceId: string, questions: readonly { id: string }[]): Set<string> {
  const ids = supportIds(ctx.store.data.supports);
  return new Set(questions.filter((q) => ids.has(supportId(q.id, deviceId))).map((q) => q.id));
}

/**
 * The ids of `list` (the workspace's supports), kept in step as it grows: supports are only ever
 * appended (in place, by id), so only the new ones are read; anything else (a new array, a list
 * that shrank or whose last record changed: a rolled-back write) reads it all again.
 */
function supportIds(list: readonly Support[]): Set<string> {
  let known = supportSets.get(list);
  if (!known || known.seen > list.length || (known.seen > 0 && list[known.seen - 1] !== known.last)) {
    known = { seen: 0, last: undefined, ids: new Set() };
    supportSets.set(list, known);
  }
  for (; known.seen < list.length; known.seen++) known.ids.add(list[known.seen].id);
  known.last = list[known.seen - 1];
  return known.ids;
}
const supportSets = new WeakMap<readonly Support[], { seen: number; last: Support | undefined; ids: Set<string> }>();

/** A public list's JSON and a short hash of it, made once per list object. */
function serialized(list: PublicQuestion[]): { json: string; hash: string } {
  let s = serializedLists.get(list);
  if (!s) {
    const json = JSON.stringify(list);
    s = { json, hash: createHash('sha1').update(json).digest('base64url').slice(0, 16) };
    serializedLists.set(list, s);
  }
  return s;
}
/** Residents' pages already made, per public list object (see the page route). */
const renderedPages = new WeakMap<PublicQuestion[], Map<string, string>>();
const serializedLists = new WeakMap<PublicQuestion[], { json: string; hash: string }>();

/** A plain form post (no script): the page's fields, with a clientId made here from the device and text. */
function formInput(body: string, action: string): unknown {
  const p = new URLSearchParams(body);
  if (action === 'support') return { questionId: p.get('questionId') ?? '', clientId: `form-${p.get('questionId') ?? ''}`.slice(0, 100) };
  const text = p.get('text') ?? '';
  return {
    text,
    clientId: `form-${createHash('sha1').update(text).digest('hex').slice(0, 24)}`,
    topic: p.get('topic') || null,
    area: p.get('area') || null,
  };
}
