import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDataFile } from '../support/read-data-file';

const REPO = resolve(import.meta.dirname, '../..');
const HOST_SCRIPT = join(REPO, 'out/main/host.js');

export interface RunningHost {
  /** The host's base address, `http://127.0.0.1:<port>/` (no token: pages need `signIn` first). */
  url: string;
  /** The launch token this run printed (`…/?token=<token>`). */
  token: string;
  /** The printed address itself: opening it trades the token for a session cookie. */
  loginUrl: string;
  port: number;
  dataFile: string;
  dir: string;
  /** Everything the host printed so far. */
  output(): string;
  /** `Authorization: Bearer <token>`, for requests made outside a signed-in browser context. */
  authHeaders: Record<string, string>;
  /** Calls a contract method as staff (Bearer token) and answers its JSON; throws with the body on an error status. */
  api<T = any>(method: string, input: unknown): Promise<T>;
  /** Stops the host (SIGTERM, then SIGKILL) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Kills the host with SIGKILL (a crash: nothing folded, no lock released) and waits for it to exit. */
  kill(): Promise<void>;
}

/** Launch tokens of the hosts this worker started, by base address: what `signIn` trades. */
const TOKENS = new Map<string, string>();

export interface StartHostOptions {
  /** A fixed port (to restart a host where its devices expect it); 0 (a free one) by default. */
  port?: number;
  /** More command-line options, e.g. `['--room-address', '127.0.0.2']`. */
  args?: string[];
}

/**
 * Starts `node out/main/host.js --port 0 --data <file>` and resolves once it prints the
 * "running at …/?token=…" line. Rejects with the host's own output if it exits first.
 */
export async function startHost(dataFile: string, dir: string, options: StartHostOptions = {}): Promise<RunningHost & { child: ChildProcess; exited: Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [HOST_SCRIPT, '--port', String(options.port ?? 0), '--data', dataFile, ...(options.args ?? [])], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const [url, token] = await new Promise<[string, string]>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 60 s. Output:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)\?token=([A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl([match[1], match[2]]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code} before starting. Output:\n${output}`));
    });
  });
  TOKENS.set(url, token);
  const authHeaders = { Authorization: `Bearer ${token}` };
  let stopped = false;
  return {
    url,
    token,
    loginUrl: `${url}?token=${token}`,
    port: Number(new URL(url).port),
    dataFile,
    dir,
    child,
    exited,
    output: () => output,
    authHeaders,
    async api(method: string, input: unknown) {
      const res = await fetch(`${url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...authHeaders }, body: JSON.stringify(input) });
      if (!res.ok) throw new Error(`${method}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    async kill() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}

/** A fresh temp folder for one test. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'convene-e2e-'));
}

/** The data file as it is on disk now. */
export async function readWorkspace(dataFile: string): Promise<{ schemaVersion: number; areas: { id: string; number: number; name: string; priority: boolean }[] }> {
  return readDataFile(dataFile);
}

/**
 * Gives a browser context a staff session on the host at `url` (any address under it): trades the
 * launch token that host printed for its HttpOnly cookie, as a user opening the printed link does.
 */
export async function signIn(context: BrowserContext, url: string, options: { force?: boolean } = {}): Promise<void> {
  const base = `${new URL(url).origin}/`;
  const token = TOKENS.get(base);
  if (!token) throw new Error(`No launch token known for ${base}: start it with startHost().`);
  // Already signed in to this very host (a restarted host needs `force`: its old sessions are gone).
  // Each host names its cookie after its port, so a context stays signed in to several hosts.
  const signedIn = SIGNED_IN.get(context) ?? new Set<string>();
  SIGNED_IN.set(context, signedIn);
  if (!options.force && signedIn.has(base) && (await context.cookies(base)).some((c) => c.name === `convene_session_${new URL(base).port}`)) return;
  // A fresh connection: a kept-alive one the host has since closed would answer ECONNRESET.
  const res = await context.request.get(`${base}?token=${token}`, { maxRedirects: 0, headers: { Connection: 'close' } });
  if (res.status() !== 303) throw new Error(`Signing in to ${base} answered ${res.status()}: ${await res.text()}`);
  signedIn.add(base);
}

/** The hosts each browser context has signed in to. */
const SIGNED_IN = new WeakMap<BrowserContext, Set<string>>();

/** Opens the app (signing the page's context in first) and waits until its first data has loaded. */
export async function openApp(page: Page, url: string): Promise<void> {
  await signIn(page.context(), url);
  await page.goto(url);
  // The first load fetches the bundle and the first data: allow for a busy machine.
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 20_000 });
}

interface Fixtures {
  /** A host of its own for each test: temp folder, data file, free port. */
  host: RunningHost;
}

export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const dir = await makeTempDir();
    const host = await startHost(join(dir, 'convene-data.json'), dir);
    try {
      await use(host);
    } finally {
      await host.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
  // Every context a test gets is signed in to its host, as the user who opened the printed link.
  context: async ({ context, host }, use) => {
    await signIn(context, host.url);
    await use(context);
  },
  page: async ({ page, host }, use) => {
    await openApp(page, host.url);
    await use(page);
  },
});

export { expect };

/** Opens Settings from the navigation and waits for the areas table to fill. */
export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(areasTable(page).getByRole('row').nth(1)).toBeVisible();
}

export function areasTable(page: Page) {
  return page.getByRole('table', { name: 'Community areas, priority areas first' });
}

/** The add form's fields, by their labels. */
export function addForm(page: Page) {
  const form = page.getByRole('form', { name: 'Add an area' });
  return {
    form,
    name: form.getByRole('textbox', { name: 'Name', exact: true }),
    number: form.getByRole('textbox', { name: 'Number', exact: true }),
    priority: form.getByRole('checkbox', { name: 'Priority area' }),
    submit: form.getByRole('button', { name: 'Add area' }),
  };
}
