import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-protocol';

/** Where the renderer comes from, and how to tell our own pages from anything else. */
export interface AppLocation {
  /** What the window loads: convene://app/index.html, or the dev server in development. */
  readonly url: string;
  /** True for a page of ours (any path on our origin) and nothing else. */
  isAppUrl(url: string): boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A dev server URL is only honoured unpackaged, and only on this machine over http. */
export function isLocalDevServerUrl(url: string | undefined): url is string {
  const u = url ? parse(url) : null;
  return !!u && u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

/**
 * The app's own location: `convene://app/index.html` (served from out/renderer by
 * app-protocol.ts), or in development the dev server electron-vite announces in
 * ELECTRON_RENDERER_URL (ignored when packaged, so an environment variable can never point the
 * installed app at other content).
 */
export function appLocation(options: { devServerUrl?: string; isPackaged: boolean }): AppLocation {
  const dev = !options.isPackaged && isLocalDevServerUrl(options.devServerUrl) ? new URL(options.devServerUrl!) : null;
  if (dev) {
    return {
      url: dev.href,
      isAppUrl(url) {
        const u = parse(url);
        return !!u && u.protocol === dev.protocol && u.host === dev.host;
      },
    };
  }
  return {
    url: APP_INDEX_URL,
    isAppUrl(url) {
      const u = parse(url);
      return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
    },
  };
}
