import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';

/**
 * What the renderer's web preferences must say: Electron's security checklist. main.ts writes
 * them out literally in `new BrowserWindow({...})` (so a reader and electronegativity see them
 * there) and passes them through `assertSecureWebPreferences` first, so loosening one fails at
 * startup and in the unit tests.
 */
export const REQUIRED_WEB_PREFERENCES = {
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
} as const satisfies WebPreferences;

/** The required preferences that `prefs` does not set as required (empty when all is well). */
export function insecureWebPreferences(prefs: WebPreferences | undefined): string[] {
  const actual = (prefs ?? {}) as Record<string, unknown>;
  return Object.entries(REQUIRED_WEB_PREFERENCES)
    .filter(([key, value]) => actual[key] !== value)
    .map(([key, value]) => `${key} must be ${String(value)}`);
}

/** Returns the window options unchanged, or throws naming each preference that was loosened. */
export function assertSecureWebPreferences<T extends BrowserWindowConstructorOptions>(options: T): T {
  const problems = insecureWebPreferences(options.webPreferences);
  if (!options.webPreferences?.preload) problems.push('preload must be set');
  if (problems.length > 0) throw new Error(`Refusing to open an insecure window: ${problems.join(', ')}.`);
  return options;
}

export const WINDOW_TITLE = 'Convene';

/** Size and first-paint options for the main window (hidden until 'ready-to-show'); web preferences are main.ts's. */
export function mainWindowOptions(): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
  };
}

/** Only https links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

type Handler = (...args: never[]) => unknown;
/** The parts of WebContents the hardening needs (a fake in tests implements just these). */
export interface HardenableContents {
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
  on(event: string, listener: Handler): unknown;
}

export interface HardenOptions {
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => unknown;
  log?: (message: string) => void;
}

/**
 * For every WebContents the app creates (windows, and anything a page might try to create):
 * - `window.open` / target=_blank is denied; an https link goes to the system browser instead;
 * - navigation and redirects away from our own page are prevented;
 * - `<webview>` attachment is prevented.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  const log = options.log ?? (() => {});
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(options.openExternal(url)).catch(() => log(`could not open ${url}`));
    else log(`blocked window.open(${url})`);
    return { action: 'deny' };
  });
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (options.isAppUrl(url)) return;
    event.preventDefault();
    log(`blocked navigation to ${url}`);
  };
  contents.on('will-navigate', guardNavigation as Handler);
  contents.on('will-redirect', guardNavigation as Handler);
  contents.on('will-frame-navigate', ((event: { preventDefault(): void; url: string }) => guardNavigation(event, event.url)) as Handler);
  contents.on('will-attach-webview', ((event: { preventDefault(): void }) => {
    event.preventDefault();
    log('blocked a <webview>');
  }) as Handler);
}

/** The parts of a Session the hardening needs. */
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * Every permission request and check is denied (camera, notifications, geolocation, ...), and
 * every network response (the dev server's, in development) gets the app's
 * Content-Security-Policy header. Pages from convene://app get it from app-protocol.ts.
 */
export function hardenSession(session: HardenableSession, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders: headers });
  });
}
