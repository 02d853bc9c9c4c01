import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { seedWorkspace } from '../../../electron/services/areas/seed';
import { Store } from '../../../electron/services/store/store';
import type { ChangeEvent } from '../../../shared/contract';
import { readDataFile } from '../../support/read-data-file';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ctx: ServiceContext;
let first: string;

async function call<T = any>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
  return r.data as T;
}

async function refusal(method: string, input: unknown) {
  const r = await dispatch(ctx, method, input);
  expect(r.ok).toBe(false);
  return (r as { ok: false; error: { code: string; key?: string; message: string; params?: Record<string, unknown> } }).error;
}

const areaNames = async () => ((await call('areas.list', {})) as { items?: { name: string }[] } | { name: string }[]);
const names = async () => {
  const r = await areaNames();
  return (Array.isArray(r) ? r : (r.items ?? [])).map((a) => a.name);
};

beforeEach(async () => {
  tmp = makeTempDir();
  first = join(tmp.dir, 'first.json');
  ctx = await openWorkspace(first, 'test', () => {});
});

afterEach(async () => {
  await ctx.store.close();
  tmp.cleanup();
});

describe('switching workspaces (workspace.create / workspace.open)', () => {
  it('creates a new workspace, folding and releasing the old one, then opens the first again with its records', async () => {
    await call('areas.create', { name: 'First Town' });
    const second = join(tmp.dir, 'second');
    const made = await call('workspace.create', { path: second });
    expect(made).toMatchObject({ dataFile: `${second}.json`, previous: first, created: true, recovery: null });
    // The old one: journal folded into the data file, lock released.
    expect(existsSync(`${first}.lock`)).toBe(false);
    const raw = JSON.parse(readFileSync(first, 'utf8')) as { areas: { name: string }[] };
    expect(raw.areas.some((a) => a.name === 'First Town')).toBe(true);
    expect(existsSync(`${first}.journal`) ? readFileSync(`${first}.journal`).length : 0).toBe(0);
    // The new one is served, with its own lock.
    expect(ctx.store.file).toBe(`${second}.json`);
    expect(existsSync(`${second}.json.lock`)).toBe(true);
    expect(await names()).not.toContain('First Town');
    await call('areas.create', { name: 'Second Town' });

    const back = await call('workspace.open', { path: first });
    expect(back).toMatchObject({ dataFile: first, previous: `${second}.json`, created: false });
    expect(await names()).toContain('First Town');
    expect(await names()).not.toContain('Second Town');
    expect(readDataFile<{ areas: { name: string }[] }>(`${second}.json`).areas.some((a) => a.name === 'Second Town')).toBe(true);
    expect(existsSync(`${second}.json.lock`)).toBe(false);
    expect((await call<{ dataFile: string }>('workspace.status', {})).dataFile).toBe(first);
  });

  it('moves every window\'s change feed to the new workspace and tells it every list changed', async () => {
    const events: ChangeEvent[] = [];
    const off = ctx.store.onChange((e) => events.push(e));
    await call('workspace.create', { path: join(tmp.dir, 'b.json') });
    expect(events.map((e) => e.collection)).toEqual(expect.arrayContaining(['areas', 'townhalls', 'questions', 'exercises']));
    events.length = 0;
    await call('areas.create', { name: 'Heard' });
    expect(events.some((e) => e.collection === 'areas')).toBe(true);
    off();
    events.length = 0;
    await call('areas.create', { name: 'Not heard' });
    expect(events).toEqual([]);
  });

  it('refuses a file that is not a Convene workspace, leaving it and the open workspace untouched', async () => {
    await call('areas.create', { name: 'Kept' });
    const notes = join(tmp.dir, 'notes.json');
    writeFileSync(notes, '{"hello": 1}');
    const e = await refusal('workspace.open', { path: notes });
    expect(e).toMatchObject({ code: 'invalid_input', key: 'storage.switchNotWorkspace' });
    expect(e.message).toContain('is not a Convene workspace');
    expect(e.message).toContain('stays open');
    expect(readFileSync(notes, 'utf8')).toBe('{"hello": 1}');
    expect(existsSync(join(tmp.dir, 'notes-backups'))).toBe(false);
    expect(ctx.store.file).toBe(first);
    expect(await names()).toContain('Kept');
    await call('areas.create', { name: 'Still saving' });
    expect(await names()).toContain('Still saving');
  });

  it('refuses a workspace that another live Convene holds, naming its process', async () => {
    const other = join(tmp.dir, 'other.json');
    const holder = await Store.open({ file: other, seed: seedWorkspace, app: 'Convene browser host' });
    try {
      const e = await refusal('workspace.open', { path: other });
      expect(e.key).toBe('storage.switchLocked');
      expect(e.params).toMatchObject({ pid: process.pid, app: 'Convene browser host' });
      expect(e.message).toContain(`process ${process.pid}`);
      expect(ctx.store.file).toBe(first);
      expect(existsSync(`${first}.lock`)).toBe(true);
    } finally {
      await holder.close();
    }
  });

  it('refuses a folder it cannot write to, a missing file, a taken name, a relative path and the open workspace', async () => {
    expect((await refusal('workspace.create', { path: '/sys/convene-workspace.json' })).key).toBe('storage.switchNotWritable');
    expect((await refusal('workspace.create', { path: join(tmp.dir, 'no-such-folder', 'w.json') })).key).toBe('storage.switchFolderMissing');
    // A folder that exists but takes no new files (procfs answers ENOENT to a create) is not "missing".
    const proc = await refusal('workspace.create', { path: '/proc/1/newws.json' });
    expect(proc.key).toBe('storage.switchNotWritable');
    expect(proc.message).not.toMatch(/does not exist/);
    const plain = join(tmp.dir, 'plain.txt');
    writeFileSync(plain, 'x');
    expect((await refusal('workspace.create', { path: join(plain, 'w.json') })).key).toBe('storage.switchNotAFolder');
    expect((await refusal('workspace.open', { path: join(plain, 'w.json') })).key).toBe('storage.switchOpenMissing');
    expect((await refusal('workspace.open', { path: join(tmp.dir, 'missing.json') })).key).toBe('storage.switchOpenMissing');
    expect((await refusal('workspace.create', { path: first })).key).toBe('storage.switchSame');
    const taken = join(tmp.dir, 'taken.json');
    writeFileSync(taken, 'x');
    expect((await refusal('workspace.create', { path: taken })).key).toBe('storage.switchNewExists');
    expect((await refusal('workspace.open', { path: 'relative/w.json' })).key).toBe('storage.switchNotFullPath');
    expect((await refusal('workspace.open', { path: tmp.dir })).key).toBe('storage.switchNotWorkspace');
    expect((await refusal('workspace.open', { path: '' })).code).toBe('invalid_input');
    expect(ctx.store.file).toBe(first);
  });

  it('refuses a workspace from a newer Convene untouched', async () => {
    const newer = join(tmp.dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ schemaVersion: 999 }));
    expect((await refusal('workspace.open', { path: newer })).key).toBe('storage.switchNewer');
    expect(readFileSync(newer, 'utf8')).toBe(JSON.stringify({ schemaVersion: 999 }));
  });

  it('opens a damaged workspace of its own with its recovery (backups beside it)', async () => {
    await call('areas.create', { name: 'Before damage' });
    const second = join(tmp.dir, 'second.json');
    await call('workspace.create', { path: second });
    writeFileSync(first, '{"schemaVersion": 2, "areas": [ cut');
    const r = await call<{ recovery: unknown }>('workspace.open', { path: first });
    expect(r.recovery).toMatchObject({ kind: 'dataFile' });
    expect(await names()).toContain('Before damage');
  });

  it('keeps a change made while switching in the workspace it was made in', async () => {
    const saving = call('areas.create', { name: 'In flight' });
    const switching = call('workspace.create', { path: join(tmp.dir, 'c.json') });
    await Promise.all([saving, switching]);
    expect(readDataFile<{ areas: { name: string }[] }>(first).areas.some((a) => a.name === 'In flight')).toBe(true);
  });
});
