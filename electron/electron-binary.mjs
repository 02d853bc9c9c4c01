// Finds the Electron binary for `npm start` without paying for a failed download on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How long a failed download is remembered before `npm start` tries again. */
export const RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * The Electron binary's path, or why there is none.
 * An installed binary (node_modules/electron/path.txt and dist/) is found with two stats. Otherwise
 * electron's own lazy download is tried in a child (so its failure stays quiet); a failure is
 * remembered in node_modules/.cache/convene/electron-binary.json, per Electron version, for an hour,
 * so a machine that cannot download (no network) does not wait for it at every start.
 * @param {string} root the checkout's root folder
 * @param {{ now?: number, probe?: () => string | null }} [options] `probe` replaces the download child (tests)
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary(root, options = {}) {
  const now = options.now ?? Date.now();
  const pkgDir = join(root, 'node_modules/electron');
  const installed = installedPath(pkgDir);
  if (installed) return { path: installed };
  let version = '';
  try {
    version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return { reason: 'the electron package is not installed (run npm ci)' };
  }
  const cacheFile = join(root, 'node_modules/.cache/convene/electron-binary.json');
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    if (cached.version === version && now - cached.failedAt < RETRY_AFTER_MS) {
      return { reason: `no Electron binary is installed on this machine and downloading it failed at ${new Date(cached.failedAt).toISOString()} (tried again an hour later)` };
    }
  } catch {
    // No record: try the download.
  }
  const probe = options.probe ?? (() => downloadProbe(root));
  const path = probe();
  if (path && existsSync(path)) return { path };
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ version, failedAt: now }));
  } catch {
    // A read-only node_modules only means the next start tries again.
  }
  return { reason: 'no Electron binary is installed on this machine and it could not be downloaded' };
}

/** The binary's path when Electron's package already has it (the same rule as electron/index.js). */
function installedPath(pkgDir) {
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8');
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron') : join(pkgDir, 'dist', name);
  return existsSync(full) ? full : null;
}

/** Electron's own lazy download, in a child so its failure stays quiet. */
function downloadProbe(root) {
  const child = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8' });
  return child.status === 0 ? child.stdout.trim() : null;
}
