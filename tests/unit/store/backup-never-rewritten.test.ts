import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Area } from '../../../shared/model';
import { seedWorkspace } from '../../../electron/services/areas/seed';
import { backupsFolder } from '../../../electron/services/store/backups';
import { Store } from '../../../electron/services/store/store';
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

async function open(): Promise<Store> {
  const store = await Store.open({ file, seed: seedWorkspace });
  opened.push(store);
  return store;
}

function addArea(store: Store, name: string, number: number): Promise<Area> {
  return store.mutate((ws) => {
    const at = new Date().toISOString();
    const area: Area = { version: 1, id: `id-${number}`, number, name, priority: false, createdAt: at, updatedAt: at };
    return { next: { ...ws, areas: [...ws.areas, area] }, result: area };
  });
}

interface Seen {
  bytes: string;
  mtimeMs: number;
}

/** Every backup file now: name → bytes and modification time. */
function backups(): Map<string, Seen> {
  const folder = backupsFolder(file);
  const out = new Map<string, Seen>();
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const path = join(folder, name);
    out.set(name, { bytes: readFileSync(path, 'utf8'), mtimeMs: statSync(path).mtimeMs });
  }
  return out;
}

const seqOf = (name: string) => Number(/\.(\d{12})\.json$/.exec(name)![1]);

/** Every backup seen before is still there, byte for byte, with the same time; new ones have higher numbers. */
function expectUnchangedAndGrowing(before: Map<string, Seen>, after: Map<string, Seen>): void {
  for (const [name, seen] of before) expect(after.get(name), name).toEqual(seen);
  const oldMax = Math.max(...[...before.keys()].map(seqOf));
  for (const name of after.keys()) if (!before.has(name)) expect(seqOf(name)).toBeGreaterThan(oldMax);
}

describe('a backup, once written, is never rewritten', () => {
  it('survives backup now, a change, switching away and back, and a restore: bytes and time unchanged, numbers only grow', async () => {
    let store = await open();
    await addArea(store, 'First', 1);
    await store.backupNow();
    let seen = backups();

    // "Back up now" again with nothing changed: no row is rewritten.
    await store.backupNow();
    let now = backups();
    expectUnchangedAndGrowing(seen, now);
    expect(now.size).toBe(seen.size);
    seen = now;

    // A change, then switching away (close takes a backup when anything changed), then back.
    await addArea(store, 'Second', 2);
    await store.close();
    now = backups();
    expectUnchangedAndGrowing(seen, now);
    expect(now.size).toBe(seen.size + 1);
    seen = now;

    store = await open();
    await store.close(); // nothing changed: no new backup, none rewritten
    now = backups();
    expectUnchangedAndGrowing(seen, now);
    expect(now.size).toBe(seen.size);
    seen = now;

    // Restore the oldest backup: a "before" copy and the restored state, both under new numbers.
    store = await open();
    const oldest = [...seen.keys()].sort()[0];
    await store.restoreFrom(seen.get(oldest)!.bytes);
    now = backups();
    expectUnchangedAndGrowing(seen, now);
    seen = now;

    // Switch away and back once more after the restore.
    await store.close();
    store = await open();
    await addArea(store, 'Third', 3);
    await store.backupNow();
    now = backups();
    expectUnchangedAndGrowing(seen, now);
    expect(now.size).toBe(seen.size + 1);
  });
});

describe('an unclean stop is reported', () => {
  it('counts the saved changes recovered from the journal after a crash, and says nothing after a clean close', async () => {
    let store = await open();
    await addArea(store, 'One', 1);
    await addArea(store, 'Two', 2);
    await store.simulateCrash();
    opened.splice(opened.indexOf(store), 1);
    store = await open();
    expect((await store.status()).uncleanStop).toMatchObject({ changesRecovered: 2 });
    await store.close();
    store = await open();
    expect((await store.status()).uncleanStop).toBeNull();
  });
});
