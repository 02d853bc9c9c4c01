import { Low } from 'lowdb';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/contract';
import type { ChangeEvent, Recovery } from '../../../shared/contract';
import { listBackups, takeBackup, backupsFolder } from './backups';
import { writeFileDurably, tempPrefix } from './durable-write';
import { nodeFileSystem, type FileSystem } from './file-system';
import { journalPathFor, JournalWriter, readJournal } from './journal-file';
import { applyOps, diffWorkspaces } from './journal-ops';
import { loadWorkspace } from './load';
import { acquireLock } from './lock';
import { Workspace as WorkspaceSchema } from '../../../shared/model';

export interface StoreOptions {
  file: string;
  /** Makes the workspace of a new data file. */
  seed: (now: Date) => Workspace;
  /** Who holds the lock, for the message a second process sees. */
  app?: string;
  fs?: FileSystem;
  now?: () => Date;
  /** A backup is taken at the first write after opening and then at most this often. */
  backupEveryMs?: number;
  keepBackups?: number;
  /** The journal is folded into the data file once it holds this many bytes (and always on close). */
  compactAfterBytes?: number;
  log?: (message: string) => void;
}

type Workspace = import('../../../shared/model').Workspace;

/** What a mutation returns: the next workspace (or the same one when nothing changed) and its answer. */
export interface Mutation<T> {
  next: Workspace;
  result: T;
  /** What changed, for every window; several when one write touches several collections. */
  change?: ChangeEvent | ChangeEvent[];
}

interface Pending {
  fn: (ws: Workspace) => Mutation<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A storage error the UI can show: what failed and that nothing was lost. */
function storageError(error: unknown): ApiError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return ApiError.localized('storage', 'storage.diskFull', undefined, 'The change was not saved because the disk is full. Your earlier data is intact.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return ApiError.localized('storage', 'storage.denied', undefined, 'The change was not saved because Convene is not allowed to write to the data folder. Your earlier data is intact.');
  }
  const detail = code ?? (error as Error)?.message ?? 'an error';
  return ApiError.localized('storage', 'storage.failed', { detail }, `The change was not saved because the disk reported ${detail}. Your earlier data is intact.`);
}

/**
 * The one module that reads and writes a data file. lowdb holds the data and writes the whole
 * file (the snapshot) through a durable adapter. Each acknowledged change is first appended to a
 * journal beside it (`<file>.journal`, one fsynced line of record-level operations), so a save
 * costs the size of the change, not of the workspace; the journal is folded into the snapshot
 * when it grows, when the file is opened and when it is closed. Mutations are queued and written
 * in groups, each caller answered only once its change is on disk.
 */
export class Store {
  private readonly db: Low<Workspace>;
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private lastBackupAt = 0;
  private listeners = new Set<(event: ChangeEvent) => void>();
  private closed = false;
  private journal: JournalWriter | null = null;

