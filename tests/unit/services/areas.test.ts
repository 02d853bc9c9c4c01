import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Area } from '../../../shared/model';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { readDataFile } from '../../support/read-data-file';
import { makeTempDir } from '../../support/temp-dir';
import { b64 } from '../../support/b64';

let tmp: ReturnType<typeof makeTempDir>;
let ctx: ServiceContext;
let file: string;

beforeEach(async () => {
  tmp = makeTempDir();
  file = join(tmp.dir, 'convene-data.json');
  ctx = await openWorkspace(file, 'test', () => {});
});
afterEach(async () => {
  await ctx.store.close();
  tmp.cleanup();
});

async function call<T = unknown>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
  return r.data as T;
}
const disk = () => readDataFile<{ areas: Area[] }>(file).areas;

describe('areas', () => {
  it('lists priority areas first, then by number', async () => {
    const list = await call<Area[]>('areas.list', {});
    const englewood = list.find((a) => a.name === 'Englewood')!;
    await call('areas.update', { id: englewood.id, version: englewood.version, priority: true });
    const after = await call<Area[]>('areas.list', {});
    expect(after[0].name).toBe('Englewood');
    expect(after.slice(1).map((a) => a.number)).toEqual([...after.slice(1).map((a) => a.number)].sort((a, b) => a - b));
  });

  it('creates with the next free number and stores any script as typed', async () => {
    const a = await call<Area>('areas.create', { name: '  唐人街 🏮  ' });
    expect(a).toMatchObject({ number: 78, name: '唐人街 🏮', priority: false });
    expect(disk().find((x) => x.id === a.id)?.name).toBe('唐人街 🏮');
  });

  it('refuses a duplicate number or name (accent-sensitive, case-insensitive)', async () => {
    await expect(call('areas.create', { name: 'x', number: 1 })).rejects.toMatchObject({ code: 'conflict', message: 'Area number 1 is already used by Rogers Park.' });
    await expect(call('areas.create', { name: 'rogers park' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('areas.create', { name: 'Rógers Park' })).resolves.toMatchObject({ name: 'Rógers Park' });
  });

  it('renames, renumbers, and refuses a rename onto another area', async () => {
    const [first, second] = await call<Area[]>('areas.list', {});
    const renamed = await call<Area>('areas.update', { id: first.id, version: first.version, name: 'Rogers Park North', number: 500 });
    expect(renamed).toMatchObject({ name: 'Rogers Park North', number: 500, id: first.id });
    await expect(call('areas.update', { id: second.id, version: second.version, name: 'Rogers Park North' })).rejects.toMatchObject({ code: 'conflict' });
    expect(disk().find((a) => a.id === first.id)?.number).toBe(500);
  });

  it('deletes an unused area, and answers not_found after', async () => {
    const [first] = await call<Area[]>('areas.list', {});
    await expect(call('areas.delete', { id: first.id })).resolves.toEqual({ deleted: true, id: first.id, undoToken: expect.any(String) });
    expect(disk()).toHaveLength(76);
    await expect(call('areas.delete', { id: first.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('previews an import without writing, then replaces the list keeping ids of matching numbers', async () => {
    const before = await call<Area[]>('areas.list', {});
    const csv = 'number,name,priority\n1,Rogers Park Renamed,yes\n200,Nuevo Barrio,\n';
    const preview = await call<{ applied: boolean; areas: unknown[] }>('areas.import', { base64: b64(csv), dryRun: true });
    expect(preview).toMatchObject({ applied: false, errors: [] });
    expect(preview.areas).toHaveLength(2);
    expect(disk()).toHaveLength(77);

    const done = await call<{ applied: boolean }>('areas.import', { base64: b64(csv) });
    expect(done.applied).toBe(true);
    const after = await call<Area[]>('areas.list', {});
    expect(after.map((a) => [a.number, a.name, a.priority])).toEqual([
      [1, 'Rogers Park Renamed', true],
      [200, 'Nuevo Barrio', false],
    ]);
    expect(after[0].id).toBe(before.find((a) => a.number === 1)!.id);
    expect(disk()).toHaveLength(2);
  });

  it('applies nothing from a file with any bad row', async () => {
    const r = await call<{ applied: boolean; errors: { line: number }[] }>('areas.import', { base64: b64('number,name\n1,Ok\n2,\n') });
    expect(r.applied).toBe(false);
    expect(r.errors).toEqual([{ line: 3, message: 'Area 2 has no name.', key: 'areas.csv.noName', params: { number: 2 } }]);
    expect(disk()).toHaveLength(77);
  });

  it('refuses a CSV over the size limit as invalid input', async () => {
    await expect(call('areas.import', { base64: b64('a'.repeat(3_000_000)) })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('workspace.status', () => {
  it('tells the data file, its size, version and backups', async () => {
    await call('areas.create', { name: 'Backed up' });
    const s = await call<{ dataFile: string; bytes: number; schemaVersion: number; backups: unknown[]; recovery: null; appVersion: string }>('workspace.status', {});
    expect(s.dataFile).toBe(file);
    expect(s.bytes).toBeGreaterThan(1000);
    expect(s.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(s.backups).toHaveLength(1); // a new workspace gets its first backup at once (issue 8, case 9)
    expect(s.recovery).toBeNull();
    expect(s.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('dispatch', () => {
  it('turns an unexpected failure into a plain internal error, without a stack', async () => {
    const broken = { ...ctx, store: { ...ctx.store, get data(): never { throw new Error('boom at line 3'); } } } as unknown as ServiceContext;
    const r = await dispatch(broken, 'areas.list', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Convene. Your data is safe; try again.', key: 'api.internal' } });
  });
});
