import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDataFile } from '../support/read-data-file';

const REPO = resolve(import.meta.dirname, '../..');
const HOST_SCRIPT = join(REPO, 'out/main/host.js');

export interface RunningHost {
  url: string;
  dataFile: string;
  dir: string;
  /** Stops the host (SIGTERM, then SIGKILL) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `node out/main/host.js --port 0 --data <file>` and resolves once it prints the
 * "running at" line. Rejects with the host's own output if it exits first.
 */
export async function startHost(dataFile: string, dir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [HOST_SCRIPT, '--port', '0', '--data', dataFile], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 15 s. Output:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code} before starting. Output:\n${output}`));
    });
  });
  let stopped = false;
  return {
    url,
    dataFile,
    dir,
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

/** Opens the app and waits until its first data has loaded. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
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