  private constructor(
    private readonly options: StoreOptions,
    workspace: Workspace,
    readonly recovery: Recovery | null,
    private readonly releaseLock: () => void,
  ) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
    this.db = new Low<Workspace>(
      { read: async () => null, write: (data) => writeFileDurably(this.fs, options.file, JSON.stringify(data)) },
      workspace,
    );
  }

  get file(): string {
    return this.options.file;
  }

  /** The current, on-disk workspace. Treat as read-only: change it only through `mutate`. */
  get data(): Workspace {
    return this.db.data;
  }

  static async open(options: StoreOptions): Promise<Store> {
    const fs = options.fs ?? nodeFileSystem;
    const now = options.now ?? (() => new Date());
    const log = options.log ?? (() => {});
    const file = options.file;
    let release: () => void;
    try {
      await fs.mkdir(dirname(file), { recursive: true });
      release = acquireLock(file, options.app ?? 'Convene');
    } catch (error) {
      throw openError(error, file);
    }
    try {
      await removeLeftoverTempFiles(fs, file);
      const snapshot = await readOrRecover(fs, options, now, log);
      const replayed = await replayJournal(fs, file, snapshot, now, log);
      const store = new Store(options, replayed.workspace, replayed.recovery, release);
      if (replayed.entries > 0) {
        log(`Applied ${replayed.entries} journaled change(s) to ${file}.`);
        store.journal = await JournalWriter.open(fs, journalPathFor(file));
        await store.compact();
      }
      store.journal ??= await JournalWriter.open(fs, journalPathFor(file));
      return store;
    } catch (error) {
      release();
      throw openError(error, file);
    }
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies `fn` to the current workspace and resolves once the result is on disk. `fn` must not
   * modify its argument: it returns a new workspace. An ApiError thrown by `fn` rejects only that
   * call; a failed write rejects every call in its group with a `storage` error and keeps the
   * previous data, in memory and on disk.
   */
  mutate<T>(fn: (ws: Workspace) => Mutation<T>): Promise<T> {
    if (this.closed) return Promise.reject(ApiError.localized('storage', 'storage.closed', undefined, 'The data file is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Yield first: calls made in the same tick join this group, and `flushing` is set before
    // this function can reach its end.
    await null;
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      const before = this.db.data;
      let ws = before;
      const done: { p: Pending; result: unknown; change?: ChangeEvent | ChangeEvent[] }[] = [];
      for (const p of group) {
        try {
          const m = p.fn(ws);
          ws = m.next;
          done.push({ p, result: m.result, change: m.change });
        } catch (error) {
          p.reject(error);
        }
      }
      if (ws !== before) {
        try {
          const ops = diffWorkspaces(before, ws);
          if (ops.length > 0) await this.journal!.append(`${JSON.stringify(ops)}\n`);
          this.db.data = ws;
        } catch (error) {
          this.options.log?.(`Write to ${this.file} failed: ${(error as Error).message}`);
          const failure = storageError(error);
          for (const d of done) d.p.reject(failure);
          continue;
        }
      }
      for (const d of done) d.p.resolve(d.result);
      for (const d of done) for (const event of [d.change ?? []].flat()) this.emit(event);
      if (this.journal!.size >= (this.options.compactAfterBytes ?? 4 * 1024 * 1024)) await this.compact();
    }
    this.flushing = null;
  }

  /**
   * Folds the journal into the data file: backup of the previous file, durable rewrite, empty
   * journal. A failure here loses nothing (the journal still holds every change) and is retried
   * at the next compaction.
   */
  private async compact(): Promise<void> {
    try {
      await this.maybeBackup();
      await this.db.write();
      await this.journal?.reset();
    } catch (error) {
      this.options.log?.(`Could not fold the journal into ${this.file} (changes are safe in ${journalPathFor(this.file)}): ${(error as Error).message}`);
    }
  }

  private async maybeBackup(): Promise<void> {
    const every = this.options.backupEveryMs ?? 10 * 60 * 1000;
    const nowMs = this.now().getTime();
    if (this.lastBackupAt !== 0 && nowMs - this.lastBackupAt < every) return;
    try {
      await takeBackup(this.fs, this.file, this.now(), this.options.keepBackups ?? 10);
      this.lastBackupAt = nowMs;
    } catch (error) {
      // A backup that cannot be taken must not block saving: the write itself reports disk trouble.
      this.options.log?.(`Backup of ${this.file} failed: ${(error as Error).message}`);
    }
  }

  private emit(event: ChangeEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        /* a listener's failure is its own */
      }
    }
  }

  async status() {
    let bytes = 0;
    try {
      bytes = (await this.fs.stat(this.file)).size;
    } catch {
      /* not written yet */
    }
    return {
      dataFile: this.file,
      backupsFolder: backupsFolder(this.file),
      backups: await listBackups(this.fs, this.file),
      schemaVersion: this.data.schemaVersion,
      bytes,
      recovery: this.recovery,
    };
  }

  /** Waits for queued writes, folds the journal into the data file, then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing) await this.flushing;
    if (this.journal && this.journal.size > 0) await this.compact();
    await this.journal?.close().catch(() => {});
    this.journal = null;
    this.releaseLock();
  }
}

/** Why a data file cannot be opened, in words; a lock or format problem keeps its own message. */
function openError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new ApiError('storage', `Convene is not allowed to write to ${dirname(file)}. Choose a data file in a folder you can write to.`);
  }
  if (code === 'ENOSPC') return new ApiError('storage', `The disk holding ${dirname(file)} is full. Free some space and start Convene again.`);
  return error;
}

