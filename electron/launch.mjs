#!/usr/bin/env node
// `npm start`: builds when the sources are newer than out/ (or with --rebuild), then opens the
// desktop app where an Electron binary can run, and the browser host otherwise (saying why).
// Extra arguments go to the browser host (--port, --data).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { buildFreshness } from './build-freshness.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2).filter((a) => a !== '--rebuild');

const freshness = process.argv.includes('--rebuild') ? { stale: true, reason: '--rebuild was given' } : buildFreshness(root);
console.log(`Convene: ${freshness.stale ? 'building' : 'not rebuilding'}: ${freshness.reason}.`);
const build = !freshness.stale ? { status: 0 } : spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron/electron.vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const forceHost = args.includes('--browser');
const hostArgs = args.filter((a) => a !== '--browser');
const electron = forceHost ? { reason: '--browser was given' } : findElectronBinary(root);

if (electron.path && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
  const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = electron.path ? 'there is no display to open a window on' : electron.reason;
  console.log(`Convene: starting the browser host because ${why}. Open the address below in a browser.`);
  const child = spawn(process.execPath, [join(root, 'out/main/host.js'), ...hostArgs], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
