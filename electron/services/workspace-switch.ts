import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, normalize } from 'node:path';
import { ApiError, type Recovery } from '../../shared/contract';
import type { ServiceContext } from './handlers';
import { listBackups } from './store/backups';
import { nodeFileSystem } from './store/file-system';
import { journalPathFor } from './store/journal-file';
import { loadWorkspace } from './store/load';
import { DataFileLockedError } from './store/lock';
import type { Store } from './store/store';

/** Open an existing workspace file, or create a new one. */
export type SwitchMode = 'open' | 'new';

export interface SwitchResult {
  /** The data file now open. */
  dataFile: string;
  /** The data file that was open before (closed, its journal folded in, its lock released). */
  previous: string;
  /** A new workspace was created. */
  created: boolean;
  /** What had to be repaired to open it (its own recovery), or null. */
  recovery: Recovery | null;
}

/** What the switch needs from the disk; replaceable in tests. */
export interface SwitchDeps {
  readFile: (path: string) => Promise<string>;
  stat: (path: string) => Promise<{ isFile(): boolean; isDirectory(): boolean }>;
  /** Throws (with an errno code) when a new file cannot be created in `folder`. */
  checkWritable: (folder: string) => Promise<void>;
  exists: (path: string) => Promise<boolean>;
}

const nodeDeps: SwitchDeps = {
  readFile: (p) => fsp.readFile(p, 'utf8'),
  stat: (p) => fsp.stat(p),
  async checkWritable(folder) {
    // A real file, not access(2): read-only mounts, ACLs and sync-folder quirks all show here.
    const probe = join(folder, `.convene-write-check-${randomBytes(6).toString('hex')}`);
    const handle = await fsp.open(probe, 'wx', 0o600);
    await handle.close();
    await fsp.rm(probe, { force: true });
  },
  async exists(p) {
    try {
      await fsp.stat(p);
      return true;
    } catch {
      return false;
    }
  },
};

const KEEP = 'The workspace you have open stays open and nothing in it changed.';

const refuse = (key: string, params: Record<string, string | number> | undefined, english: string) =>
  ApiError.localized('invalid_input', `storage.${key}`, params, `${english} ${KEEP}`);

/** One switch at a time per context: a second waits for the first. */
const running = new WeakMap<ServiceContext, Promise<unknown>>();

/**
 * Switches the workspace a context serves to another data file: "Open workspace…" (`open`, an
 * existing Convene data file) or "New workspace…" (`new`, a file that does not exist yet). The
 * target is checked first (a full path; a Convene workspace or a free name; a folder Convene can
 * write to; a newer format refused); then the open workspace's journal is folded into its data
 * file, the new one is opened with its own lock and recovery, every window's change feed moves to
 * it, and only then is the old one closed (a backup when it changed) and its lock released. Any
 * refusal or failure before the swap leaves the open workspace exactly as it was. Rooms open on
 * the network are stopped with the old workspace and served again for the new one's rooms.
 * Errors: `invalid_input` with a `storage.*` key (the user's language in the UI).
 */
export async function switchWorkspace(ctx: ServiceContext, target: string, mode: SwitchMode, deps: SwitchDeps = nodeDeps): Promise<SwitchResult> {
  const before = running.get(ctx) ?? Promise.resolve();
  const next = before.catch(() => {}).then(() => doSwitch(ctx, target, mode, deps));
  running.set(ctx, next);
  return next;
}