async function removeLeftoverTempFiles(fs: FileSystem, file: string): Promise<void> {
  const prefix = tempPrefix(file);
  let names: string[] = [];
  try {
    names = await fs.readdir(dirname(file));
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(prefix) && n.endsWith('.tmp')) await fs.rm(join(dirname(file), n), { force: true });
}

/**
 * Applies the journal's acknowledged changes to the workspace read from the data file. A damaged
 * journal is moved aside (never deleted) and the changes before the damage are kept.
 */
async function replayJournal(
  fs: FileSystem,
  file: string,
  snapshot: { workspace: Workspace; recovery: Recovery | null },
  now: () => Date,
  log: (m: string) => void,
): Promise<{ workspace: Workspace; recovery: Recovery | null; entries: number }> {
  const path = journalPathFor(file);
  const journal = await readJournal(fs, path);
  let doc = snapshot.workspace as unknown as Record<string, unknown>;
  for (const ops of journal.entries) doc = applyOps(doc, ops);
  const parsed = WorkspaceSchema.safeParse(doc);
  if (journal.damagedAt === null && parsed.success) return { workspace: parsed.data, recovery: snapshot.recovery, entries: journal.entries.length };

  const movedAsideTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(path, movedAsideTo);
  const reason =
    journal.damagedAt !== null
      ? `The change journal was damaged at line ${journal.damagedAt}; the changes before it were kept.`
      : 'The change journal did not match the data file; only the data file was kept.';
  log(`${reason} The journal was moved aside to ${movedAsideTo}.`);
  const workspace = parsed.success ? parsed.data : snapshot.workspace;
  const recovery: Recovery = snapshot.recovery ?? { reason, movedAsideTo, restoredFrom: null, at: now().toISOString() };
  return { workspace, recovery, entries: parsed.success ? journal.entries.length : 0 };
}

async function readText(fs: FileSystem, file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Opens the data file. A file that does not parse or validate is never overwritten: it is moved
 * aside as `<name>.corrupt-<time>.json` and the newest good backup takes its place.
 */
async function readOrRecover(
  fs: FileSystem,
  options: StoreOptions,
  now: () => Date,
  log: (m: string) => void,
): Promise<{ workspace: Workspace; recovery: Recovery | null }> {
  const file = options.file;
  const text = await readText(fs, file);
  const backups = await listBackups(fs, file);
  if (text === null && backups.length === 0) {
    const workspace = options.seed(now());
    await writeFileDurably(fs, file, JSON.stringify(workspace));
    return { workspace, recovery: null };
  }
  let reason: string;
  let movedAsideTo = '';
  if (text === null) {
    reason = 'The data file was missing.';
  } else {
    const outcome = loadWorkspace(text);
    if (outcome.ok) {
      if (outcome.migratedFrom !== outcome.workspace.schemaVersion) {
        await takeBackup(fs, file, now(), options.keepBackups ?? 10);
        await writeFileDurably(fs, file, JSON.stringify(outcome.workspace));
        log(`Upgraded ${file} from data format ${outcome.migratedFrom} to ${outcome.workspace.schemaVersion}.`);
      }
      return { workspace: outcome.workspace, recovery: null };
    }
    if (outcome.kind === 'newer') throw new ApiError('storage', outcome.reason);
    reason = outcome.reason;
    movedAsideTo = join(dirname(file), `${basename(file).replace(/\.json$/i, '')}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    await fs.rename(file, movedAsideTo);
  }
  for (const b of backups) {
    const candidate = await readText(fs, b.file).catch(() => null);
    const outcome = candidate === null ? null : loadWorkspace(candidate);
    if (outcome?.ok) {
      await writeFileDurably(fs, file, JSON.stringify(outcome.workspace));
      const recovery: Recovery = { reason, movedAsideTo, restoredFrom: b.file, at: now().toISOString() };
      log(`${reason} ${movedAsideTo ? `It was moved aside to ${movedAsideTo}. ` : ''}Restored the backup ${b.file}.`);
      return { workspace: outcome.workspace, recovery };
    }
  }
  const workspace = options.seed(now());
  await writeFileDurably(fs, file, JSON.stringify(workspace));
  const recovery: Recovery = { reason, movedAsideTo, restoredFrom: null, at: now().toISOString() };
  log(`${reason} ${movedAsideTo ? `It was moved aside to ${movedAsideTo}. ` : ''}No good backup was found: started a new workspace.`);
  return { workspace, recovery };
}
