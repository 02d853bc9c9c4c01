import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The desktop app serves its renderer from `convene://app/`, not file://. With a privileged
 * standard scheme the page gets a real origin, ES module scripts load without file://'s extra
 * privileges (so the grantFileProtocolExtraPrivileges fuse can be off, as Electron's security
 * checklist item 18 recommends), and every response carries the Content-Security-Policy header.
 */
export const APP_SCHEME = 'convene';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** For `protocol.registerSchemesAsPrivileged` (before 'ready'): a standard, secure scheme that fetch() may use. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). Nothing outside it is ever served. */
  root: string;
  contentSecurityPolicy: string;
  read?: (file: string) => Promise<Uint8Array>;
}

function text(status: number, body: string, csp: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * The handler for `protocol.handle(APP_SCHEME, ...)`. GET/HEAD only, host `app` only; a path with
 * an extension is that file (404 if missing); any other path is index.html, so client-side routes
 * such as /present load the app.
 */
export function appProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(options.root);
  const read = options.read ?? ((file: string) => readFile(file));
  const csp = options.contentSecurityPolicy;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return text(400, 'Bad request', csp);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, 'Not found', csp);
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed', csp);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return text(400, 'Bad request', csp);
    }
    if (path.includes('\0')) return text(400, 'Bad request', csp);
    const file = extname(path) ? resolve(join(root, path)) : join(root, 'index.html');
    if (!file.startsWith(root + sep)) return text(404, 'Not found', csp);
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return file === join(root, 'index.html') ? text(500, 'The app has not been built. Run npm run build first.', csp) : text(404, 'Not found', csp);
    }
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
      status: 200,
      headers: {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