async function doSwitch(ctx: ServiceContext, target: string, mode: SwitchMode, deps: SwitchDeps): Promise<SwitchResult> {
  const trimmed = target.trim();
  if (!isAbsolute(trimmed)) {
    throw refuse('switchNotFullPath', { path: trimmed }, `"${trimmed}" is not a full path. Type the whole path of the workspace file, for example /home/you/Convene/town-halls.json or C:\\Users\\you\\Convene\\town-halls.json.`);
  }
  let file = normalize(trimmed);
  if (mode === 'new' && extname(file) === '') file = `${file}.json`;
  const old = ctx.store;
  const real = async (p: string) => fsp.realpath(p).catch(() => p);
  if (file === normalize(old.file) || (await real(file)) === (await real(old.file))) throw refuse('switchSame', { path: file }, `${file} is the workspace already open.`);
  const folder = dirname(file);

  if (mode === 'new') await checkNew(file, folder, deps);
  else await checkOpen(file, deps);
  try {
    await deps.checkWritable(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some folders that exist answer ENOENT to a new file (/proc/1): ask the folder itself.
    if (code === 'ENOENT' || code === 'ENOTDIR') await checkFolder(folder, deps);
    if (code === 'EROFS') throw refuse('switchReadOnly', { folder }, `The folder ${folder} is on a read-only disk, so Convene cannot keep a workspace there.`);
    throw refuse('switchNotWritable', { folder }, `Convene is not allowed to create files in ${folder} (${code ?? 'refused'}), so it cannot keep a workspace there.`);
  }

  if (!ctx.openStore) throw new ApiError('internal', 'This Convene cannot switch workspaces.');
  // The old workspace first: every saved change folded into its data file (it stays open until the new one is).
  await old.foldNow();
  let store: Store;
  try {
    store = await ctx.openStore(file);
  } catch (error) {
    throw openFailure(error, file);
  }
  await ctx.room?.stop().catch(() => {});
  store.adoptListeners(old);
  ctx.store = store;
  await old.close();
  store.announceAll();
  if (store.data.rooms.length > 0 && ctx.room) void ctx.room.serve().catch(() => {});
  ctx.onWorkspaceSwitched?.(file);
  return { dataFile: file, previous: old.file, created: mode === 'new', recovery: store.recovery };
}

/**
 * Refuses a folder that is missing (ENOENT), is not a folder (a file, or a path through a file:
 * ENOTDIR) or cannot be looked at (EACCES, EPERM); returns when it exists as a folder.
 */
async function checkFolder(folder: string, deps: SwitchDeps): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await deps.stat(folder)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse('switchFolderMissing', { folder }, `The folder ${folder} does not exist.`);
    if (code === 'ENOTDIR') throw refuse('switchNotAFolder', { folder }, `${folder} is not a folder: part of that path is a file.`);
    throw refuse('switchNotWritable', { folder }, `Convene is not allowed to create files in ${folder} (${code ?? 'refused'}), so it cannot keep a workspace there.`);
  }
  if (!isFolder) throw refuse('switchNotAFolder', { folder }, `${folder} is not a folder: part of that path is a file.`);
}

async function checkNew(file: string, folder: string, deps: SwitchDeps): Promise<void> {
  await checkFolder(folder, deps);
  if ((await deps.exists(file)) || (await deps.exists(journalPathFor(file)))) {
    throw refuse('switchNewExists', { path: file }, `There is already a file at ${file}. Choose Open workspace… to open it, or give the new workspace another name.`);
  }
}

async function checkOpen(file: string, deps: SwitchDeps): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await deps.stat(file)).isFile();
  } catch {
    throw refuse('switchOpenMissing', { path: file }, `There is no file at ${file}. Check the path, or choose New workspace… to start one there.`);
  }
  const notWorkspace = () => refuse('switchNotWorkspace', { path: file }, `${file} is not a Convene workspace (a data file Convene wrote).`);
  if (!isFile) throw notWorkspace();
  let text: string;
  try {
    text = await deps.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'refused';
    throw refuse('switchUnreadable', { path: file, detail: code }, `Convene could not read ${file} (${code}).`);
  }
  const loaded = loadWorkspace(text);
  if (loaded.ok) return;
  if (loaded.kind === 'newer') throw refuse('switchNewer', { path: file }, `${file} was saved by a newer version of Convene; update Convene to open it.`);
  // A damaged workspace of ours (it has backups or a journal beside it) opens with its own recovery;
  // anything else is not ours to move aside.
  if ((await deps.exists(journalPathFor(file))) || (await listBackups(nodeFileSystem, file).catch(() => [])).length > 0) return;
  throw notWorkspace();
}

function openFailure(error: unknown, file: string): ApiError {
  if (error instanceof DataFileLockedError) {
    const o = error.owner;
    return o
      ? refuse('switchLocked', { path: file, pid: o.pid, since: o.since, app: o.app }, `${file} is open in another Convene (${o.app}, process ${o.pid}, since ${o.since}). Close it there first.`)
      : refuse('switchLockedUnknown', { path: file }, `${file} is locked by another Convene (${basename(file)}.lock). Close it there first.`);
  }
  if (error instanceof ApiError) {
    const wrapped = refuse('switchFailed', { path: file, detail: error.message }, `${file} could not be opened: ${error.message}`);
    return wrapped;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  return refuse('switchFailed', { path: file, detail: code ?? (error as Error)?.message ?? String(error) }, `${file} could not be opened (${code ?? (error as Error)?.message ?? String(error)}).`);
}
