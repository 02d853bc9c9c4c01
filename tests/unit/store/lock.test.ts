import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, DataFileLockedError, systemProbe } from '../../../electron/services/store/lock';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let file: string;
const releases: (() => void)[] = [];
beforeEach(() => {
  tmp = makeTempDir();
  file = join(tmp.dir, 'convene-data.json');
});
afterEach(() => {
  for (const r of releases.splice(0)) r();
  tmp.cleanup();
});

const take = () => {
  const r = acquireLock(file, 'test');
  releases.push(r);
  return r;
};
const lock = (owner: object | string) => writeFileSync(`${file}.lock`, typeof owner === 'string' ? owner : JSON.stringify(owner));
/** A live process that is not this one: the test runner's parent. */
const livePid = process.ppid;
const current = () => ({ host: hostname(), app: 'Convene browser host', since: '2026-11-30T09:00:00.000Z', boot: systemProbe.bootId() });

describe('the data file lock', () => {
  it('records pid, host, boot id, process start time and a nonce, and is private', () => {
    take();
    const owner = JSON.parse(readFileSync(`${file}.lock`, 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname(), app: 'test', boot: systemProbe.bootId() });
    expect(owner.nonce).toMatch(/^[0-9a-f]{16}$/);
    expect(owner.started).toBeTruthy();
  });

  it.each([
    ['an empty lock file', ''],
    ['a garbage lock file', '\u0000\u0000garbage{{'],
    ['a lock with no pid', '{"host":"x"}'],
  ])('takes over %s', (_name, text) => {
    lock(text);
    take();
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
  });

  it('takes over a lock left before the computer restarted, even when its pid is alive again', () => {
    lock({ ...current(), pid: livePid, boot: 'a-boot-before-this-one', started: systemProbe.startTime(livePid) });
    expect(() => take()).not.toThrow();
  });

  it('takes over a lock whose pid now belongs to another program', () => {
    lock({ ...current(), pid: livePid, started: '1' });
    expect(() => take()).not.toThrow();
  });

  it('takes over a lock from an older Convene whose pid was reused by a later process', () => {
    lock({ pid: livePid, host: hostname(), app: 'Convene', since: '2000-01-01T00:00:00.000Z' });
    expect(() => take()).not.toThrow();
  });

  it('takes over a lock whose owner is a zombie', async () => {
    // `sh` starts a short child and then becomes `sleep`, which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((res) => parent.stdout!.once('data', (d) => res(String(d).trim()))));
      for (let i = 0; i < 200 && systemProbe.state(pid) !== 'zombie'; i++) await new Promise((r) => setTimeout(r, 10));
      expect(systemProbe.state(pid)).toBe('zombie');
      lock({ ...current(), pid, started: systemProbe.startTime(pid) });
      expect(() => take()).not.toThrow();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('refuses a live second writer, naming its pid and since when', () => {
    lock({ ...current(), pid: livePid, started: systemProbe.startTime(livePid) });
    expect(() => take()).toThrow(DataFileLockedError);
    expect(() => take()).toThrow(`process ${livePid} on ${hostname()}, since 2026-11-30T09:00:00.000Z`);
  });

  it('refuses a second open in the same process and frees the file on release', () => {
    const release = take();
    expect(() => acquireLock(file, 'again')).toThrow(/already open/);
    release();
    expect(() => take()).not.toThrow();
  });
});
