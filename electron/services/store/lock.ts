import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';

/**
 * Who holds a data file. `boot` tells one run of the machine from the next (Linux's
 * `/proc/sys/kernel/random/boot_id`, elsewhere the boot time to the minute); `started` is the
 * owner's process start time (Linux: clock ticks after boot from `/proc/<pid>/stat`), so a pid
 * that now belongs to another process is recognised; `nonce` tells two locks of one process apart.
 */
export interface LockOwner {
  pid: number;
  host: string;
  app: string;
  since: string;
  boot?: string;
  started?: string | null;
  nonce?: string;
}

export class DataFileLockedError extends Error {
  constructor(
    readonly dataFile: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `The data file ${dataFile} is already open in another Convene process (${owner.app}, process ${owner.pid} on ${owner.host}, since ${owner.since}). Close that one first, or use a different data file.`
        : `The data file ${dataFile} is locked by another Convene process (lock file ${dataFile}.lock). Close that one first, or use a different data file.`,
    );
    this.name = 'DataFileLockedError';
  }
}

/** The process facts a lock is judged by; replaceable in tests. */
export interface ProcessProbe {
  bootId(): string;
  /** The process's start time, or null where it cannot be read. */
  startTime(pid: number): string | null;
  /** 'alive', 'gone' or 'zombie' (exited, not yet reaped: it will never write again). */
  state(pid: number): 'alive' | 'gone' | 'zombie';
}

function procStat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export const systemProbe: ProcessProbe = {
  bootId() {
    try {
      return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      return `boot-${Math.round((Date.now() / 1000 - uptime()) / 60)}`;
    }
  },
  startTime(pid) {
    if (pid === process.pid && !procStat(pid)) return `t-${Math.round(Date.now() - process.uptime() * 1000)}`;
    return procStat(pid)?.[19] ?? null; // field 22: starttime
  },
  state(pid) {
    const stat = procStat(pid);
    if (stat) return stat[0] === 'Z' || stat[0] === 'X' ? 'zombie' : 'alive';
    try {
      process.kill(pid, 0);
      return 'alive';
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'alive' : 'gone';
    }
  },
};

function readLock(lockFile: string): { owner: LockOwner | null; text: string } {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch {
    return { owner: null, text: '' };
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    if (typeof o !== 'object' || o === null || !Number.isSafeInteger(o.pid) || o.pid <= 0 || typeof o.host !== 'string') return { owner: null, text };
    return { owner: { ...o, app: String(o.app ?? 'Convene'), since: String(o.since ?? 'an unknown time') }, text };
  } catch {
    return { owner: null, text };
  }
}

/** Why a lock can be taken over, or null when its owner may still be writing. */
export function staleReason(owner: LockOwner | null, me: LockOwner, probe: ProcessProbe): string | null {
  if (!owner) return 'the lock file is empty or unreadable';
  if (owner.host !== me.host) return null; // another machine (a shared folder): never judged from here
  if (owner.boot && owner.boot !== me.boot) return 'it was left before this computer restarted';
  if (owner.pid === me.pid) return null; // this process holds it (another open of the same file)
  const state = probe.state(owner.pid);
  if (state === 'gone') return `process ${owner.pid} no longer runs`;
  if (state === 'zombie') return `process ${owner.pid} has exited`;
  const started = probe.startTime(owner.pid);
  if (owner.started && started && owner.started !== started) return `process ${owner.pid} is now a different program`;
  if (!owner.started && started && owner.since) {
    // A lock from an older Convene: a process that started after the lock was written cannot own it.
    const since = Date.parse(owner.since);
    const bootSec = Date.now() / 1000 - uptime();
    const startedMs = (bootSec + Number(started) / 100) * 1000; // USER_HZ is 100 on Linux
    if (Number.isFinite(since) && Number.isFinite(startedMs) && startedMs > since + 2000) return `process ${owner.pid} is now a different program`;
  }
  return null;
}

/**
 * One writer per data file: `<file>.lock` records the owner's pid, host, boot id, process start
 * time and a nonce, written whole (temp file, then an atomic link) so no reader sees it half
 * written. A lock that is empty or garbage, left before a restart, or owned by a process that is
 * gone, a zombie, or a different program under a reused pid is taken over; a live owner is
 * refused with its pid and since when. Kept synchronous so a restart right after a crash opens at once.
 */
export function acquireLock(dataFile: string, app: string, probe: ProcessProbe = systemProbe, log: (m: string) => void = () => {}): () => void {
  const lockFile = `${dataFile}.lock`;
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    app,
    since: new Date().toISOString(),
    boot: probe.bootId(),
    started: probe.startTime(process.pid),
    nonce: randomBytes(8).toString('hex'),
  };
  const tmp = `${lockFile}.${me.nonce}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(tmp, lockFile);
        return releaser(lockFile, me);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const { owner, text } = readLock(lockFile);
        const why = staleReason(owner, me, probe);
        if (!why) throw new DataFileLockedError(dataFile, owner);
        // Move the stale lock out of the way under a name of our own, then check it is the one we judged.
        const aside = `${lockFile}.stale-${me.nonce}`;
        try {
          renameSync(lockFile, aside);
        } catch {
          continue; // someone else moved it first
        }
        const moved = readLock(aside).text;
        if (moved !== text) {
          // Another process took over between our read and our move: give its lock back.
          try {
            linkSync(aside, lockFile);
          } catch {
            /* a third one holds it now */
          }
        } else {
          log(`Took over the lock on ${dataFile}: ${why}.`);
        }
        try {
          unlinkSync(aside);
        } catch {
          /* gone */
        }
      }
    }
    throw new DataFileLockedError(dataFile, readLock(lockFile).owner);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* gone */
    }
  }
}

function releaser(lockFile: string, me: LockOwner): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    const { owner } = readLock(lockFile);
    if (owner && owner.pid === me.pid && owner.nonce === me.nonce) {
      try {
        unlinkSync(lockFile);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', release);
  return release;
}
