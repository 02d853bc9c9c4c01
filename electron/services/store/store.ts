import { Low } from 'lowdb';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../shared/contract';
import type { ChangeEvent, Recovery, StoreNotice } from '../../../shared/contract';
import { backupsFolder, listBackups, segmentPath, takeBackup } from './backups';
import { writeFileDurably, tempPrefix } from './durable-write';
import { nodeFileSystem, type FileSystem } from './file-system';
import { encodeRecord } from './journal-format';
import { journalPathFor, JournalWriter, PRIVATE_MODE } from './journal-file';
import { diffWorkspaces, type JournalOp } from './journal-ops';
import { RecordIndex, type Touched } from './record-index';
import { Tx, type StampPut, type StoreTx } from './store-tx';
import { acquireLock } from './lock';
import { loadWorkspace } from './load';
import { openState, serializeWorkspace } from './recover';

export interface StoreOptions {
  file: string;
  /** Makes the workspace of a new data file. */
  seed: (now: Date) => Workspace;
  /** Who holds the lock, for the message a second process sees. */
  app?: string;
  fs?: FileSystem;
  now?: () => Date;
  /** A backup is taken this long after the first change since the last one (and at close). Default 10 minutes. */
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

/** What a change made with `store.change` answers: its result and what changed, for every window. */
export interface Change<T> {
  result: T;
  change?: ChangeEvent | ChangeEvent[];
}

type Pending =
  | { kind: 'mutate'; fn: (ws: Workspace) => Mutation<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }
  | { kind: 'change'; fn: (tx: StoreTx) => Change<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** A storage error the UI can show: what failed and that nothing was lost. */
function storageError(error: unknown): ApiError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return ApiError.localized('storage', 'storage.diskFull', undefined, 'The change was not saved because the disk is full. Your earlier data is intact.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return ApiError.localized('storage', 'storage.denied', undefined, 'The change was not saved because Convene is not allowed to write to the data folder. Your earlier data is intact.');
  }
  // Only an error the operating system raised (it has an errno code) is the disk's.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return ApiError.localized('storage', 'storage.failed', { detail: code }, `The change was not saved because the disk reported ${code}. Your earlier data is intact.`);
  }
  return ApiError.localized('storage', 'storage.notWritten', undefined, 'The change was not saved because Convene could not prepare it for the data file. Your earlier data is intact; try a smaller change or report this problem.');
}

/**
 * The one module that reads and writes a data file. lowdb holds the data and writes the whole
 * file (the snapshot) through a durable adapter. Each acknowledged change is first appended to a
 * journal beside it (`<file>.journal`, one framed, checksummed, fdatasynced record of record-level
 * operations with a sequence number), so a save costs the size of the change, not of the
 * workspace. The journal is folded into the snapshot when it grows, when a backup is due, when the
 * file is opened and when it is closed; each folded journal is kept as a segment beside the
 * backups, so a backup plus the segments after it reach the last saved change. Mutations are
 * queued and written in groups, each caller answered only once its change is on disk.
 */
export class Store {
  private readonly db: Low<Workspace>;
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private pending: Pending[] = [];
  private tasks: (() => Promise<void>)[] = [];
  private flushing: Promise<void> | null = null;
  private listeners = new Set<(event: ChangeEvent) => void>();
  private closed = false;
  private journal: JournalWriter | null = null;
  /** The sequence number of the last acknowledged change. */
  private seq: number;
  /** The first change in the journal file now (null when it is empty). */
  private journalFirst: number | null = null;
  /** The last change held by a backup. */
  private backedUpSeq = -1;
  private backupTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly noticesList: StoreNotice[] = [];
  /** Saved changes found only in the journal at open: the last run did not close properly. */
  private uncleanStop: { changesRecovered: number; at: string } | null = null;
  /** Where each record is, by id, per collection (see record-index.ts). */
  private readonly index = new RecordIndex();
  /**
   * How an id-indexed put is stamped: the version rule once `countVersions` set it (see
   * electron/services/versioning.ts); identity for a bare store.
   */
  stampPut: StampPut = (_collection, _prev, next) => next;
  /** The work journal replay did when this store opened, in record slots visited (records + changes). */
  replayWork = 0;
  /** How many acknowledged changes touched each top-level key (collection) since open. */
  private readonly revisions = new Map<string, number>();

  private constructor(
    private readonly options: StoreOptions,
    workspace: Workspace,
    seq: number,
    readonly recovery: Recovery | null,
    private readonly releaseLock: () => void,
  ) {
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
    this.seq = seq;
    this.db = new Low<Workspace>({ read: async () => null, write: (data) => writeFileDurably(this.fs, options.file, serializeWorkspace(data, this.seq)) }, workspace);
  }

  get file(): string {
    return this.options.file;
  }

