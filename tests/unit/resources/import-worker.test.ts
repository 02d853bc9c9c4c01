import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api';
import { closeImportPool, importPoolStats, setImportLimits } from '../../../electron/services/imports/import-pool';
import { FIXTURES, openTestWorkspace, zipFolder } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => {
  setImportLimits({});
  await closeImportPool();
  await t.close();
});

const input = (base64: string) => ({ fileName: 'pkg.zip', source: { kind: 'zip' as const, base64 }, dryRun: false, acceptErrors: true });

describe('imports run in the import worker, with limits (issue 8)', () => {
  it('parses and plans the package in a worker thread, then writes it', async () => {
    expect(importPoolStats().completed).toBe(0);
    const report = await t.call('resources.import', input(zipFolder(join(FIXTURES, 'v1-sample-simple'))));
    expect(report.applied).toBe(true);
    expect((await t.call('resources.list', {})).services).toHaveLength(13);
    // One task: read and planned once for the call, not once for a check and again for the write.
    expect(importPoolStats()).toMatchObject({ completed: 1 });
    expect(importPoolStats().threads).toBeGreaterThan(0);
  });

  it('a package that takes longer than the time limit is stopped with a sentence, and nothing is imported', async () => {
    setImportLimits({ timeoutMs: 1 });
    await closeImportPool();
    const r = await dispatch(t.ctx, 'resources.import', input(zipFolder(join(FIXTURES, 'v1-sample-simple'))));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ key: 'worker.timeout' });
    expect(r.error.message).toMatch(/took longer than 0 seconds and was stopped\. Nothing was changed/);
    expect((await t.call('resources.list', {})).services).toHaveLength(0);
  });

  it('a scenario YAML alias bomb answers a validation message from the worker, not "internal"', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const r = await dispatch(t.ctx, 'scenarios.import', { format: 'yaml', fileName: 'bomb.yaml', dryRun: true, base64: Buffer.from(bomb).toString('base64') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = r.data as { applied: boolean; issues: { message: string }[] };
    expect(out.applied).toBe(false);
    expect(out.issues.length).toBeGreaterThan(0);
  });
});
