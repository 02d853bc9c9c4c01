import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHostServer } from '../../electron/host/server';
import { openWorkspace } from '../../electron/services/open-workspace';
import { makeTempDir } from './temp-dir';

/** A real host server on a free port, over its own temp data file and a tiny static folder. */
export async function startInProcessHost() {
  const tmp = makeTempDir();
  const staticDir = join(tmp.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Convene test</title>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  const dataFile = join(tmp.dir, 'convene-data.json');
  const ctx = await openWorkspace(dataFile, 'test host', () => {});
  const server = createHostServer({ ctx, staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    dataFile,
    ctx,
    post: (method: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.store.close();
      tmp.cleanup();
    },
  };
}
