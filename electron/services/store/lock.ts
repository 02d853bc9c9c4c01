import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
  app: string;
  since: string;
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/**
 * One writer per data file: `<file>.lock` holds the owner's pid and host. A lock left by a process
 * that no longer runs on this host (a crash, a kill) is taken over; a live one is refused.
 * Kept synchronous and pid-based (not mtime-based) so a restart right after a crash opens at once.
 */
export function acquireLock(dataFile: string, app: string): () => void {
  const lockFile = `${dataFile}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), app, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        const owner = readOwner(lockFile);
        if (owner && owner.pid === me.pid && owner.host === me.host) {
          try {
            unlinkSync(lockFile);
          } catch {
            /* already gone */
          }
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      const stale = owner !== null && owner.host === me.host && owner.pid !== me.pid && !isAlive(owner.pid);
      if (!stale) throw new DataFileLockedError(dataFile, owner);
      unlinkSync(lockFile);
    }
  }
  throw new DataFileLockedError(dataFile, readOwner(lockFile));
}
