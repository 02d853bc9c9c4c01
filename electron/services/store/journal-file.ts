import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileSystem } from './file-system';
import { scanJournal, type ScannedJournal } from './journal-format';

/** The change journal beside a data file: one framed record per acknowledged write (see journal-format.ts). */
export const journalPathFor = (dataFile: string) => `${dataFile}.journal`;

/** Files holding workspace data are readable by their owner only. */
export const PRIVATE_MODE = 0o600;

export interface JournalContents extends ScannedJournal {
  bytes: Buffer;
  exists: boolean;
}

/** Reads and scans the journal; a missing journal is an empty one. */
export async function readJournal(fs: FileSystem, path: string): Promise<JournalContents> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bytes: Buffer.alloc(0), exists: false, records: [], damaged: [], goodEnd: 0 };
    throw error;
  }
  return { bytes, exists: true, ...scanJournal(bytes) };
}

/** Device and inode: which file a path names right now. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * Appends durably: a record is acknowledged only after fdatasync. A failed append is cut back off.
 * Remembers which file it opened (device, inode) so the store can notice a journal that was
 * deleted or replaced under it (a cleanup tool, a sync folder) before it appends to a ghost.
 */
export class JournalWriter {
  private constructor(
    private handle: FileHandle,
    public size: number,
    readonly identity: FileIdentity,
    private readonly path: string,
    private readonly fs: FileSystem,
  ) {}

  /** Opens (creating 0600) for appending at its end. */
  static async open(fs: FileSystem, path: string): Promise<JournalWriter> {
    const handle = await fs.open(path, 'a', PRIVATE_MODE);
    try {
      const s = await handle.stat();
      // An older journal may have been created 0644: it holds residents' details.
      if ((s.mode & 0o077) !== 0 && process.platform !== 'win32') await handle.chmod(PRIVATE_MODE).catch(() => {});
      if (s.size === 0) {
        // A new file: make its directory entry durable too.
        const dir = await fs.open(dirname(path), 'r').catch(() => null);
        await dir?.sync().catch(() => {});
        await dir?.close();
      }
      return new JournalWriter(handle, s.size, { dev: s.dev, ino: s.ino }, path, fs);
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  }

  /** Whether the path still names the file this writer appends to. */
  async isStillThere(): Promise<boolean> {
    try {
      const s = await this.fs.stat(this.path);
      return s.dev === this.identity.dev && s.ino === this.identity.ino;
    } catch {
      return false;
    }
  }

  async append(bytes: Buffer): Promise<void> {
    try {
      let written = 0;
      while (written < bytes.length) written += (await this.handle.write(bytes, written, bytes.length - written, this.size + written)).bytesWritten;
      await this.handle.datasync();
      this.size += bytes.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {});
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
