import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system';

export interface BackupInfo {
  file: string;
  modifiedAt: string;
  bytes: number;
}

/** Backups live beside the data file, in `<name>-backups/`, named by the time they were taken. */
export function backupsFolder(dataFile: string): string {
  return join(dirname(dataFile), `${basename(dataFile).replace(/\.json$/i, '')}-backups`);
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

export async function listBackups(fs: FileSystem, dataFile: string): Promise<BackupInfo[]> {
  const folder = backupsFolder(dataFile);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const infos: BackupInfo[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const file = join(folder, name);
    try {
      const s = await fs.stat(file);
      infos.push({ file, modifiedAt: s.mtime.toISOString(), bytes: s.size });
    } catch {
      /* removed meanwhile */
    }
  }
  // Names sort by the time they were taken; newest first.
  return infos.sort((a, b) => (a.file < b.file ? 1 : -1));
}

/**
 * Keeps the current data file as a backup. A hard link costs no copy: the next atomic rename
 * gives the data file a new inode and the link keeps the old content. Falls back to a copy where
 * links are not allowed. Prunes to the newest `keep`.
 */
export async function takeBackup(fs: FileSystem, dataFile: string, now: Date, keep: number): Promise<void> {
  const folder = backupsFolder(dataFile);
  await fs.mkdir(folder, { recursive: true });
  const target = join(folder, `${basename(dataFile).replace(/\.json$/i, '')}.${stamp(now)}.json`);
  try {
    await fs.link(dataFile, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'EEXIST') return;
    await fs.copyFile(dataFile, target);
  }
  const all = await listBackups(fs, dataFile);
  for (const old of all.slice(keep)) await fs.rm(old.file, { force: true });
}
