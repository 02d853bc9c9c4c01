import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, buildFreshness } from '../../../electron/build-freshness.mjs';
import { findElectronBinary, RETRY_AFTER_MS } from '../../../electron/electron-binary.mjs';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let cleanup: () => void;
beforeEach(() => ({ dir: root, cleanup } = makeTempDir('convene-launch-')));
afterEach(() => cleanup());

function file(rel: string, atSeconds: number, text = 'x') {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, atSeconds, atSeconds);
}

describe('npm start rebuilds only when the sources are newer than out/', () => {
  const T = 1_700_000_000;
  const built = (at: number) => BUILD_OUTPUTS.forEach((o) => file(o, at));

  it('builds when an output is missing', () => {
    file('renderer/main.tsx', T);
    expect(buildFreshness(root)).toEqual({ stale: true, reason: 'out/main/main.js is missing' });
  });

  it('does not rebuild when every source is older than the build', () => {
    file('renderer/main.tsx', T);
    file('shared/model/index.ts', T + 5);
    file('package.json', T);
    built(T + 10);
    expect(buildFreshness(root)).toEqual({ stale: false, reason: 'the build in out/ is newer than every source file' });
  });

  it('rebuilds when a nested source changed after the build, and names it', () => {
    built(T + 10);
    file('renderer/gaps/map/GapMapPanel.tsx', T + 20);
    expect(buildFreshness(root)).toEqual({ stale: true, reason: 'renderer/gaps/map/GapMapPanel.tsx changed after the last build' });
  });

  it('rebuilds when the installed packages changed, compares with the oldest output, and ignores notes', () => {
    built(T + 10);
    file('out/renderer/index.html', T + 1);
    file('node_modules/.package-lock.json', T + 5);
    expect(buildFreshness(root).stale).toBe(true);
    built(T + 10);
    file('renderer/README.md', T + 50);
    expect(buildFreshness(root).stale).toBe(false);
  });
});

describe('npm start finds the Electron binary without retrying a failed download every time', () => {
  beforeEach(() => file('node_modules/electron/package.json', 1, JSON.stringify({ version: '45.5.0' })));

  it('uses an installed binary without probing', () => {
    file('node_modules/electron/path.txt', 1, 'electron');
    file('node_modules/electron/dist/electron', 1);
    const result = findElectronBinary(root, { probe: () => { throw new Error('must not probe'); } });
    expect(result).toEqual({ path: join(root, 'node_modules/electron/dist/electron') });
  });

  it('remembers a failed download for an hour, then tries again', () => {
    let probes = 0;
    const probe = () => { probes++; return null; };
    const now = 1_800_000_000_000;
    expect(findElectronBinary(root, { now, probe }).reason).toBe('no Electron binary is installed on this machine and it could not be downloaded');
    expect(findElectronBinary(root, { now: now + 60_000, probe }).reason).toMatch(/downloading it failed at .* \(tried again an hour later\)/);
    expect(probes).toBe(1);
    findElectronBinary(root, { now: now + RETRY_AFTER_MS + 1, probe });
    expect(probes).toBe(2);
  });

  it('uses a binary the download brought', () => {
    file('node_modules/electron/dist/electron', 1);
    const path = join(root, 'node_modules/electron/dist/electron');
    expect(findElectronBinary(root, { probe: () => path })).toEqual({ path });
  });
});
