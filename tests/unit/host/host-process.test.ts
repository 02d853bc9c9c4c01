import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../shared/model';
import { hostRefusal, spawnHost, type HostProcess } from '../../support/host-process';
import { readDataFile } from '../../support/read-data-file';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let dataFile: string;
const running: HostProcess[] = [];

beforeEach(() => {
  tmp = makeTempDir();
  dataFile = join(tmp.dir, 'convene-data.json');
});
afterEach(async () => {
  for (const h of running.splice(0)) {
    h.proc.kill('SIGKILL');
    await h.exited;
  }
  chmodSync(tmp.dir, 0o700);
  tmp.cleanup();
});

async function start(opts?: { uid?: number; gid?: number }): Promise<HostProcess> {
  const h = await spawnHost(dataFile, opts);
  running.push(h);
  return h;
}

describe('the browser host process', () => {
  it('prints its URL and data file, and serves the contract', async () => {
    const h = await start();
    expect(h.output()).toContain(`Data file: ${dataFile}`);
    const areas = await (await h.post('areas.list', {})).json();
    expect(areas).toHaveLength(77);
  });

  it("stops cleanly on a signal sent twice (a terminal's process group and the launcher both pass it on): the journal is folded, no temporary file is left", async () => {
    const h = await start();
    for (const name of ['Signal one', 'Signal two', 'Signal three']) expect((await h.post('areas.create', { name })).status).toBe(200);
    h.proc.kill('SIGTERM');
    h.proc.kill('SIGTERM');
    expect(await h.exited).toBe(0);
    running.length = 0;
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const journal = `${dataFile}.journal`;
    expect(existsSync(journal) ? statSync(journal).size : 0).toBe(0);
    expect(readDataFile<{ areas: { name: string }[] }>(dataFile).areas.map((a) => a.name)).toEqual(expect.arrayContaining(['Signal one', 'Signal two', 'Signal three']));
  });

  it('refuses to start on a data file another host holds', async () => {
    const first = await start();
    const refusal = await hostRefusal(dataFile);
    expect(refusal.code).toBe(1);
    expect(refusal.output).toMatch(/already open in another Convene process \(Convene browser host, process \d+/);
    // The first host is unaffected.
    expect((await first.post('areas.list', {})).status).toBe(200);
  });

  it('keeps every acknowledged write when killed (SIGKILL) in the middle of a burst', async () => {
    const h = await start();
    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async (lane: number) => {
      for (;;) {
        const n = sent++;
        let res: Response;
        try {
          res = await h.post('areas.create', { name: `Burst ${lane}-${n}`, number: 1000 + n });
        } catch {
          return; // the process is gone
        }
        if (res.status !== 200) return;
        acknowledged.push((await res.json()).id);
        if (acknowledged.length === 150) h.proc.kill('SIGKILL');
      }
    };
    await Promise.all([writer(0), writer(1), writer(2), writer(3)]);
    await h.exited;
    running.length = 0;
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const restarted = await start();
    expect(restarted.output()).not.toContain('RECOVERED');
    const ids = new Set(((await (await restarted.post('areas.list', {})).json()) as { id: string }[]).map((a) => a.id));
    const missing = acknowledged.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    expect(() => Workspace.parse(readDataFile(dataFile))).not.toThrow();
  });

  it('recovers from a data file full of garbage and says so in its log', async () => {
    writeFileSync(dataFile, 'garbage '.repeat(1000));
    const h = await start();
    expect(h.output()).toMatch(/RECOVERED DATA FILE\. The data file could not be read: it is not valid JSON/);
    expect(h.output()).toMatch(/convene-data\.corrupt-/);
    const status = await (await h.post('workspace.status', {})).json();
    expect(status.recovery.movedAsideTo).toMatch(/corrupt/);
  });

  it('prints a usage message for an unknown option', async () => {
    const { spawnSync } = await import('node:child_process');
    const { HOST_SCRIPT } = await import('../../support/host-process');
    const r = spawnSync(process.execPath, [HOST_SCRIPT, '--bogus'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option --bogus\.\nUsage: npm run serve/);
  });
});

/**
 * Permission checks need a user the folder's mode applies to: root ignores modes, so as root the
 * host runs as `nobody`; as any other user it runs as that user.
 */
const asRoot = process.getuid?.() === 0;
const other = asRoot ? { uid: 65534, gid: 65534 } : {};
const giveToHostUser = (path: string) => {
  if (asRoot) chownSync(path, 65534, 65534);
};

describe.skipIf(process.platform === 'win32')('a data folder without write permission', () => {
  it('refuses to start with a plain reason', async () => {
    chmodSync(tmp.dir, 0o555);
    const refusal = await hostRefusal(dataFile, other);
    expect(refusal.code).toBe(1);
    expect(refusal.output).toContain(`Convene cannot start: Convene is not allowed to write to ${tmp.dir}.`);
  });

  it('keeps saving to its journal when the folder turns read-only, and folds it in once writable', async () => {
    chmodSync(tmp.dir, 0o755);
    giveToHostUser(tmp.dir);
    const h = await start(other);
    expect((await h.post('areas.create', { name: 'Before' })).status).toBe(200);

    chmodSync(tmp.dir, 0o555);
    // The open journal still takes each change durably; only folding it into a new file needs the folder.
    const saved = await h.post('areas.create', { name: 'While read-only' });
    expect(saved.status).toBe(200);
    expect(readDataFile<{ areas: { name: string }[] }>(dataFile).areas.some((a) => a.name === 'While read-only')).toBe(true);

    chmodSync(tmp.dir, 0o755);
    h.proc.kill('SIGTERM');
    expect(await h.exited).toBe(0);
    running.length = 0;
    const snapshot = JSON.parse(readFileSync(dataFile, 'utf8')) as { areas: { name: string }[] };
    expect(snapshot.areas.map((a) => a.name)).toEqual(expect.arrayContaining(['Before', 'While read-only']));
  });

  it('refuses to start, losing nothing, when it may not write the journal', async () => {
    chmodSync(tmp.dir, 0o755);
    giveToHostUser(tmp.dir);
    const first = await start(other);
    expect((await first.post('areas.create', { name: 'Kept' })).status).toBe(200);
    first.proc.kill('SIGTERM');
    await first.exited;
    running.length = 0;
    // The journal exists but this user may not write to it: every save must fail plainly.
    writeFileSync(`${dataFile}.journal`, '');
    chmodSync(`${dataFile}.journal`, 0o444);
    if (!asRoot) chmodSync(tmp.dir, 0o555);
    const refusal = await hostRefusal(dataFile, other);
    expect(refusal.code).toBe(1);
    expect(refusal.output).toContain('Convene cannot start: Convene is not allowed to write to');
    expect(readDataFile<{ areas: { name: string }[] }>(dataFile).areas.some((a) => a.name === 'Kept')).toBe(true);
  });
});
