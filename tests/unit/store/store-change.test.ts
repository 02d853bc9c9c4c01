import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import type { Area } from '../../../shared/model';
import { seedWorkspace } from '../../../electron/services/areas/seed';
import { nodeFileSystem, type FileSystem } from '../../../electron/services/store/file-system';
import { Store } from '../../../electron/services/store/store';
import { countVersions } from '../../../electron/services/versioning';
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

async function open(fs?: FileSystem): Promise<Store> {
  const store = await Store.open({ file, seed: seedWorkspace, ...(fs ? { fs } : {}) });
  opened.push(store);
  return store;
}

const AT = '2026-01-01T00:00:00.000Z';
const area = (n: number, name: string): Area => ({ version: 1, id: `area-${n}`, number: 1000 + n, name, priority: false, createdAt: AT, updatedAt: AT });

/** Crashes the store (nothing folded) and opens the file again: what a killed process finds. */
async function reopenAfterCrash(store: Store): Promise<Store> {
  await store.simulateCrash();
  opened.splice(opened.indexOf(store), 1);
  return open();
}

describe('store.change: writes by id (issue 13 item 4)', () => {
  it('puts, replaces in place, deletes and sets, and a crash right after keeps exactly that', async () => {
    const store = await open();
    const before = store.data.areas.length;
    await store.change((tx) => {
      tx.put('areas', area(1, 'Uno'));
      tx.put('areas', area(2, 'Dos'));
      tx.put('areas', area(3, 'Tres'));
      return { result: null };
    });
    const renamed = await store.change((tx) => {
      const two = tx.get('areas', 'area-2')!;
      tx.delete('areas', 'area-1');
      tx.set('updatedAt', '2026-02-02T00:00:00.000Z');
      return { result: tx.put('areas', { ...two, name: 'Dos bis' }) };
    });
    expect(renamed.name).toBe('Dos bis');
    const expected = store.data.areas.slice(before).map((a) => a.name);
    expect(expected).toEqual(['Dos bis', 'Tres']);
    const again = await reopenAfterCrash(store);
    expect(again.data.areas.slice(before).map((a) => [a.id, a.name])).toEqual([
      ['area-2', 'Dos bis'],
      ['area-3', 'Tres'],
    ]);
    expect(again.data.updatedAt).toBe('2026-02-02T00:00:00.000Z');
  });

  it('a change that throws undoes its own writes and leaves the rest of its group alone', async () => {
    const store = await open();
    const count = store.data.areas.length;
    const bad = store.change((tx) => {
      tx.put('areas', area(7, 'Half'));
      tx.delete('areas', store.data.areas[0].id);
      throw new ApiError('conflict', 'nope');
    });
    const good = store.change((tx) => ({ result: tx.put('areas', area(8, 'Whole')) }));
    await expect(bad).rejects.toThrow('nope');
    await expect(good).resolves.toMatchObject({ name: 'Whole' });
    expect(store.data.areas).toHaveLength(count + 1);
    expect(store.data.areas.some((a) => a.name === 'Half')).toBe(false);
    const again = await reopenAfterCrash(store);
    expect(again.data.areas.map((a) => a.name)).toContain('Whole');
    expect(again.data.areas).toHaveLength(count + 1);
  });

  it('a journal write that fails undoes every write of the group, in memory too, and says storage', async () => {
    let failing = false;
    const fs: FileSystem = {
      ...nodeFileSystem,
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await nodeFileSystem.open(path, flags, mode);
        const write = handle.write.bind(handle);
        handle.write = (async (...args: Parameters<typeof handle.write>) => {
          if (failing) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
          return write(...(args as unknown as [Buffer]));
        }) as typeof handle.write;
        return handle;
      }) as FileSystem['open'],
    };
    const store = await open(fs);
    const first = store.data.areas[0];
    const snapshot = JSON.stringify(store.data);
    failing = true;
    const a = store.change((tx) => {
      tx.put('areas', { ...first, name: 'Renamed' });
      tx.delete('areas', store.data.areas[1].id);
      tx.set('updatedAt', '2030-01-01T00:00:00.000Z');
      return { result: null };
    });
    const b = store.change((tx) => ({ result: tx.put('areas', area(9, 'New')) }));
    await expect(a).rejects.toMatchObject({ code: 'storage' });
    await expect(b).rejects.toMatchObject({ code: 'storage' });
    expect(JSON.stringify(store.data)).toBe(snapshot);
    failing = false;
    // The index is still right after the rollback: a lookup by id finds the restored records.
    const found = await store.change((tx) => ({ result: [tx.get('areas', first.id)?.name, tx.get('areas', store.data.areas[1].id)?.id] }));
    expect(found).toEqual([first.name, store.data.areas[1].id]);
  });

  it('counts versions like every other write once the store counts them, and mixes with whole-workspace mutations', async () => {
    const store = countVersions(await open());
    const created = await store.change((tx) => ({ result: tx.put('areas', area(5, 'Cinco')) }));
    expect(created.version).toBe(1);
    const edited = await store.change((tx) => ({ result: tx.put('areas', { ...tx.get('areas', 'area-5')!, name: 'Cinco bis' }) }));
    expect(edited.version).toBe(2);
    const touchedOnly = await store.change((tx) => ({ result: tx.put('areas', { ...tx.get('areas', 'area-5')!, updatedAt: '2026-03-03T00:00:00.000Z' }) }));
    expect(touchedOnly.version).toBe(2);
    // A mutate that replaces the array, then a change by id in the same tick: the index follows.
    const m = store.mutate((ws) => ({ next: { ...ws, areas: ws.areas.filter((a) => a.id !== 'area-5') }, result: null }));
    const c = store.change((tx) => ({ result: tx.get('areas', 'area-5') ?? null }));
    await m;
    expect(await c).toBeNull();
    const again = await reopenAfterCrash(store);
    expect(again.data.areas.some((a) => a.id === 'area-5')).toBe(false);
  });
});
