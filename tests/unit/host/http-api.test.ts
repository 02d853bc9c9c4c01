import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';
import { startInProcessHost } from '../../support/in-process-host';
import { readDataFile } from '../../support/read-data-file';

let host: Awaited<ReturnType<typeof startInProcessHost>>;
beforeEach(async () => {
  host = await startInProcessHost();
});
afterEach(async () => {
  await host.stop();
});

const areasOnDisk = () => readDataFile<{ areas: { name: string; number: number }[] }>(host.dataFile).areas;

/** A raw request, for headers fetch() will not let a page set. */
function rawRequest(path: string, opts: { method: string; headers: Record<string, string>; body?: string }) {
  const { port } = new URL(host.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method, headers: { ...host.auth, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('GET /api', () => {
  it('lists every contract method with its input JSON Schema', async () => {
    const res = await host.fetch('/api');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.methods.map((m: { name: string }) => m.name)).toEqual(METHOD_NAMES);
    const create = body.methods.find((m: { name: string }) => m.name === 'areas.create');
    expect(create.input.properties.name.type).toBe('string');
    expect(create.input.required).toContain('name');
  });
});

describe('POST /api/<method>', () => {
  it('answers the output as JSON and writes to the data file', async () => {
    const res = await host.post('areas.create', { name: 'Pilsen Annex', number: 200 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Pilsen Annex', number: 200, priority: false });
    expect(areasOnDisk().some((a) => a.name === 'Pilsen Annex')).toBe(true);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await host.post('areas.create', '{"name": "unterminated');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_input', message: 'The request body is not valid JSON.', key: 'host.invalidJson' } });
  });

  it('answers 404 for an unknown method', async () => {
    const res = await host.post('areas.explode', {});
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers 400 with every issue for input failing the schema', async () => {
    const res = await host.post('areas.create', { name: '   ', number: -3 });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'number']);
    expect(areasOnDisk()).toHaveLength(77);
  });

  it('answers 413 for a 2 MB body and stores nothing', async () => {
    const res = await host.post('areas.create', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect(areasOnDisk()).toHaveLength(77);
  });

  it('answers 404 for an id that does not exist', async () => {
    const res = await host.post('areas.update', { id: 'no-such-area', name: 'Ghost' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/no longer exists/);
  });

  it('answers 409 for a conflict', async () => {
    const res = await host.post('areas.create', { name: 'Another Loop', number: 32 });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toEqual({
      code: 'conflict',
      message: 'Area number 32 is already used by Loop.',
      key: 'areas.numberTaken',
      params: { number: 32, name: 'Loop' },
    });
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await host.fetch('/api/areas.list', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('refuses a request from another site (CSRF)', async () => {
    const res = await rawRequest('/api/areas.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'Injected' }),
    });
    expect(res.status).toBe(403);
    expect(areasOnDisk().some((a) => a.name === 'Injected')).toBe(false);
  });

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    const res = await rawRequest('/api/areas.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Host: 'attacker.example:80' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('answers a GET on a method with 405', async () => {
    const res = await host.fetch('/api/areas.list');
    expect(res.status).toBe(405);
  });
});

describe('GET /api/events', () => {
  it('streams a change event after a write', async () => {
    const controller = new AbortController();
    const res = await host.fetch('/api/events', { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await reader.read(); // the "connected" comment: the stream is subscribed
    const created = await (await host.post('areas.create', { name: 'Evented' })).json();
    while (!text.includes('event: change')) text += decoder.decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.split('data: ')[1].split('\n')[0]);
    expect(data).toEqual({ type: 'changed', collection: 'areas', ids: [created.id] });
  });
});

describe('static files', () => {
  it('serves the renderer with a CSP, and index.html for app routes', async () => {
    const res = await host.fetch('/present');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Convene test');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await host.fetch('/app.js')).status).toBe(200);
  });

  it('never serves a file outside its folder', async () => {
    const res = await rawRequest('/..%2f..%2fconvene-data.json', { method: 'GET', headers: {} });
    expect(res.body).not.toContain('schemaVersion');
    const res2 = await rawRequest('/../convene-data.json', { method: 'GET', headers: {} });
    expect(res2.body).not.toContain('schemaVersion');
  });
});

describe('POST /api/reports.export', () => {
  it('answers the PDF itself (built in a report worker), named for download', async () => {
    const res = await host.post('reports.export', { kind: 'gaps', language: 'es', audience: 'public' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''.+\.pdf$/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toMatch(/^Informe-de-brechas/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
  });

  it('answers 400 for a language reports are not written in, and the builder\'s own error from the worker (404 for a missing exercise)', async () => {
    const bad = await host.post('reports.export', { kind: 'gaps', language: 'fr' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('language');
    const missing = await host.post('reports.export', { kind: 'aar', id: 'no-such-exercise', language: 'en' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe('That exercise no longer exists.');
  });
});