  get journalFile(): string {
    return journalPathFor(this.options.file);
  }

  /** The current, on-disk workspace. Treat as read-only: change it only through `mutate`. */
  get data(): Workspace {
    return this.db.data;
  }

  /** The sequence number of the last acknowledged change. */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * A token that changes whenever an acknowledged change touches one of `keys` (collections such
   * as `areas`): work planned against those collections off the event loop checks it before
   * writing, and plans again when they moved on meanwhile.
   */
  revisionOf(keys: readonly string[]): string {
    return keys.map((k) => this.revisions.get(k) ?? 0).join('.');
  }

  /** What the store repaired on its own while running, oldest first. */
  get notices(): readonly StoreNotice[] {
    return this.noticesList;
  }

  private get keep(): number {
    return this.options.keepBackups ?? 10;
  }

  static async open(options: StoreOptions): Promise<Store> {
    const fs = options.fs ?? nodeFileSystem;
    const now = options.now ?? (() => new Date());
    const log = options.log ?? (() => {});
    const file = options.file;
    let release: () => void;
    try {
      await fs.mkdir(dirname(file), { recursive: true });
      release = acquireLock(file, options.app ?? 'Convene', undefined, log);
    } catch (error) {
      throw openError(error, file);
    }
    try {
      await removeLeftoverTempFiles(fs, file);
      const state = await openState({ fs, file, seed: options.seed, now, log, keepBackups: options.keepBackups ?? 10 });
      const store = new Store(options, state.workspace, state.seq, state.recovery, release);
      store.replayWork = state.replayWork;
      if (state.fold) {
        if (state.fold.records.length > 0) {
          log(`Applied the change journal of ${file} (${state.fold.records.length} record(s)).`);
          store.uncleanStop = { changesRecovered: state.fold.records.length, at: now().toISOString() };
        }
        await store.foldAtOpen(state.fold);
      }
      store.journal = await JournalWriter.open(fs, journalPathFor(file));
      const backups = await listBackups(fs, file);
      if (state.created || state.recovery || backups.length === 0) await store.backupNow();
      // Nothing changed since the newest backup: closing without a change adds no backup.
      else if (backups[0].seq === store.seq) store.backedUpSeq = store.seq;
      return store;
    } catch (error) {
      release();
      throw openError(error, file);
    }
  }

  /** Writes the data file with everything replayed, keeps the journal's good records as a segment, empties the journal. */
  private async foldAtOpen(fold: { records: Buffer[]; first: number; last: number }): Promise<void> {
    await this.db.write();
    if (fold.records.length > 0) {
      await this.fs.mkdir(backupsFolder(this.file), { recursive: true, mode: 0o700 });
      await writeFileDurably(this.fs, segmentPath(this.file, fold.first, fold.last), Buffer.concat(fold.records));
    }
    await this.fs.rm(this.journalFile, { force: true });
  }

  /**
   * Takes over another store's change listeners (the windows' and pages' feeds) when the app
   * switches from that workspace to this one: both share one set, so a feed subscribed to the old
   * store hears this one, and its unsubscribe still works.
   */
  adoptListeners(from: Store): void {
    this.listeners = from.listeners;
  }

  /** Tells every listener that every collection changed (a workspace was switched in). */
  announceAll(): void {
    for (const [key, value] of Object.entries(this.data)) if (Array.isArray(value)) this.emit({ type: 'changed', collection: key });
  }

