import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostCookieNames } from '../../../electron/host/sessions';
import { startInProcessHost } from '../../support/in-process-host';

let host: Awaited<ReturnType<typeof startInProcessHost>>;
beforeEach(async () => {
  host = await startInProcessHost();
});
afterEach(async () => {
  await host.stop();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request to the host, with any headers (Host and Origin included) and any body. */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('sessions on 127.0.0.1', () => {
  it('refuses the API, the app and its event stream without a session', async () => {
    const api = await fetch(`${host.url}/api/areas.list`, { method: 'POST', headers: json, body: '{}' });
    expect(api.status).toBe(401);
    expect((await api.json()).error).toMatchObject({ code: 'unauthorized', key: 'host.noSession' });
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(401);
    const text = await page.text();
    expect(text).toContain('Open Convene with the address it printed');
    expect(text).not.toContain('Convene test'); // the app's own index.html is not served
    expect((await fetch(`${host.url}/app.js`)).status).toBe(401);
    expect((await fetch(`${host.url}/api/events`)).status).toBe(401);
    expect((await fetch(`${host.url}/api`)).status).toBe(401);
  });

  it('trades the printed token for an HttpOnly cookie and drops the token from the address', async () => {
    const trade = await raw(`/?token=${host.token}&lang=es`);
    expect(trade.status).toBe(303);
    expect(trade.headers.location).toBe('/?lang=es');
    const cookie = String(trade.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^convene_session_${new URL(host.url).port}=[A-Za-z0-9_-]{20,}; Path=/; HttpOnly; SameSite=Strict`));
    const session = cookie.split(';')[0];
    expect(session).not.toContain(host.token); // the cookie is a session id, not the token itself
    const page = await raw('/', { headers: { Cookie: session } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Convene test');
    const api = await raw('/api/areas.list', { method: 'POST', headers: { ...json, Cookie: session }, body: '{}' });
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body)).toHaveLength(77);
  });

  it('refuses a wrong token, a made-up cookie and a wrong Bearer token', async () => {
    const wrong = await raw(`/?token=${host.token.slice(0, -2)}xx`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.body).toContain('from an earlier start of Convene');
    expect((await raw('/', { headers: { Cookie: `convene_session_${new URL(host.url).port}=made-up` } })).status).toBe(401);
    const bearer = await raw('/api/areas.list', { method: 'POST', headers: { ...json, Authorization: 'Bearer not-the-token' }, body: '{}' });
    expect(bearer.status).toBe(401);
  });

  it('takes the token as a Bearer header, for scripts', async () => {
    const res = await fetch(`${host.url}/api/areas.list`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${host.token}` }, body: '{}' });
    expect(res.status).toBe(200);
  });
});

describe('two hosts on 127.0.0.1 (cookies ignore the port)', () => {
  /** A browser's cookie jar for 127.0.0.1: one jar for every port, as RFC 6265 keeps it. */
  function jar() {
    const cookies = new Map<string, string>();
    return {
      header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      take(res: Response) {
        for (const set of res.headers.getSetCookie()) {
          const [pair] = set.split(';');
          const eq = pair.indexOf('=');
          cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
        }
      },
      names: () => [...cookies.keys()],
    };
  }

  it('keeps a session on each: signing in to the second does not sign the first out', async () => {
    const second = await startInProcessHost();
    try {
      const browser = jar();
      const signIn = async (h: { url: string; token: string }) => browser.take(await fetch(`${h.url}/?token=${h.token}`, { redirect: 'manual' }));
      const areas = (h: { url: string }) => fetch(`${h.url}/api/areas.list`, { method: 'POST', headers: { ...json, Cookie: browser.header() }, body: '{}' });
      await signIn(host);
      expect((await areas(host)).status).toBe(200);
      expect((await areas(second)).status).toBe(401); // not signed in there yet
      await signIn(second);
      expect((await areas(second)).status).toBe(200);
      expect((await areas(host)).status).toBe(200); // still signed in to the first
      expect((await fetch(`${host.url}/`, { headers: { Cookie: browser.header() } })).status).toBe(200);
      expect(browser.names().sort()).toEqual([`convene_session_${new URL(host.url).port}`, `convene_session_${new URL(second.url).port}`].sort());
      // One host's session cookie, sent under the other's name, is still refused there.
      const firstId = browser.header().split('; ').find((c) => c.startsWith(`convene_session_${new URL(host.url).port}=`))!.split('=')[1];
      const forged = await fetch(`${second.url}/api/areas.list`, { method: 'POST', headers: { ...json, Cookie: `convene_session_${new URL(second.url).port}=${firstId}` }, body: '{}' });
      expect(forged.status).toBe(401);
    } finally {
      await second.stop();
    }
  });

  it('names every cookie of a host after its port, and refuses what is not a port', () => {
    expect(hostCookieNames(4870)).toEqual({ staff: 'convene_session_4870', room: 'convene_room_4870', device: 'convene_device_4870', lang: 'convene_lang_4870' });
    expect(hostCookieNames(4871).staff).not.toBe(hostCookieNames(4870).staff);
    for (const bad of [0, -1, 65536, 1.5, Number.NaN]) expect(() => hostCookieNames(bad), String(bad)).toThrow(RangeError);
  });
});

