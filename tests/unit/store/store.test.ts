import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { CURRENT_SCHEMA_VERSION, Workspace, type Area } from '../../../shared/model';
import { seedWorkspace } from '../../../electron/services/areas/seed';
import { nodeFileSystem, type FileSystem } from '../../../electron/services/store/file-system';
import { DataFileLockedError } from '../../../electron/services/store/lock';
import { Store } from '../../../electron/services/store/store';
import { scanJournal } from '../../../electron/services/store/journal-format';
import { readDataFile } from '../../support/read-data-file';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
const opened: Store[] = [];

beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, 'convene-data.json');
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  tmp.cleanup();
});

async function open(extra: Partial<Parameters<typeof Store.open>[0]> = {}): Promise<Store> {
  const store = await Store.open({ file, seed: seedWorkspace, ...extra });
  opened.push(store);
  return store;
}

/** What a fresh process would read: the data file with its journal applied. */
const onDisk = (): Workspace => Workspace.parse(readDataFile(file));
const snapshotOnDisk = (): Workspace => Workspace.parse(JSON.parse(readFileSync(file, 'utf8')));

function addArea(store: Store, name: string, number: number): Promise<Area> {
  return store.mutate((ws) => {
    const at = new Date().toISOString();
    const area: Area = { id: `id-${number}`, number, name, priority: false, createdAt: at, updatedAt: at };
    return { next: { ...ws, areas: [...ws.areas, area] }, result: area };
  });
}

/** A file system whose writes fail with `code` while `failing` is true: new files and writes to open ones. */
function faultyFs(code: string): FileSystem & { failing: boolean } {
  const fail = () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  const fs = {
    ...nodeFileSystem,
    failing: false,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (fs.failing && flags === 'wx') fail();
      const handle = await nodeFileSystem.open(path, flags, mode);
      const write = handle.write.bind(handle);
      // A partial write, then the error: what a disk that fills up mid-write does.
      handle.write = (async (buffer: Buffer, offset = 0, length = buffer.length) => {
        if (fs.failing) {
          await write(buffer, offset, Math.floor(length / 2));
          fail();
        }
        return write(buffer, offset, length);
      }) as typeof handle.write;
      return handle;
    }) as FileSystem['open'],
  };
  return fs;
}

