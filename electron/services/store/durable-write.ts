import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import type { FileSystem } from './file-system';

export const tempPrefix = (file: string) => `.${basename(file)}.`;

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old or the new
 * content, never a mix: unique temp file in the same folder, fsync, rename over, fsync the folder.
 * Resolves only once the new content is on disk.
 */
export async function writeFileDurably(fs: FileSystem, file: string, text: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `${tempPrefix(file)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(fs, dir);
}

/** Makes a rename durable. Windows cannot open a folder for fsync; there the rename is already durable. */
async function syncFolder(fs: FileSystem, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
