import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const HOST_SCRIPT = resolve(import.meta.dirname, '../../out/main/host.js');

export interface HostProcess {
  proc: ChildProcess;
  url: string;
  /** The launch token the host printed. */
  token: string;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  post: (method: string, body: unknown) => Promise<Response>;
}

/**
 * Starts the built browser host (`npm run build` first) on a free port (or `port`, to restart a
 * host where its devices expect it; `args` are more options) and waits until it prints its URL,
 * or rejects with everything it printed if it exits first.
 */
export function spawnHost(dataFile: string, opts: { uid?: number; gid?: number; port?: number; args?: string[]; nodeArgs?: string[] } = {}): Promise<HostProcess> {
  if (!existsSync(HOST_SCRIPT)) throw new Error(`${HOST_SCRIPT} is missing: run npm run build first.`);
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), HOST_SCRIPT, '--port', String(opts.port ?? 0), '--data', dataFile, ...(opts.args ?? [])], {
    cwd: join(import.meta.dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: opts.uid,
    gid: opts.gid,
  });
  let out = '';
  proc.stdout!.on('data', (c) => (out += c));
  proc.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((res) => proc.on('exit', (code) => res(code)));
  return new Promise((resolveStart, rejectStart) => {
    const onData = () => {
      const m = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([A-Za-z0-9_-]+)\nData file: .*\n/);
      if (!m) return;
      proc.stdout!.off('data', onData);
      const url = m[1];
      const token = m[2];
      resolveStart({
        proc,
        url,
        token,
        output: () => out,
        exited,
        post: (method, body) =>
          fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }),
      });
    };
    proc.stdout!.on('data', onData);
    void exited.then((code) => rejectStart(Object.assign(new Error(`host exited with ${code}: ${out}`), { code, output: out })));
  });
}

/** Runs the host expecting it to refuse to start; resolves with its exit code and output. */
export async function hostRefusal(dataFile: string, opts: { uid?: number; gid?: number } = {}): Promise<{ code: number | null; output: string }> {
  try {
    const h = await spawnHost(dataFile, opts);
    h.proc.kill('SIGTERM');
    await h.exited;
    throw new Error(`the host started but should not have: ${h.output()}`);
  } catch (error) {
    const e = error as { code?: number | null; output?: string };
    if (e.output === undefined) throw error;
    return { code: e.code ?? null, output: e.output };
  }
}