describe('opening a data file', () => {
  it('creates a new file with the 77 Chicago community areas', async () => {
    const store = await open();
    expect(store.data.areas).toHaveLength(77);
    expect(onDisk().areas.find((a) => a.number === 32)?.name).toBe('Loop');
    expect(store.recovery).toBeNull();
  });

  it('moves a file full of garbage aside and restores the newest good backup', async () => {
    const first = await open({ backupEveryMs: 0, compactAfterBytes: 1 });
    await addArea(first, 'Backup Village', 200);
    await addArea(first, 'Newest Town', 201); // the backup taken before this write holds area 200
    await first.close();
    opened.length = 0;
    const garbage = '\u0000\u00ff not json at all {{{';
    writeFileSync(file, garbage);

    const store = await open();
    expect(store.recovery?.reason).toMatch(/not valid JSON/);
    expect(store.recovery?.restoredFrom).toMatch(/convene-data-backups/);
    expect(readFileSync(store.recovery!.movedAsideTo, 'utf8')).toBe(garbage);
    expect(store.recovery!.movedAsideTo).toMatch(/convene-data\.corrupt-.*\.json$/);
    expect(store.data.areas.some((a) => a.name === 'Backup Village')).toBe(true);
    expect(onDisk().areas.some((a) => a.name === 'Backup Village')).toBe(true);
  });

  it('treats a truncated file as damaged and never overwrites it', async () => {
    const first = await open({ backupEveryMs: 0, compactAfterBytes: 1 });
    await addArea(first, 'Kept Area', 300);
    await addArea(first, 'Later Area', 301);
    await first.close();
    opened.length = 0;
    const full = readFileSync(file, 'utf8');
    const truncated = full.slice(0, Math.floor(full.length / 2));
    writeFileSync(file, truncated);

    const store = await open();
    expect(store.recovery).not.toBeNull();
    expect(readFileSync(store.recovery!.movedAsideTo, 'utf8')).toBe(truncated);
    expect(store.data.areas.some((a) => a.name === 'Kept Area')).toBe(true);
  });

  it('starts a new workspace when no backup is good, and says so', async () => {
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, areas: 'not a list' }));
    const store = await open();
    expect(store.recovery?.restoredFrom).toBeNull();
    expect(store.recovery?.reason).toMatch(/does not match/);
    expect(store.data.areas).toHaveLength(77);
    expect(existsSync(store.recovery!.movedAsideTo)).toBe(true);
  });

  it('refuses a file from a newer version of Convene and leaves it untouched', async () => {
    const future = JSON.stringify({ schemaVersion: 99, areas: [] });
    writeFileSync(file, future);
    await expect(open()).rejects.toThrow(/newer version of Convene/);
    expect(readFileSync(file, 'utf8')).toBe(future);
    expect(readdirSync(tmp.dir).filter((n) => n.includes('corrupt'))).toEqual([]);
    // The lock was released: a later, fixed attempt can open the folder.
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses a second writer on the same file with a clear message', async () => {
    await open();
    const second = Store.open({ file, seed: seedWorkspace, app: 'second' });
    await expect(second).rejects.toBeInstanceOf(DataFileLockedError);
    await expect(Store.open({ file, seed: seedWorkspace })).rejects.toThrow(/already open in another Convene process/);
  });

  it('opens again after the first writer closes', async () => {
    const first = await open();
    await first.close();
    opened.length = 0;
    await expect(open()).resolves.toBeInstanceOf(Store);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), app: 'crashed', since: 'then' }));
    const store = await open();
    expect(store.data.areas).toHaveLength(77);
  });

  it('upgrades a version-1 file, keeping a backup of it', async () => {
    const v1 = readFileSync('tests/fixtures/workspace-v1.json', 'utf8');
    writeFileSync(file, v1);
    const store = await open();
    expect(store.recovery).toBeNull();
    expect(onDisk().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk().areas.map((a) => a.name)).toEqual(['Rogers Park', 'Englewood']);
    const [backup] = (await store.status()).backups;
    expect(readFileSync(backup.file, 'utf8')).toBe(v1);
  });

  it('removes temp files a crash left behind', async () => {
    writeFileSync(join(tmp.dir, '.convene-data.json.999.abc.tmp'), 'half');
    await open();
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('explains a folder it may not write to', async () => {
    const denied: FileSystem = {
      ...nodeFileSystem,
      mkdir: (async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      }) as FileSystem['mkdir'],
    };
    await expect(open({ fs: denied })).rejects.toThrow(/not allowed to write/);
  });
});

