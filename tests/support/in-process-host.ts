import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHostServer } from '../../electron/host/server';
import { StaffSessions } from '../../electron/host/sessions';
import { openWorkspace } from '../../electron/services/open-workspace';
import { makeTempDir } from './temp-dir';

/** A real host server on a free port, over its own temp data file and a tiny static folder. */
export async function startInProcessHost(options: { roomAddresses?: string[] } = {}) {
  const tmp = makeTempDir();
  const staticDir = join(tmp.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Convene test</title>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  const dataFile = join(tmp.dir, 'convene-data.json');
  const ctx = await openWorkspace(dataFile, 'test host', () => {});
  const sessions = new StaffSessions();
  const server = createHostServer({ ctx, staticDir, sessions, roomAddresses: () => options.roomAddresses ?? [], log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Staff credentials for requests made with fetch. */
  const auth = { Authorization: `Bearer ${sessions.token}` };
  return {
    url,
    dataFile,
    ctx,
    token: sessions.token,
    auth,
    /** fetch() as staff: the Bearer token added to the headers given. */
    fetch: (path: string, init: RequestInit = {}) => fetch(`${url}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } }),
    post: (method: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async stop() {
      await ctx.room?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.store.close();
      tmp.cleanup();
    },
  };
}
