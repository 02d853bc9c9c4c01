import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RoomRole } from '../../shared/model';

/**
 * Who is calling, as the host establishes it for one request. `staff` is the laptop's own user
 * (the printed token, or the cookie it was traded for); the room roles come from an invite code
 * (see electron/services/room/). The service layer decides what each may do.
 */
export type Principal = { role: 'staff' } | { role: RoomRole; townhallId: string; code: string };

/** The cookie a staff session lives in (HttpOnly, SameSite=Strict), before its port suffix. */
export const STAFF_COOKIE = 'convene_session';
/** The cookie a device joined by an invite code carries: the code itself (HttpOnly, SameSite=Strict). */
export const ROOM_COOKIE = 'convene_room';
/** A resident phone's anonymous device id (HttpOnly, SameSite=Strict): what per-device limits count. */
export const DEVICE_COOKIE = 'convene_device';
/** The language a resident picked on the residents' page. */
export const LANG_COOKIE = 'convene_lang';

/** The names of the cookies one host sets, each ending in the port it listens on. */
export interface HostCookieNames {
  staff: string;
  room: string;
  device: string;
  lang: string;
}

/**
 * The cookie names of the host listening on `port`: `convene_session_4870`, `convene_room_4870`, …
 * Cookies ignore the port (RFC 6265, section 8.5), so two hosts on 127.0.0.1 (or one laptop's
 * address) with one name would overwrite each other's sessions: signing in to one signed the
 * other out. Every listener of one host (loopback and room addresses) shares one port, so a
 * device keeps one name per host. `port` must be a TCP port (1-65535).
 */
export function hostCookieNames(port: number): HostCookieNames {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`Not a TCP port: ${port}`);
  return { staff: `${STAFF_COOKIE}_${port}`, room: `${ROOM_COOKIE}_${port}`, device: `${DEVICE_COOKIE}_${port}`, lang: `${LANG_COOKIE}_${port}` };
}

/** The cookie names for the listener a request arrived on (its local port). */
export function cookieNamesOf(req: IncomingMessage): HostCookieNames {
  return hostCookieNames(req.socket.localPort ?? 0);
}

/** Random, URL-safe secret of `bytes` bytes (base64url). */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The request's cookies as name → value (first one wins). */
export function readCookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  const header = req.headers.cookie;
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || out.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      continue;
    }
    out.set(name, value);
  }
  return out;
}

/** A `Set-Cookie` value: HttpOnly, SameSite=Strict, path `/`; a session cookie unless `maxAgeSeconds`. */
export function cookieHeader(name: string, value: string, maxAgeSeconds?: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m ? m[1] : null;
}

/**
 * Staff sessions of one run of the host (Jupyter's model): the launch token is printed once at
 * start (`…/?token=<token>`); a page trades it for a session cookie whose id lives only in this
 * process, and scripts send it as `Authorization: Bearer <token>`. A restart prints a new token and
 * forgets every staff session. Invite codes are not kept here: they belong to the town hall's room.
 */
export class StaffSessions {
  readonly token: string;
  private readonly sessions = new Set<string>();

  constructor(token: string = randomSecret(24)) {
    this.token = token;
  }

  /** True when `candidate` is the launch token. */
  isToken(candidate: string | null | undefined): boolean {
    return typeof candidate === 'string' && sameSecret(candidate, this.token);
  }

  /** Trades the launch token for a new session id, or null when the token is wrong. */
  trade(candidate: string | null | undefined): string | null {
    if (!this.isToken(candidate)) return null;
    const id = randomSecret(24);
    this.sessions.add(id);
    return id;
  }

  /** True when `id` is a live session of this run. */
  has(id: string | undefined): boolean {
    return typeof id === 'string' && this.sessions.has(id);
  }
}