describe('writing', () => {
  it('answers a mutation only once its change is on disk', async () => {
    const store = await open();
    const area = await addArea(store, 'Durable', 500);
    expect(onDisk().areas.find((a) => a.id === area.id)?.name).toBe('Durable');
  });

  it('keeps every change of a burst of concurrent writes', async () => {
    const store = await open();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => addArea(store, `Burst ${i}`, 1000 + i)));
    expect(results).toHaveLength(60);
    const names = new Set(onDisk().areas.map((a) => a.name));
    for (let i = 0; i < 60; i++) expect(names.has(`Burst ${i}`)).toBe(true);
  });

  it('rejects only the mutation that throws; the others in its group land', async () => {
    const store = await open();
    const bad = store.mutate(() => {
      throw new ApiError('conflict', 'nope');
    });
    const good = addArea(store, 'Fine', 600);
    await expect(bad).rejects.toThrow('nope');
    await expect(good).resolves.toMatchObject({ name: 'Fine' });
    expect(onDisk().areas.some((a) => a.name === 'Fine')).toBe(true);
  });

  it.each(['ENOSPC', 'EACCES'])('answers a storage error on %s and keeps the previous file and data', async (code) => {
    const fs = faultyFs(code);
    const store = await open({ fs });
    const before = readFileSync(file, 'utf8');
    fs.failing = true;
    const failed = addArea(store, 'Lost', 700);
    await expect(failed).rejects.toMatchObject({ code: 'storage' });
    await expect(failed).rejects.toThrow(code === 'ENOSPC' ? /disk is full/ : /not allowed to write/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(store.data.areas.some((a) => a.name === 'Lost')).toBe(false);
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    fs.failing = false;
    await addArea(store, 'Saved later', 701);
    expect(onDisk().areas.some((a) => a.name === 'Saved later')).toBe(true);
    expect(onDisk().areas.some((a) => a.name === 'Lost')).toBe(false);
    await store.close();
    opened.length = 0;
    const reopened = await open();
    expect(reopened.recovery).toBeNull();
    expect(reopened.data.areas.some((a) => a.name === 'Saved later')).toBe(true);
    expect(reopened.data.areas.some((a) => a.name === 'Lost')).toBe(false);
  });

  it('keeps rolling backups ordered by sequence, pruned to the newest ones', async () => {
    const store = await open({ keepBackups: 3 });
    for (let i = 0; i < 6; i++) {
      await addArea(store, `Area ${i}`, 800 + i);
      await store.backupNow();
    }
    await addArea(store, 'After the last backup', 899);
    const status = await store.status();
    expect(status.backups).toHaveLength(3);
    expect(status.backups.map((b) => b.seq)).toEqual([6, 5, 4]);
    // Each backup is a good earlier state of the file.
    for (const b of status.backups) expect(() => Workspace.parse(JSON.parse(readFileSync(b.file, 'utf8')))).not.toThrow();
    const newest = Workspace.parse(JSON.parse(readFileSync(status.backups[0].file, 'utf8')));
    expect(newest.areas.some((a) => a.name === 'Area 5')).toBe(true);
    expect(newest.areas.some((a) => a.name === 'After the last backup')).toBe(false);
  });

  it('notifies listeners after the change is on disk', async () => {
    const store = await open();
    const seen: string[] = [];
    store.onChange((e) => {
      seen.push(e.collection);
      expect(onDisk().areas.some((a) => a.name === 'Heard')).toBe(true);
    });
    await store.mutate((ws) => ({
      next: { ...ws, areas: [...ws.areas, { ...ws.areas[0], id: 'x', number: 900, name: 'Heard' }] },
      result: null,
      change: { type: 'changed', collection: 'areas' },
    }));
    expect(seen).toEqual(['areas']);
  });

  it('sends every change event of a write that touched several collections', async () => {
    const store = await open();
    const seen: string[] = [];
    store.onChange((e) => seen.push(`${e.collection}:${e.ids?.join(',') ?? ''}`));
    await store.mutate((ws) => ({
      next: { ...ws, updatedAt: new Date().toISOString() },
      result: null,
      change: [
        { type: 'changed', collection: 'questions', ids: ['q1'] },
        { type: 'changed', collection: 'needs', ids: ['n1'] },
      ],
    }));
    expect(seen).toEqual(['questions:q1', 'needs:n1']);
  });

  it('refuses writes after close', async () => {
    const store = await open();
    await store.close();
    opened.length = 0;
    await expect(addArea(store, 'Late', 950)).rejects.toMatchObject({ code: 'storage' });
  });
});

