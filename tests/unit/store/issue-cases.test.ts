import { appendFileSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeRecord, scanJournal } from '../../../electron/services/store/journal-format';
import { spawnHost, type HostProcess } from '../../support/host-process';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The cases of "The store loses nothing", each through the real browser host process, killed
 * with SIGKILL where a crash is the point.
 */
let tmp: ReturnType<typeof makeTempDir>;
let dataFile: string;
let journal: string;
const running: HostProcess[] = [];

beforeEach(() => {
  tmp = makeTempDir();
  dataFile = join(tmp.dir, 'convene-data.json');
  journal = `${dataFile}.journal`;
});
afterEach(async () => {
  for (const h of running.splice(0)) {
    h.proc.kill('SIGKILL');
    await h.exited;
  }
  tmp.cleanup();
});

async function start(): Promise<HostProcess> {
  const h = await spawnHost(dataFile);
  running.push(h);
  return h;
}

async function kill(h: HostProcess): Promise<void> {
  h.proc.kill('SIGKILL');
  await h.exited;
  running.splice(running.indexOf(h), 1);
}

async function stop(h: HostProcess): Promise<void> {
  h.proc.kill('SIGTERM');
  expect(await h.exited).toBe(0);
  running.splice(running.indexOf(h), 1);
}

/** Creates areas one by one; resolves with the ids the host acknowledged. */
async function createAreas(h: HostProcess, prefix: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await h.post('areas.create', { name: `${prefix} ${i}` });
    expect(res.status).toBe(200);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

async function areaIds(h: HostProcess): Promise<Set<string>> {
  return new Set(((await (await h.post('areas.list', {})).json()) as { id: string }[]).map((a) => a.id));
}

const status = async (h: HostProcess) => (await h.post('workspace.status', {})).json();
const mode = (path: string) => statSync(path).mode & 0o777;

// Up to three host starts per case: generous on a busy machine.
describe('the store loses nothing', { timeout: 120_000 }, () => {
  it.each([
    ['a half-written record', (j: Buffer) => Buffer.concat([j, j.subarray(0, Math.floor(j.length / 3))])],
    ['a NUL-filled tail', (j: Buffer) => Buffer.concat([j, Buffer.alloc(4096)])],
  ])('1. keeps every acknowledged question after %s at the end of the journal, then new writes, then another crash', async (_name, tear) => {
    const first = await start();
    const before = await createAreas(first, 'Before the cut', 5);
    await kill(first);
    writeFileSync(journal, tear(readFileSync(journal)));

    const second = await start();
    expect(second.output()).not.toMatch(/new workspace/);
    expect(second.output()).toMatch(/REPAIRED CHANGE JOURNAL/);
    const after = await createAreas(second, 'After the cut', 5);
    await kill(second);

    const third = await start();
    const ids = await areaIds(third);
    expect([...before, ...after].filter((id) => !ids.has(id))).toEqual([]);
    // The torn bytes were kept aside, privately.
    const aside = readdirSync(tmp.dir).filter((n) => n.includes('.damaged-'));
    expect(aside.length).toBe(1);
    expect(mode(join(tmp.dir, aside[0]))).toBe(0o600);
  });

  it('2. sets aside one journal record that does not validate and still applies the ones after it', async () => {
    const first = await start();
    const [a, b, c] = await createAreas(first, 'Entry', 3);
    await kill(first);
    const bytes = readFileSync(journal);
    const records = scanJournal(bytes).records;
    expect(records).toHaveLength(3);
    // Version skew or a bug: a whole, checksummed record whose area has no name.
    const bad = encodeRecord(records[1].seq!, records[1].at!, [{ c: 'areas', put: [{ id: b, number: 'seven' } as unknown as { id: string }] }]);
    writeFileSync(journal, Buffer.concat([bytes.subarray(0, records[1].start), bad, bytes.subarray(records[1].end)]));

    const second = await start();
    const ids = await areaIds(second);
    expect(ids.has(a)).toBe(true);
    expect(ids.has(c)).toBe(true);
    expect(ids.has(b)).toBe(false);
    const s = await status(second);
    expect(s.recovery.kind).toBe('journal');
    expect(s.recovery.changesLost).toBe(1);
    expect(s.recovery.summary).toMatch(/The data file was kept/);
    expect(s.recovery.summary).not.toMatch(/new workspace/);
    expect(readFileSync(s.recovery.setAside[0])).toEqual(bad);
    expect(mode(s.recovery.setAside[0])).toBe(0o600);
  });

  it.each(['deleted', 'replaced'])('3. recreates a journal %s while running, says so, and keeps all 8 writes through a crash', async (how) => {
    const h = await start();
    const before = await createAreas(h, 'Before', 4);
    if (how === 'deleted') unlinkSync(journal);
    else {
      writeFileSync(join(tmp.dir, 'from-sync'), 'a file a sync tool put here\n');
      renameSync(join(tmp.dir, 'from-sync'), journal);
    }
    const after = await createAreas(h, 'After', 4);
    const s = await status(h);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].message).toMatch(how === 'deleted' ? /was deleted by another program/ : /was replaced by another program/);
    expect(s.notices[0].message).toMatch(/Nothing was lost/);
    expect(mode(journal)).toBe(0o600);
    await kill(h);

    const again = await start();
    const ids = await areaIds(again);
    expect([...before, ...after].filter((id) => !ids.has(id))).toEqual([]);
    if (how === 'replaced') expect(readdirSync(tmp.dir).some((n) => n.includes('.journal.replaced-'))).toBe(true);
  });

  it('4. recovers a damaged data file to the last acknowledged write: newest backup plus the journal after it', async () => {
    const first = await start();
    const early = await createAreas(first, 'Early', 3);
    await stop(first); // folds and takes a backup
    const second = await start();
    const late = await createAreas(second, 'Late', 4);
    await kill(second);
    writeFileSync(dataFile, '{"schemaVersion": 2, "areas": [ torn');

    const third = await start();
    expect(third.output()).toMatch(/RECOVERED DATA FILE/);
    expect(third.output()).toMatch(/replayed 4 later changes from the journal: restored to the last saved change at \d\d:\d\d:\d\d; 0 changes lost/);
    expect(third.output()).not.toMatch(/new workspace/);
    const ids = await areaIds(third);
    expect([...early, ...late].filter((id) => !ids.has(id))).toEqual([]);
    const s = await status(third);
    expect(s.recovery.changesLost).toBe(0);
    expect(s.recovery.changesReplayed).toBe(4);
    expect(s.recovery.backupTakenAt).toBeTruthy();
    expect(mode(s.recovery.movedAsideTo)).toBe(0o600);
  });

  it('6. creates the journal, backups and moved-aside files readable by their owner only', async () => {
    const h = await start();
    await createAreas(h, 'Private', 2);
    expect(mode(journal)).toBe(0o600);
    expect(mode(dataFile)).toBe(0o600);
    await stop(h);
    const folder = join(tmp.dir, 'convene-data-backups');
    const files = readdirSync(folder);
    expect(files.some((n) => n.endsWith('.json'))).toBe(true);
    expect(files.some((n) => n.includes('.journal.'))).toBe(true);
    for (const n of files) expect(mode(join(folder, n))).toBe(0o600);
  });

  it('7. an old unframed journal still replays after an upgrade', async () => {
    const h = await start();
    await stop(h);
    const area = { id: 'legacy-1', number: 900, name: 'From an older Convene', priority: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    appendFileSync(journal, `${JSON.stringify([{ c: 'areas', put: [area] }])}\n`);
    const again = await start();
    expect((await areaIds(again)).has('legacy-1')).toBe(true);
    expect(again.output()).not.toMatch(/REPAIRED|RECOVERED/);
  });
});
