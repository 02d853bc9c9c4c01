import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ChangeEvent } from '../../shared/contract';
import { dispatch } from '../../electron/services/api';
import type { ServiceContext } from '../../electron/services/handlers';
import { openWorkspace } from '../../electron/services/open-workspace';
import type { Caller } from '../../electron/services/room/roles';
import { makeTempDir } from './temp-dir';

/**
 * A real workspace for each test of the services, in its own temporary folder (parallel-safe):
 * opened through `openWorkspace` before each test and closed after it, with every change event
 * it emits collected in `events`. `call` runs a contract method through `dispatch` as the given
 * caller (staff by default) and throws the error body on a refusal; `reopen` closes and opens the
 * same file again (what a restart sees).
 */
export function serviceWorkspace() {
  let tmp: ReturnType<typeof makeTempDir>;
  const subscribe = () => workspace.ctx.store.onChange((e) => workspace.events.push(e));
  const workspace = {
    dir: '',
    file: '',
    ctx: undefined as unknown as ServiceContext,
    events: [] as ChangeEvent[],
    async call<T = unknown>(method: string, input: unknown, caller?: Caller): Promise<T> {
      const r = await dispatch(workspace.ctx, method, input, caller);
      if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
      return r.data as T;
    },
    async reopen(): Promise<void> {
      await workspace.ctx.store.close();
      workspace.ctx = await openWorkspace(workspace.file, 'test', () => {});
      subscribe();
    },
  };
  beforeEach(async () => {
    tmp = makeTempDir();
    workspace.dir = tmp.dir;
    workspace.file = join(tmp.dir, 'convene-data.json');
    workspace.ctx = await openWorkspace(workspace.file, 'test', () => {});
    workspace.events = [];
    subscribe();
  });
  afterEach(async () => {
    await workspace.ctx.store.close();
    tmp.cleanup();
  });
  return workspace;
}
