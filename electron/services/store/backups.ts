import { constants as fsConstants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system';
import { PRIVATE_MODE } from './journal-file';

/**
 * Backups and journal segments, beside a data file in `<name>-backups/`:
 *
 * - `<name>.<sequence>.json`: the data file as it was when the change with that sequence number
 *   was the last one folded in (12 digits, so names sort like numbers). Ordered by sequence, never
 *   by the clock: a laptop whose clock was set back still knows which backup is newest.
 * - `<name>.journal.<first>-<last>`: the journal records with those sequence numbers, kept from the
 *   oldest kept backup on, so a backup plus the segments after it reach the last saved change
 *   (point-in-time recovery, like a database's base backup plus its write-ahead log).
 *
 * Backups written by older versions (`<name>.<ISO time>.json`) are still listed, as older than
 * any numbered one.
 */
export interface BackupInfo {
  file: string;
  modifiedAt: string;
  bytes: number;
  /** The last change it holds; null for a backup from an older version of Convene. */
  seq: number | null;
}

export interface SegmentInfo {
  file: string;
  first: number;
  last: number;
}

const stem = (dataFile: string) => basename(dataFile).replace(/\.json$/i, '');
const pad = (n: number) => String(n).padStart(12, '0');

export function backupsFolder(dataFile: string): string {
  return join(dirname(dataFile), `${stem(dataFile)}-backups`);
}

export function backupPath(dataFile: string, seq: number): string {
  return join(backupsFolder(dataFile), `${stem(dataFile)}.${pad(seq)}.json`);
}

export function segmentPath(dataFile: string, first: number, last: number): string {
  return join(backupsFolder(dataFile), `${stem(dataFile)}.journal.${pad(first)}-${pad(last)}`);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function names(fs: FileSystem, folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch {
    return [];
  }
}

/** Every backup, newest (highest sequence) first. */
export async function listBackups(fs: FileSystem, dataFile: string): Promise<BackupInfo[]> {
  const folder = backupsFolder(dataFile);
  const numbered = new RegExp(`^${escapeRe(stem(dataFile))}\\.(\\d{12})\\.json$`);
  const infos: BackupInfo[] = [];
  for (const name of (await names(fs, folder)).filter((n) => n.endsWith('.json'))) {
    const file = join(folder, name);
    try {
      const s = await fs.stat(file);
      const m = numbered.exec(name);
      infos.push({ file, modifiedAt: s.mtime.toISOString(), bytes: s.size, seq: m ? Number(m[1]) : null });
    } catch {
      /* removed meanwhile */
    }
  }
  return infos.sort((a, b) => {
    if (a.seq !== null && b.seq !== null) return b.seq - a.seq;
    if (a.seq !== null) return -1;
    if (b.seq !== null) return 1;
    return a.file < b.file ? 1 : -1; // older versions named them by time
  });
}

/** Every journal segment, in sequence order. */
export async function listSegments(fs: FileSystem, dataFile: string): Promise<SegmentInfo[]> {
  const folder = backupsFolder(dataFile);
  const re = new RegExp(`^${escapeRe(stem(dataFile))}\\.journal\\.(\\d{12})-(\\d{12})$`);
  const out: SegmentInfo[] = [];
  for (const name of await names(fs, folder)) {
    const m = re.exec(name);
    if (m) out.push({ file: join(folder, name), first: Number(m[1]), last: Number(m[2]) });
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last);
}

/**
 * Keeps the current data file (which holds every change up to `seq`) as a backup: a private,
 * fsynced copy (never a hard link: a link shares its blocks with the live file, so damage to the
 * data file in place would damage its newest backup too). Then prunes.
 *
 * A backup, once written, is never rewritten: when one with this sequence number already exists
 * (nothing changed since it was taken: a close, a switch or "Back up now" right after another
 * backup), it is kept as it is, bytes and time, and its path is returned.
 */
export async function takeBackup(fs: FileSystem, dataFile: string, seq: number, keep: number): Promise<string | null> {
  await fs.mkdir(backupsFolder(dataFile), { recursive: true, mode: 0o700 });
  const target = backupPath(dataFile, seq);
  try {
    await fs.copyFile(dataFile, target, fsConstants.COPYFILE_EXCL);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return target;
    if (code === 'ENOENT') return null;
    throw error;
  }
  await fs.chmod(target, PRIVATE_MODE).catch(() => {});
  const handle = await fs.open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await prune(fs, dataFile, keep);
  return target;
}

/** Keeps the newest `keep` backups and the journal segments after the oldest of them. */
export async function prune(fs: FileSystem, dataFile: string, keep: number): Promise<void> {
  const all = await listBackups(fs, dataFile);
  for (const old of all.slice(keep)) await fs.rm(old.file, { force: true });
  const kept = all.slice(0, keep).filter((b) => b.seq !== null);
  if (kept.length === 0) return;
  const oldest = Math.min(...kept.map((b) => b.seq!));
  for (const s of await listSegments(fs, dataFile)) if (s.last <= oldest) await fs.rm(s.file, { force: true });
}