  /** Waits for queued writes, then folds the journal into the data file (no backup). Nothing is released. */
  async foldNow(): Promise<void> {
    if (this.closed) return;
    await this.enqueue(() => this.fold(false));
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
      this.pending.push({ kind: 'mutate', fn, resolve: resolve as (v: unknown) => void, reject });
      this.kick();
    });
  }

  /**
   * The id-indexed write: `fn` reads and writes records by id through `tx` (see store-tx.ts) and
   * resolves once its change is on disk. It costs the size of the records it writes whatever the
   * size of the workspace: no collection is copied or compared, and the journal record is made from
   * the writes themselves. An ApiError thrown by `fn` rejects only that call and undoes its
   * writes; a failed journal write undoes the whole group's and rejects each with `storage`.
   * Writes are visible to readers from the moment they are made (before the disk answers).
   */
  change<T>(fn: (tx: StoreTx) => Change<T>): Promise<T> {
    if (this.closed) return Promise.reject(ApiError.localized('storage', 'storage.closed', undefined, 'The data file is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ kind: 'change', fn, resolve: resolve as (v: unknown) => void, reject });
      this.kick();
    });
  }

  /** Runs `task` between write groups, never during one. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.tasks.push(() => task().then(resolve, reject));
      this.kick();
    });
  }

  private kick(): void {
    if (!this.flushing) this.flushing = this.flush();
  }

  private async flush(): Promise<void> {
    // Yield first: calls made in the same tick join this group, and `flushing` is set before
    // this function can reach its end.
    await null;
    while (this.pending.length > 0 || this.tasks.length > 0) {
      const task = this.tasks.shift();
      if (task) {
        await task();
        continue;
      }
      await this.writeGroup();
    }
    this.flushing = null;
  }

  private async writeGroup(): Promise<void> {
    const group = this.pending;
    this.pending = [];
    const before = this.db.data;
    let ws = before;
    const ops: JournalOp[] = [];
    const applied: Tx[] = [];
    const done: { p: Pending; result: unknown; change?: ChangeEvent | ChangeEvent[] }[] = [];
    for (const p of group) {
      if (p.kind === 'change') {
        const tx = new Tx(ws, this.index, this.stampPut);
        try {
          const c = p.fn(tx);
          ops.push(...tx.ops);
          applied.push(tx);
          done.push({ p, result: c.result, change: c.change });
        } catch (error) {
          tx.rollback();
          p.reject(error);
        }
        continue;
      }
      try {
        const m = p.fn(ws);
        if (m.next !== ws) {
          const diff = diffWorkspaces(ws, m.next);
          for (const op of diff) ops.push(op);
          ws = m.next;
        }
        done.push({ p, result: m.result, change: m.change });
      } catch (error) {
        p.reject(error);
      }
    }
    if (ops.length > 0 || ws !== before) {
      try {
        if (ops.length > 0) {
          if (!(await this.journal!.isStillThere())) await this.recreateJournal();
          const seq = this.seq + 1;
          await this.journal!.append(encodeRecord(seq, this.now().getTime(), ops));
          this.seq = seq;
          this.journalFirst ??= seq;
          for (const op of ops) {
            const key = 'k' in op ? op.k : op.c;
            this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
          }
          this.scheduleBackup();
        }
        this.db.data = ws;
      } catch (error) {
        // Undo the in-place writes, newest first: the workspace is as it was before the group.
        for (let i = applied.length - 1; i >= 0; i--) applied[i].rollback();
        this.db.data = before;
        this.options.log?.(`Write to ${this.file} failed: ${(error as Error).message}`);
        const failure = storageError(error);
        for (const d of done) d.p.reject(failure);
        return;
      }
    }
    for (const d of done) d.p.resolve(d.result);
    for (const d of done) for (const event of [d.change ?? []].flat()) this.emit(event);
    if (this.journal!.size >= (this.options.compactAfterBytes ?? 4 * 1024 * 1024)) await this.fold(false);
  }

  /**
   * The journal was deleted or replaced while open (a cleanup tool, a sync folder): appending to
   * it would write to a file nobody can read after a crash. The workspace in memory holds every
   * acknowledged change, so it is written to the data file and a backup at once, a replaced file
   * is kept aside, and a new journal is started. Says so in the log and in Settings.
   */
  private async recreateJournal(): Promise<void> {
    const path = this.journalFile;
    await this.journal?.close().catch(() => {});
    this.journal = null;
    let keptAside: string | null = null;
    try {
      await this.fs.stat(path);
      keptAside = `${path}.replaced-${this.seq}-${Date.now().toString(36)}`;
      await this.fs.rename(path, keptAside);
      await this.fs.chmod(keptAside, PRIVATE_MODE).catch(() => {});
    } catch {
      /* gone: nothing to keep */
    }
    await this.db.write();
    this.journalFirst = null;
    this.journal = await JournalWriter.open(this.fs, path);
    await this.takeBackupAt(this.seq);
    const message = keptAside
      ? `The change journal ${path} was replaced by another program while Convene was running. Convene kept that file as ${keptAside}, saved every change from memory into the data file and a new backup, and started a new journal. Nothing was lost.`
      : `The change journal ${path} was deleted by another program while Convene was running. Convene saved every change from memory into the data file and a new backup, and started a new journal. Nothing was lost.`;
    this.noticesList.push({ at: this.now().toISOString(), message });
    this.options.log?.(message);
  }

  /**
   * Folds the journal into the data file: durable rewrite, then the journal becomes a segment
   * beside the backups and a new one is started; a backup of the new data file when asked. A
   * failure here loses nothing (the journal still holds every change) and is retried later.
   */
  private async fold(backup: boolean): Promise<void> {
    try {
      if (this.journal && this.journal.size > 0) {
        await this.db.write();
        const first = this.journalFirst ?? this.seq;
        await this.fs.mkdir(backupsFolder(this.file), { recursive: true, mode: 0o700 });
        await this.journal.close().catch(() => {});
        this.journal = null;
        try {
          await this.fs.rename(this.journalFile, segmentPath(this.file, first, this.seq));
        } finally {
          this.journal = await JournalWriter.open(this.fs, this.journalFile);
        }
        this.journalFirst = this.journal.size > 0 ? first : null;
      }
      if (backup && this.backedUpSeq !== this.seq) await this.takeBackupAt(this.seq);
    } catch (error) {
      this.options.log?.(`Could not fold the journal into ${this.file} (changes are safe in ${this.journalFile}): ${(error as Error).message}`);
    }
  }

  private async takeBackupAt(seq: number): Promise<void> {
    try {
      await takeBackup(this.fs, this.file, seq, this.keep);
      this.backedUpSeq = seq;
    } catch (error) {
      // A backup that cannot be taken must not block saving: the write itself reports disk trouble.
      this.options.log?.(`Backup of ${this.file} failed: ${(error as Error).message}`);
    }
  }

  /** After the first change since the last backup, one is due `backupEveryMs` later. */
  private scheduleBackup(): void {
    if (this.backupTimer || this.closed) return;
    const every = this.options.backupEveryMs ?? 10 * 60 * 1000;
    this.backupTimer = setTimeout(() => {
      this.backupTimer = null;
      if (!this.closed) void this.enqueue(() => this.fold(true));
    }, every);
    this.backupTimer.unref?.();
  }

  /** Folds the journal and keeps the data file as a backup now; resolves with the backup's path. */
  async backupNow(): Promise<string> {
    await this.enqueue(async () => {
      if (this.journal && this.journal.size > 0) await this.fold(false);
      else if (!(await this.exists(this.file))) await this.db.write();
      await this.takeBackupAt(this.seq);
    });
    return (await listBackups(this.fs, this.file))[0]?.file ?? '';
  }

  /** The workspace as one self-contained file: every acknowledged change, nothing left in a journal. */
  exportText(): string {
    return serializeWorkspace(this.data, this.seq);
  }

  /**
   * Replaces the workspace with a backup's content (`text`, the JSON of a data file or backup).
   * The current state is kept as a backup first, so a restore can itself be undone; the restore is
   * then journaled like any change and answered once on disk. Refuses, changing nothing, a file
   * that is not a Convene workspace or comes from a newer Convene.
   */
  async restoreFrom(text: string): Promise<{ safetyBackup: string }> {
    const loaded = loadWorkspace(text);
    if (!loaded.ok) {
      throw ApiError.localized(
        'invalid_input',
        loaded.kind === 'newer' ? 'storage.restoreNewer' : 'storage.restoreNotWorkspace',
        undefined,
        loaded.kind === 'newer' ? `That backup comes from a newer version of Convene. ${loaded.reason} Nothing was changed.` : `That file is not a Convene backup that can be read (${loaded.reason}). Nothing was changed.`,
      );
    }
    const safetyBackup = await this.backupNow();
    const next = loaded.workspace;
    await this.mutate((ws) => ({
      next,
      result: null,
      change: Object.keys({ ...ws, ...next })
        .filter((k) => Array.isArray((next as Record<string, unknown>)[k]))
        .map((collection) => ({ type: 'changed' as const, collection })),
    }));
    await this.backupNow();
    return { safetyBackup };
  }

  /** A backup from this workspace's backups folder, by path; null when the path is not one of them. */
  async readBackup(path: string): Promise<string | null> {
    const listed = (await listBackups(this.fs, this.file)).some((b) => b.file === path);
    return listed ? await this.fs.readFile(path, 'utf8') : null;
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch {
      return false;
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
    let journalBytes = 0;
    try {
      bytes = (await this.fs.stat(this.file)).size;
    } catch {
      /* not written yet */
    }
    try {
      journalBytes = (await this.fs.stat(this.journalFile)).size;
    } catch {
      /* none */
    }
    return {
      dataFile: this.file,
      journalFile: this.journalFile,
      journalBytes,
      backupsFolder: backupsFolder(this.file),
      backups: await listBackups(this.fs, this.file),
      schemaVersion: this.data.schemaVersion,
      bytes,
      recovery: this.recovery,
      notices: [...this.noticesList],
      uncleanStop: this.uncleanStop,
    };
  }

  /**
   * What a killed process leaves: file handles closed and the lock released, nothing folded,
   * queued writes never answered. For crash-consistency tests only.
   */
  async simulateCrash(): Promise<void> {
    this.closed = true;
    if (this.backupTimer) clearTimeout(this.backupTimer);
    this.backupTimer = null;
    while (this.flushing) await this.flushing;
    await this.journal?.close().catch(() => {});
    this.journal = null;
    this.releaseLock();
  }

  /** Waits for queued writes, folds the journal into the data file (with a backup when anything changed), then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.backupTimer) clearTimeout(this.backupTimer);
    this.backupTimer = null;
    while (this.flushing) await this.flushing;
    if ((this.journal && this.journal.size > 0) || this.backedUpSeq !== this.seq) await this.fold(true);
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
