import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileSystem } from './file-system';
import type { JournalOp } from './journal-ops';

/** The change journal beside a data file: one JSON line of operations per acknowledged write. */
export const journalPathFor = (dataFile: string) => `${dataFile}.journal`;

export interface JournalContents {
  entries: JournalOp[][];
  /** Line number (1-based) of a damaged line before the end, if any: what follows it cannot be trusted. */
  damagedAt: number | null;
}

/**
 * Reads the journal. A last line without its newline is a write that crashed before it was
 * acknowledged, and is dropped; a damaged line before the end stops the replay there.
 */
export async function readJournal(fs: FileSystem, path: string): Promise<JournalContents> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], damagedAt: null };
    throw error;
  }
  const lines = text.split('\n');
  lines.pop(); // after the last newline: empty, or a torn unacknowledged write
  const entries: JournalOp[][] = [];
  for (let i = 0; i < lines.length; i++) {
    try {
      const ops = JSON.parse(lines[i]);
      if (!Array.isArray(ops)) throw new Error('not a list');
      entries.push(ops);
    } catch {
      return { entries, damagedAt: i + 1 };
    }
  }
  return { entries, damagedAt: null };
}

/** Appends durably: a line is acknowledged only after fdatasync. A failed append is cut back off. */
export class JournalWriter {
  private constructor(
    private handle: FileHandle,
    public size: number,
  ) {}

  static async open(fs: FileSystem, path: string): Promise<JournalWriter> {
    const handle = await fs.open(path, 'a');
    const { size } = await handle.stat();
    if (size === 0) {
      // A new file: make its directory entry durable too.
      const dir = await fs.open(dirname(path), 'r').catch(() => null);
      await dir?.sync().catch(() => {});
      await dir?.close();
    }
    return new JournalWriter(handle, size);
  }

  async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) written += (await this.handle.write(bytes, written, bytes.length - written)).bytesWritten;
      await this.handle.datasync();
      this.size += bytes.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {});
      throw error;
    }
  }

  /** Empties the journal once a snapshot holding all its changes is on disk. */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.size = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