describe('the change journal', () => {
  /** Copies the files a crashed process left (data file, journal) into a fresh folder and opens them. */
  async function openCopyAsAfterCrash(edit?: (journal: string) => string): Promise<Store> {
    const other = makeTempDir();
    const copy = join(other.dir, 'convene-data.json');
    writeFileSync(copy, readFileSync(file));
    if (existsSync(`${file}.journal`)) writeFileSync(`${copy}.journal`, (edit ?? ((j) => j))(readFileSync(`${file}.journal`, 'utf8')));
    const store = await Store.open({ file: copy, seed: seedWorkspace });
    opened.push(store);
    const cleanup = tmp.cleanup;
    tmp.cleanup = () => {
      cleanup();
      other.cleanup();
    };
    return store;
  }

  it('saves a change as one framed journal record, leaving the data file for later', async () => {
    const store = await open();
    const snapshotBefore = readFileSync(file, 'utf8');
    await addArea(store, 'Journaled', 1200);
    expect(readFileSync(file, 'utf8')).toBe(snapshotBefore);
    const scanned = scanJournal(readFileSync(`${file}.journal`));
    expect(scanned.damaged).toEqual([]);
    expect(scanned.records).toHaveLength(1);
    expect(scanned.records[0].ops).toEqual([{ c: 'areas', put: [expect.objectContaining({ name: 'Journaled' })] }]);
  });

  it('replays acknowledged changes after a crash, and folds them into the data file', async () => {
    const store = await open();
    for (let i = 0; i < 5; i++) await addArea(store, `Before crash ${i}`, 1300 + i);
    const recovered = await openCopyAsAfterCrash();
    expect(recovered.recovery).toBeNull();
    expect(recovered.data.areas.filter((a) => a.name.startsWith('Before crash'))).toHaveLength(5);
    const copyFile = recovered.file;
    expect(Workspace.parse(JSON.parse(readFileSync(copyFile, 'utf8'))).areas.some((a) => a.name === 'Before crash 4')).toBe(true);
    expect(readFileSync(`${copyFile}.journal`, 'utf8')).toBe('');
  });

  it('drops a torn last record (a write the crash cut short, never acknowledged) and keeps its bytes aside', async () => {
    const store = await open();
    await addArea(store, 'Whole', 1400);
    const torn = '@120:0000abcd:{"s":2,"t":1,"ops":[{"c":"areas","put":[{"id":"x","na';
    const recovered = await openCopyAsAfterCrash((j) => `${j}${torn}`);
    expect(recovered.recovery?.kind).toBe('journal');
    expect(recovered.recovery?.changesLost).toBe(0);
    expect(recovered.recovery?.summary).toMatch(/The data file was kept/);
    expect(recovered.recovery?.summary).not.toMatch(/new workspace/);
    expect(readFileSync(recovered.recovery!.setAside![0], 'utf8')).toBe(torn);
    expect(recovered.data.areas.some((a) => a.name === 'Whole')).toBe(true);
    expect(recovered.data.areas.some((a) => a.id === 'x')).toBe(false);
  });

  it('sets damaged bytes in the middle aside and still applies the records after them', async () => {
    const store = await open();
    await addArea(store, 'First', 1500);
    await addArea(store, 'Second', 1501);
    const recovered = await openCopyAsAfterCrash((j) => {
      const [first, second] = j.split('\n');
      return `${first}\n{garbage\n${second}\n`;
    });
    expect(recovered.recovery?.reason).toMatch(/Part of the change journal was damaged/);
    expect(readFileSync(recovered.recovery!.setAside![0], 'utf8')).toBe('{garbage\n');
    expect(recovered.data.areas.some((a) => a.name === 'First')).toBe(true);
    expect(recovered.data.areas.some((a) => a.name === 'Second')).toBe(true);
  });

  it('folds the journal into the data file on close', async () => {
    const store = await open();
    await addArea(store, 'Closed cleanly', 1600);
    await store.close();
    opened.length = 0;
    expect(snapshotOnDisk().areas.some((a) => a.name === 'Closed cleanly')).toBe(true);
    expect(readFileSync(`${file}.journal`, 'utf8')).toBe('');
  });

  it('folds the journal once it passes its size limit', async () => {
    const store = await open({ compactAfterBytes: 2000 });
    for (let i = 0; i < 20; i++) await addArea(store, `Area with a longish name ${i}`, 1700 + i);
    expect(readFileSync(`${file}.journal`, 'utf8').length).toBeLessThan(2000);
    expect(snapshotOnDisk().areas.filter((a) => a.name.startsWith('Area with a longish')).length).toBeGreaterThan(5);
  });
});

describe('backups folder layout', () => {
  it('is named after the data file', async () => {
    mkdirSync(tmp.dir, { recursive: true });
    const store = await open();
    expect((await store.status()).backupsFolder).toBe(join(tmp.dir, 'convene-data-backups'));
  });
});

