import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler } from '../../../electron/main/app-protocol';
import { appLocation } from '../../../electron/main/app-url';

describe('appLocation', () => {
  it('loads convene://app/index.html and recognises only our origin', () => {
    const location = appLocation({ isPackaged: true });
    expect(location.url).toBe('convene://app/index.html');
    expect(location.url).toBe(APP_INDEX_URL);
    expect(location.isAppUrl('convene://app/index.html')).toBe(true);
    expect(location.isAppUrl('convene://app/present#/x')).toBe(true);
    expect(location.isAppUrl('convene://other/index.html')).toBe(false);
    expect(location.isAppUrl('convene://user:pw@app/index.html')).toBe(false);
    expect(location.isAppUrl('file:///work/main/out/renderer/index.html')).toBe(false);
    expect(location.isAppUrl('https://app/index.html')).toBe(false);
    expect(location.isAppUrl('about:blank')).toBe(false);
    expect(location.isAppUrl('')).toBe(false);
  });

  it('uses the local dev server when unpackaged, with its origin as the app', () => {
    const location = appLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(location.url).toBe('http://localhost:5173/');
    expect(location.isAppUrl('http://localhost:5173/#/gaps')).toBe(true);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('convene://app/index.html')).toBe(false);
  });

  it('ignores ELECTRON_RENDERER_URL when packaged or when it is not on this machine', () => {
    expect(appLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173' }).url).toBe(APP_INDEX_URL);
    expect(appLocation({ isPackaged: false, devServerUrl: 'https://evil.example/' }).url).toBe(APP_INDEX_URL);
    expect(appLocation({ isPackaged: false, devServerUrl: 'http://192.168.1.5:5173/' }).url).toBe(APP_INDEX_URL);
    expect(appLocation({ isPackaged: false, devServerUrl: '' }).url).toBe(APP_INDEX_URL);
  });
});

describe('the convene:// protocol handler', () => {
  let root: string;
  let outside: string;
  let handle: (r: Request) => Promise<Response>;
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'convene-protocol-'));
    root = join(dir, 'renderer');
    outside = dir;
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Convene</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.json'), '{"secret":true}');
    handle = appProtocolHandler({ root, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('is registered as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'convene', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } });
  });

  it('serves index.html and assets with their type and the CSP header', async () => {
    const index = await get('convene://app/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Convene</title>');
    const script = await get('convene://app/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers client-side routes with index.html and missing files with 404', async () => {
    expect(await (await get('convene://app/present')).text()).toContain('<title>Convene</title>');
    expect(await (await get('convene://app/')).text()).toContain('<title>Convene</title>');
    expect((await get('convene://app/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'convene://app/../secret.json',
    'convene://app/%2e%2e/secret.json',
    'convene://app/assets/..%2f..%2fsecret.json',
    'convene://app/..%5csecret.json',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status === 404 || response.status === 400).toBe(true);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses other hosts, bad encodings and methods other than GET/HEAD', async () => {
    expect((await get('convene://other/index.html')).status).toBe(404);
    expect((await get('convene://app/%E0%A4%A.js')).status).toBe(400);
    expect((await get('convene://app/a%00.js')).status).toBe(400);
    expect((await get('convene://app/index.html', 'POST')).status).toBe(405);
    const head = await get('convene://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });
});
