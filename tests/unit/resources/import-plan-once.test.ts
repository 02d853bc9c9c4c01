import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPoolStats } from '../../../electron/services/imports/import-pool';
import { FIXTURES, openTestWorkspace, zipFolder } from './helpers';

// "Check, then import": the file is parsed and planned once in the import worker (counted by the
// pool's completed tasks, not by a clock); the apply reuses the dry run's plan unless the directory
// it was planned against changed meanwhile.
let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

const zip = () => zipFolder(join(FIXTURES, 'v1-sample-simple'));
const run = (base64: string, dryRun: boolean) => t.call('resources.import', { fileName: 'pkg.zip', source: { kind: 'zip', base64 }, dryRun, acceptErrors: true });
const tasks = () => importPoolStats().completed;

describe('import dry run and apply parse the file once', () => {
  it('the apply after a dry run of the same file reuses its plan', async () => {
    const base64 = zip();
    const before = tasks();
    const dry = await run(base64, true);
    expect(tasks() - before).toBe(1);
    const applied = await run(base64, false);
    expect(tasks() - before).toBe(1);
    expect(applied.applied).toBe(true);
    expect(applied.counts).toEqual(dry.counts);
    // Applied: the same file again is planned against the directory as it is now.
    await run(base64, true);
    expect(tasks() - before).toBe(2);
  });

  it('plans again when the areas, categories or organizations changed after the dry run', async () => {
    const base64 = zip();
    const before = tasks();
    await run(base64, true);
    await t.call('areas.create', { name: 'Changed Meanwhile' });
    const applied = await run(base64, false);
    expect(tasks() - before).toBe(2);
    expect(applied.applied).toBe(true);
  });

  it('plans again for another file or other options', async () => {
    const before = tasks();
    await run(zip(), true);
    await run(zipFolder(join(FIXTURES, 'v1-sample-all')), false);
    expect(tasks() - before).toBe(2);
  });
});