describe('the Host and Origin allow list, in every mode', () => {
  const staff = () => ({ ...json, Authorization: `Bearer ${host.token}` });

  it('answers localhost and loopback names on its own port', async () => {
    const { port } = new URL(host.url);
    for (const name of ['127.0.0.1', 'localhost', 'LOCALHOST']) {
      const res = await raw('/api/areas.list', { method: 'POST', headers: { ...staff(), Host: `${name}:${port}` }, body: '{}' });
      expect(res.status, name).toBe(200);
    }
  });

  it('refuses a rebinding host name even with a valid token, and writes nothing', async () => {
    const { port } = new URL(host.url);
    for (const forged of [`attacker.example:${port}`, `127.0.0.1.nip.io:${port}`, 'attacker.example', `127.0.0.1:${Number(port) + 1}`]) {
      const res = await raw('/api/areas.create', { method: 'POST', headers: { ...staff(), Host: forged }, body: JSON.stringify({ name: 'Rebound' }) });
      expect(res.status, forged).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('forbidden');
    }
    expect(host.ctx.store.data.areas.some((a) => a.name === 'Rebound')).toBe(false);
  });

  it('refuses a forged Origin (another site, another port, null) even with a session cookie', async () => {
    const trade = await raw(`/?token=${host.token}`);
    const session = String(trade.headers['set-cookie']).split(';')[0];
    const { port } = new URL(host.url);
    for (const origin of ['https://evil.example', `http://127.0.0.1:${Number(port) + 1}`, 'null', `https://127.0.0.1:${port}`]) {
      const res = await raw('/api/areas.create', { method: 'POST', headers: { ...json, Cookie: session, Origin: origin }, body: JSON.stringify({ name: 'Forged' }) });
      expect(res.status, origin).toBe(403);
    }
    const same = await raw('/api/areas.create', { method: 'POST', headers: { ...json, Cookie: session, Origin: `http://127.0.0.1:${port}` }, body: JSON.stringify({ name: 'Same origin' }) });
    expect(same.status).toBe(200);
    expect(host.ctx.store.data.areas.some((a) => a.name === 'Forged')).toBe(false);
  });
});

describe('a body over the limit (issue 8)', () => {
  const sizes = [1024 * 1024 + 1, 3 * 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024, 20 * 1024 * 1024];

  it('always answers the 413 sentence, never a connection reset, through fetch', async () => {
    for (let round = 0; round < 2; round++) {
      for (const size of sizes) {
        const res = await host.post('areas.create', { name: 'x'.repeat(size) });
        expect(res.status, `${size} bytes`).toBe(413);
        expect((await res.json()).error).toEqual({ code: 'too_large', message: 'The request is larger than 1024 KB.', key: 'host.tooLarge', params: { kb: 1024 } });
      }
    }
    expect(host.ctx.store.data.areas).toHaveLength(77);
  });

  it('answers the 413 sentence to a client that sends its whole body before reading (no reset)', async () => {
    const { port } = new URL(host.url);
    for (let round = 0; round < 4; round++) {
      const body = Buffer.alloc(6 * 1024 * 1024, 0x61);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        let text = '';
        socket.on('data', (c) => (text += c));
        socket.on('error', (e) => reject(new Error(`${e.message} after reading ${JSON.stringify(text.slice(0, 40))}`)));
        socket.on('end', () => resolve(text));
        const head = `POST /api/areas.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
        socket.write(head);
        socket.end(body);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('The request is larger than 1024 KB.');
    }
  });

  it('answers 413 to a chunked body with no declared length, and the connection stays usable', async () => {
    const { port } = new URL(host.url);
    const answer = await new Promise<RawAnswer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/areas.create', method: 'POST', headers: { ...json, ...host.auth, 'Transfer-Encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      for (let i = 0; i < 24; i++) req.write(chunk);
      req.end();
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).not.toBe('close');
    expect(JSON.parse(answer.body).error.code).toBe('too_large');
    // The host is still answering.
    expect((await host.post('areas.list', {})).status).toBe(200);
  });
});