describe('point-in-time recovery', () => {
  it('replays the kept journal segments and the journal over the newest backup, to the last saved change', async () => {
    // Folds every ~1 KB, so the changes after the backup live in several segments.
    const store = await open({ compactAfterBytes: 1000 });
    await addArea(store, 'In the backup', 2000);
    await store.backupNow();
    for (let i = 0; i < 30; i++) await addArea(store, `After the backup ${i}`, 2001 + i);
    const segments = readdirSync(join(tmp.dir, 'convene-data-backups')).filter((n) => n.includes('.journal.'));
    expect(segments.length).toBeGreaterThan(2);
    await store.simulateCrash();
    opened.length = 0;
    writeFileSync(file, '{"schemaVersion":2,"areas":[{"id":');

    const recovered = await open();
    expect(recovered.recovery?.kind).toBe('dataFile');
    expect(recovered.recovery?.changesLost).toBe(0);
    expect(recovered.recovery?.changesReplayed).toBe(30);
    expect(recovered.recovery?.summary).toMatch(/restored to the last saved change at \d\d:\d\d:\d\d; 0 changes lost\./);
    for (let i = 0; i < 30; i++) expect(recovered.data.areas.some((a) => a.name === `After the backup ${i}`)).toBe(true);
  });

  it('says how many changes could not be recovered, and why, when a segment is gone', async () => {
    const store = await open({ compactAfterBytes: 1000 });
    await store.backupNow();
    for (let i = 0; i < 30; i++) await addArea(store, `Change ${i}`, 2100 + i);
    await store.simulateCrash();
    opened.length = 0;
    const folder = join(tmp.dir, 'convene-data-backups');
    const segment = readdirSync(folder).filter((n) => n.includes('.journal.'))[1];
    const [, first, last] = /(\d{12})-(\d{12})$/.exec(segment)!.map(Number);
    rmSync(join(folder, segment));
    writeFileSync(file, 'not json');

    const recovered = await open();
    expect(recovered.recovery?.changesLost).toBe(last - first + 1);
    expect(recovered.recovery?.lostBecause).toMatch(/could not be found in the journal/);
    expect(recovered.recovery?.summary).toMatch(new RegExp(`${last - first + 1} changes? could not be recovered`));
    expect(recovered.data.areas.some((a) => a.name === 'Change 29')).toBe(true);
  });

  it('5. orders backups by sequence, not by the clock: a clock set back does not pin an old backup', async () => {
    let t = Date.parse('2026-06-01T12:00:00Z');
    const store = await open({ now: () => new Date(t) });
    await addArea(store, 'Before the clock jumped', 2200);
    await store.backupNow();
    t = Date.parse('2000-01-01T00:00:00Z'); // dead CMOS battery
    await addArea(store, 'After the clock jumped', 2201);
    await store.backupNow();
    await store.simulateCrash();
    opened.length = 0;
    // Only the backups are left to recover from.
    rmSync(`${file}.journal`, { force: true });
    writeFileSync(file, '');
    const recovered = await open();
    expect(recovered.data.areas.some((a) => a.name === 'After the clock jumped')).toBe(true);
    const { backups } = await recovered.status();
    expect(backups[0].seq).toBeGreaterThan(backups[1].seq!);
  });
});

describe('messages', () => {
  it('never blames the disk for an error that did not come from it', async () => {
    const store = await open({
      fs: {
        ...nodeFileSystem,
        open: (async (...args: Parameters<typeof nodeFileSystem.open>) => {
          const handle = await nodeFileSystem.open(...args);
          handle.write = (async () => {
            throw new RangeError('Maximum call stack size exceeded');
          }) as typeof handle.write;
          return handle;
        }) as FileSystem['open'],
      },
    });
    const failed = addArea(store, 'Too big', 3000);
    await expect(failed).rejects.toMatchObject({ code: 'storage' });
    await expect(failed).rejects.toThrow(/could not prepare it/);
    await expect(failed).rejects.not.toThrow(/disk reported/);
  });
});
