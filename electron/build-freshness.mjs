// Decides whether `npm start` must rebuild: a cheap check of file times (stat only, no hashing),
// run before anything else so a built checkout starts in well under a second.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads (folders are walked; README and other notes are ignored). */
export const BUILD_INPUTS = ['electron', 'renderer', 'shared', 'scenarios', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'vite.config.ts', 'tsconfig.json'];

/** What the build writes and `npm start` runs: all must exist. */
export const BUILD_OUTPUTS = ['out/main/main.js', 'out/main/host.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];

const IGNORED = /\.md$/i;

/** Newest modification time (ms) under `path` (file or folder), with the file that has it; null when absent. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return IGNORED.test(path) ? null : { mtimeMs: stat.mtimeMs, path };
  let best = null;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const found = newest(join(path, entry));
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/**
 * Whether the build in `out/` is older than its sources.
 * @param {string} root the checkout's root folder
 * @returns {{ stale: boolean, reason: string }} `reason` is one sentence for the start-up log:
 *   the missing output, the newest source that changed since the build, or that the build is current.
 */
export function buildFreshness(root) {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    let stat;
    try {
      stat = statSync(join(root, output));
    } catch {
      return { stale: true, reason: `${output} is missing` };
    }
    oldestOutput = Math.min(oldestOutput, stat.mtimeMs);
  }
  let newestInput = null;
  for (const input of BUILD_INPUTS) {
    const found = newest(join(root, input));
    if (found && (!newestInput || found.mtimeMs > newestInput.mtimeMs)) newestInput = found;
  }
  if (newestInput && newestInput.mtimeMs > oldestOutput) {
    return { stale: true, reason: `${newestInput.path.slice(root.length + 1)} changed after the last build` };
  }
  return { stale: false, reason: 'the build in out/ is newer than every source file' };
}
