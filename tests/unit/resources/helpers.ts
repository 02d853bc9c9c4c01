import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { dispatch } from '../../../electron/services/api';
import { openWorkspace } from '../../../electron/services/open-workspace';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { makeTempDir } from '../../support/temp-dir';

export const FIXTURES = join(import.meta.dirname, '../../../../shared/fixtures/hsds');

/** A folder's files zipped, as the app zips a chosen folder before sending it. */
export function zipFolder(dir: string, extra: Record<string, string> = {}): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return Buffer.from(zipSync(files)).toString('base64');
}

export function zipOf(files: Record<string, string>): string {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).toString('base64');
}

/** A workspace on its own temp data file and a typed call function. */
export async function openTestWorkspace() {
  const tmp = makeTempDir();
  const ctx = await openWorkspace(join(tmp.dir, 'data.json'), 'test', () => {});
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const r = await dispatch(ctx, method, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as MethodOutput<M>;
  }
  return {
    ctx,
    call,
    async close() {
      await ctx.store.close();
      tmp.cleanup();
    },
  };
}
