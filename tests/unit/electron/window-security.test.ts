import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import {
  assertSecureWebPreferences,
  hardenSession,
  hardenWebContents,
  insecureWebPreferences,
  isSafeExternalUrl,
  mainWindowOptions,
  REQUIRED_WEB_PREFERENCES,
} from '../../../electron/main/window-security';
import { fakeContents, fakeEvent, flush } from './fakes';

const APP_URL = 'convene://app/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP_URL;

describe('BrowserWindow web preferences', () => {
  const secure = {
    preload: '/x/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };

  it('require the security checklist', () => {
    expect(REQUIRED_WEB_PREFERENCES).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(insecureWebPreferences(secure)).toEqual([]);
    expect(assertSecureWebPreferences({ webPreferences: secure })).toEqual({ webPreferences: secure });
  });

  it.each([
    ['contextIsolation', false],
    ['sandbox', false],
    ['nodeIntegration', true],
    ['nodeIntegrationInWorker', true],
    ['webSecurity', false],
    ['allowRunningInsecureContent', true],
    ['experimentalFeatures', true],
    ['webviewTag', true],
    ['sandbox', undefined],
  ])('refuse a window with %s = %s', (key, value) => {
    const prefs = { ...secure, [key]: value };
    const required = (REQUIRED_WEB_PREFERENCES as Record<string, boolean>)[key];
    expect(insecureWebPreferences(prefs)).toEqual([`${key} must be ${required}`]);
    expect(() => assertSecureWebPreferences({ webPreferences: prefs })).toThrow(/Refusing to open an insecure window/);
  });

  it('refuse a window without a preload or without preferences', () => {
    expect(() => assertSecureWebPreferences({ webPreferences: { ...secure, preload: undefined } })).toThrow(/preload must be set/);
    expect(() => assertSecureWebPreferences({})).toThrow(/contextIsolation must be true/);
  });

  it('the main window is titled Convene and hidden until ready-to-show', () => {
    const options = mainWindowOptions();
    expect(options.title).toBe('Convene');
    expect(options.show).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.chicago.gov/city/en/depts/cdph.html', 'https://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'data:text/html,hi',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function setup() {
    const contents = fakeContents();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(contents, { isAppUrl, openExternal });
    return { contents, openExternal };
  }

  it('denies window.open, opening https links in the system browser only', async () => {
    const { contents, openExternal } = setup();
    expect(contents.openWindow('https://example.org/help')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.org/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.openWindow(APP_URL)).toEqual({ action: 'deny' });
    await flush();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/help');
  });

  it.each(['will-navigate', 'will-redirect'])('%s away from the app is prevented, to the app is allowed', (name) => {
    const { contents, openExternal } = setup();
    const away = fakeEvent();
    contents.emit(name, away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const file = fakeEvent();
    contents.emit(name, file, 'file:///home/user/other.html');
    expect(file.preventDefault).toHaveBeenCalled();
    const home = fakeEvent();
    contents.emit(name, home, `${APP_URL}#/gaps`);
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('frame navigations away from the app are prevented', () => {
    const { contents } = setup();
    const away = { ...fakeEvent(), url: 'https://evil.example/' };
    contents.emit('will-frame-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
  });

  it('attaching a <webview> is prevented', () => {
    const { contents } = setup();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function setup() {
    let request: any, check: any, headers: any;
    const session = {
      setPermissionRequestHandler: vi.fn((h) => (request = h)),
      setPermissionCheckHandler: vi.fn((h) => (check = h)),
      webRequest: { onHeadersReceived: vi.fn((h) => (headers = h)) },
    };
    hardenSession(session as any, CONTENT_SECURITY_POLICY);
    return { request, check, headers };
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'unknown'])(
    'denies the %s permission request and check',
    (permission) => {
      const { request, check } = setup();
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'file://', {})).toBe(false);
    },
  );

  it('sets the Content-Security-Policy header on every response, replacing any other', () => {
    const { headers } = setup();
    const callback = vi.fn();
    headers({ url: 'file:///x/index.html', responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const bare = vi.fn();
    headers({ url: 'http://localhost:5173/' }, bare);
    expect(bare.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
