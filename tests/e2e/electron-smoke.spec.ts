import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Smoke test of the real desktop app: out/main/main.js under Electron, with its own data folder.
 * Needs an Electron binary (node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH) and, on
 * Linux, a display (xvfb-run). Where either is missing it is skipped and says why: it never
 * downloads Electron and never pretends to have run. A binary that runs but whose app then fails
 * to start is a failure, not a skip.
 */
const REPO = resolve(import.meta.dirname, '../..');
const MAIN = join(REPO, 'out/main/main.js');
const BINARY_MISSING = 'Electron binary not available on this machine: smoke test skipped';

/** The Electron executable, found the way `require('electron')` does, but without its download fallback. */
function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(REPO, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, executable || 'electron') : executable ? join(packageDir, 'dist', executable) : '';
  if (!candidate) return { missing: `${pathFile} does not exist: the binary was never downloaded` };
  if (!existsSync(candidate)) return { missing: `${candidate} does not exist` };
  return { path: candidate };
}

/**
 * Whether the binary can execute here at all (present, executable, right architecture, its shared
 * libraries installed), checked by running it as plain Node. Done before Playwright's launch
 * because a launch that dies early leaves rejected promises inside Playwright that fail the test
 * even when it is skipped.
 */
function cannotExecute(binary: string): string | null {
  const result = spawnSync(binary, ['-e', 'process.stdout.write(process.versions.electron ?? "")'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) return result.error.message;
  if (result.status !== 0 || !result.stdout) return (result.stderr || `exit code ${result.status}`).trim().split('\n')[0];
  return null;
}

function skipWith(message: string): never {
  console.log(message);
  test.skip(true, message);
  throw new Error('unreachable');
}

test('the desktop app opens a Convene window and answers a contract call through window.convene', async () => {
  const binary = electronBinary();
  if ('missing' in binary) skipWith(`${BINARY_MISSING} (${binary.missing}).`);
  const broken = cannotExecute(binary.path);
  if (broken) skipWith(`${BINARY_MISSING} (${binary.path} cannot run: ${broken}).`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    skipWith('No display for Electron on this machine (run the tests under xvfb-run): smoke test skipped.');
  }
  expect(existsSync(MAIN), 'run `npm run build` first').toBe(true);

  const userData = await mkdtemp(join(tmpdir(), 'convene-electron-'));
  let app: ElectronApplication | undefined;
  try {
    const args = [MAIN, `--user-data-dir=${userData}`];
    // Chromium refuses to start as root with its OS sandbox (containers, CI): only then turn it off.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    app = await electron.launch({
      executablePath: binary.path,
      args,
      cwd: REPO,
      env: { ...process.env, CONVENE_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
      timeout: 20_000,
    });

    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await expect(window).toHaveTitle('Convene');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['Convene']);

    const bridge = await window.evaluate(() => {
      const api = (window as unknown as { convene?: Record<string, unknown> }).convene;
      return api ? { keys: Object.keys(api).sort(), platform: api.platform } : null;
    });
    expect(bridge).toEqual({ keys: ['call', 'onChange', 'platform'], platform: 'desktop' });
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');

    const result = await window.evaluate(() =>
      (window as unknown as { convene: { call(m: string, i: unknown): Promise<{ ok: boolean; data?: unknown[] }> } }).convene.call('areas.list', {}),
    );
    expect(result.ok).toBe(true);
    expect(result.data).toHaveLength(77);

    const refused = await window.evaluate(() =>
      (window as unknown as { convene: { call(m: string, i: unknown): Promise<unknown> } }).convene.call('fs.readFile', { path: '/etc/passwd' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(existsSync(join(userData, 'convene-data.json'))).toBe(true);
  } finally {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  }
});
