import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/contract';
import type { Recovery } from '../../../shared/contract';
import { Workspace as WorkspaceSchema, type Workspace } from '../../../shared/model';
import { listBackups, listSegments, takeBackup, type BackupInfo } from './backups';
import { writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
import { encodeRecord, scanJournal, type JournalRecord } from './journal-format';
import { journalPathFor, PRIVATE_MODE, readJournal } from './journal-file';
import { checkOps } from './journal-validate';
import { loadWorkspace } from './load';
import { Replayer } from './journal-replay';

export interface OpenContext {
  fs: FileSystem;
  file: string;
  seed: (now: Date) => Workspace;
  now: () => Date;
  log: (message: string) => void;
  keepBackups: number;
}

/** The workspace a store starts with, and what had to be repaired to get it. */
export interface OpenedState {
  workspace: Workspace;
  /** The sequence number of the last change it holds. */
  seq: number;
  recovery: Recovery | null;
  /**
   * The journal's good records (re-framed), to keep as a segment once the data file holds them;
   * null when the journal was empty and nothing needs folding.
   */
  fold: { records: Buffer[]; first: number; last: number } | null;
  /** A data file was just created: its first backup (sequence 0) is due. */
  created: boolean;
  /** The work replay did, in record slots visited (see Replayer.visited): records + changes, never records x changes. */
  replayWork: number;
}

/** Serializes a workspace with the sequence number of the last change folded into it. */
export const serializeWorkspace = (ws: Workspace, seq: number) => JSON.stringify({ ...ws, journalSeq: seq });

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
/** A clock time as a person reads it in a log line: 14:32:05. */
export const clockTime = (ms: number) => new Date(ms).toTimeString().slice(0, 8);

function ageInWords(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return 'less than a minute';
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

async function readText(fs: FileSystem, file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes bytes that could not be trusted to a new private file beside the journal; returns its path. */
async function keepAside(fs: FileSystem, journal: string, label: number, bytes: Buffer): Promise<string> {
  for (let n = 0; ; n++) {
    const path = `${journal}.damaged-${label}${n === 0 ? '' : `-${n}`}`;
    try {
      const handle = await fs.open(path, 'wx', PRIVATE_MODE);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

interface Replay {
  doc: Record<string, unknown>;
  seq: number;
  applied: number;
  /** Acknowledged changes that are not there or could not be applied. */
  lost: number;
  lostBecause: string[];
  lastAt: number | null;
  setAside: string[];
  good: Buffer[];
  first: number | null;
  visited: number;
}

/**
 * Replays journal records with a sequence after `baseSeq` over `base`, in sequence order. A record
 * that does not fit the data format is kept aside and skipped; the ones after it still apply.
 * Gaps in the sequence are counted as lost changes.
 */
async function replay(ctx: OpenContext, base: Workspace, baseSeq: number, sources: { records: JournalRecord[]; bytes: Buffer }[], keepAsideIn: string): Promise<Replay> {
  const out: Replay = { doc: base as unknown as Record<string, unknown>, seq: baseSeq, applied: 0, lost: 0, lostBecause: [], lastAt: null, setAside: [], good: [], first: null, visited: 0 };
  const framed = new Map<number, { r: JournalRecord; bytes: Buffer }>();
  const legacy: { r: JournalRecord; bytes: Buffer }[] = [];
  for (const s of sources)
    for (const r of s.records) {
      if (r.seq === null) legacy.push({ r, bytes: s.bytes });
      else if (!framed.has(r.seq)) framed.set(r.seq, { r, bytes: s.bytes });
    }
  const ordered = [...framed.values()].sort((a, b) => a.r.seq! - b.r.seq!);
  const replayer = new Replayer(out.doc);
  let expected = baseSeq + 1;
  let invalid = 0;
  const apply = async ({ r, bytes }: { r: JournalRecord; bytes: Buffer }, seq: number) => {
    const raw = bytes.subarray(r.start, r.end);
    const problem = checkOps(r.ops);
    if (problem) {
      invalid++;
      const path = await keepAside(ctx.fs, keepAsideIn, seq, raw);
      out.setAside.push(path);
      ctx.log(`Change ${seq} in the journal does not fit Convene's data format (${problem}); it was set aside in ${path} and the changes after it were applied.`);
      return;
    }
    replayer.apply(r.ops);
    out.applied++;
    if (r.at !== null) out.lastAt = r.at;
    out.good.push(r.seq === null ? encodeRecord(seq, r.at ?? ctx.now().getTime(), r.ops) : raw);
    out.first ??= seq;
  };
  for (const item of ordered) {
    const seq = item.r.seq!;
    if (seq <= baseSeq) continue;
    if (seq > expected) {
      out.lost += seq - expected;
      out.lostBecause.push(`change${seq - expected === 1 ? '' : 's'} ${expected}${seq - expected === 1 ? '' : `-${seq - 1}`} could not be found in the journal`);
    }
    await apply(item, seq);
    out.seq = seq;
    expected = seq + 1;
  }
  // Lines from before the journal was framed carry no number: they come after the file they belong to.
  for (const item of legacy) {
    out.seq++;
    await apply(item, out.seq);
  }
  if (invalid > 0) {
    out.lost += invalid;
    out.lostBecause.push(`${invalid} change${invalid === 1 ? '' : 's'} did not fit the data format and ${invalid === 1 ? 'was' : 'were'} set aside`);
  }
  out.doc = replayer.result();
  out.visited = replayer.visited;
  return out;
}

/**
 * Reads a data file and its journal into the workspace to start with, repairing what it must and
 * never overwriting or deleting anything that might hold data:
 *
 * - The journal is scanned record by record; a torn or damaged part is copied to
 *   `<journal>.damaged-<seq>` before anything else happens, and a record that does not fit the data
 *   format is set aside the same way while later records still apply.
 * - A data file that does not read is moved aside (`<name>.corrupt-<time>.json`); the newest good
 *   backup (by sequence) is loaded and every journal record after it (kept segments, then the
 *   journal) is replayed over it: point-in-time recovery to the last saved change.
 * - A data file from a newer Convene is refused untouched.
 */
export async function openState(ctx: OpenContext): Promise<OpenedState> {
  const { fs, file, now, log } = ctx;
  const journalPath = journalPathFor(file);
  const text = await readText(fs, file);
  const backups = await listBackups(fs, file);
  const journal = await readJournal(fs, journalPath);

  let base: Workspace;
  let baseSeq: number;
  let recovery: Recovery | null = null;
  let created = false;
  let restored: { backup: BackupInfo | null; reason: string; movedAsideTo: string } | null = null;

  const outcome = text === null ? null : loadWorkspace(text);
  if (outcome?.ok) {
    base = outcome.workspace;
    baseSeq = outcome.journalSeq;
    if (outcome.migratedFrom !== outcome.workspace.schemaVersion) {
      await takeBackup(fs, file, baseSeq, ctx.keepBackups);
      await writeFileDurably(fs, file, serializeWorkspace(base, baseSeq));
      log(`Upgraded ${file} from data format ${outcome.migratedFrom} to ${outcome.workspace.schemaVersion}.`);
    }
  } else if (outcome?.ok === false && outcome.kind === 'newer') {
    throw new ApiError('storage', outcome.reason);
  } else if (text === null && backups.length === 0) {
    base = ctx.seed(now());
    baseSeq = 0;
    await writeFileDurably(fs, file, serializeWorkspace(base, 0));
    created = !journal.exists;
  } else {
    let reason: string;
    let movedAsideTo = '';
    if (text === null) reason = 'The data file was missing.';
    else {
      reason = (outcome as { reason: string }).reason;
      movedAsideTo = join(dirname(file), `${basename(file).replace(/\.json$/i, '')}.corrupt-${stamp(now())}.json`);
      await fs.rename(file, movedAsideTo);
      await fs.chmod(movedAsideTo, PRIVATE_MODE).catch(() => {});
    }
    let found: { b: BackupInfo; ws: Workspace; seq: number } | null = null;
    for (const b of backups) {
      const candidate = await readText(fs, b.file).catch(() => null);
      const loaded = candidate === null ? null : loadWorkspace(candidate);
      if (loaded?.ok) {
        found = { b, ws: loaded.workspace, seq: b.seq ?? loaded.journalSeq };
        break;
      }
    }
    if (found) {
      base = found.ws;
      baseSeq = found.seq;
    } else {
      base = ctx.seed(now());
      baseSeq = 0;
    }
    restored = { backup: found?.b ?? null, reason, movedAsideTo };
  }

  // The journal: set damaged bytes aside before anything can be appended after them.
  const setAside: string[] = [];
  for (const d of journal.damaged) {
    const path = await keepAside(fs, journalPath, baseSeq, journal.bytes.subarray(d.start, d.end));
    setAside.push(path);
    log(
      d.where === 'tail'
        ? `The end of the change journal was cut short or damaged (${d.end - d.start} bytes, a write a crash or power cut interrupted); it was set aside in ${path}. Every saved change before it was kept.`
        : `Part of the change journal was damaged (${d.end - d.start} bytes); it was set aside in ${path} and the changes after it were applied.`,
    );
  }

  const sources: { records: JournalRecord[]; bytes: Buffer }[] = [];
  if (restored?.backup) {
    // Point-in-time recovery: the segments kept since the backup, then the journal.
    for (const s of await listSegments(fs, file)) {
      if (s.last <= baseSeq) continue;
      const bytes = await fs.readFile(s.file).catch(() => null);
      if (bytes) sources.push({ bytes, records: scanJournal(bytes).records });
    }
  }
  if (restored && !restored.backup && journal.records.length > 0) {
    // With no backup to replay them over, the journal's changes are kept aside whole.
    const path = await keepAside(fs, journalPath, baseSeq, journal.bytes);
    setAside.push(path);
    log(`The change journal could not be applied without a good backup; it was set aside in ${path}.`);
  }
  sources.push({ bytes: journal.bytes, records: restored && !restored.backup ? [] : journal.records });
  const r = await replay(ctx, base, baseSeq, sources, journalPath);
  setAside.push(...r.setAside);

  let workspace: Workspace;
  const parsed = r.applied > 0 ? WorkspaceSchema.safeParse(r.doc) : null;
  if (parsed === null) workspace = base;
  else if (parsed.success) workspace = parsed.data;
  else {
    // Each record fit on its own, but together they do not: keep the data file as it was.
    workspace = base;
    const path = await keepAside(fs, journalPath, baseSeq, journal.bytes);
    setAside.push(path);
    log(`The change journal did not fit the data file; the data file was kept as it was and the journal set aside in ${path}.`);
    r.lost += r.applied;
    r.lostBecause.push('the journal did not fit the data file');
    r.applied = 0;
    r.good = [];
  }
  // Records in the journal the data file already held (a crash during a fold) belong in the segment too.
  const already = journal.records.filter((x) => x.seq !== null && x.seq <= baseSeq);
  const good = [...already.map((x) => journal.bytes.subarray(x.start, x.end)), ...r.good];
  const first = already.length > 0 ? already[0].seq! : (r.first ?? r.seq);
  const fold = good.length > 0 || journal.bytes.length > 0 ? { records: good, first, last: r.seq } : null;

  if (restored) {
    const b = restored.backup;
    const when = r.lastAt ?? (b ? Date.parse(b.modifiedAt) : null);
    const lostText = r.lost === 0 ? '0 changes lost' : `${r.lost} change${r.lost === 1 ? '' : 's'} could not be recovered (${r.lostBecause.join('; ')})`;
    const summary = b
      ? `${restored.reason} ${restored.movedAsideTo ? `It was moved aside to ${restored.movedAsideTo}. ` : ''}Restored the backup ${b.file}, taken at ${b.modifiedAt} (${ageInWords(now().getTime() - Date.parse(b.modifiedAt))} before this start), and replayed ${r.applied} later change${r.applied === 1 ? '' : 's'} from the journal: restored to the last saved change${when !== null ? ` at ${clockTime(when)}` : ''}; ${lostText}.`
      : `${restored.reason} ${restored.movedAsideTo ? `It was moved aside to ${restored.movedAsideTo}. ` : ''}No good backup was found: started a new workspace.`;
    log(summary);
    recovery = {
      kind: 'dataFile',
      reason: restored.reason,
      movedAsideTo: restored.movedAsideTo,
      restoredFrom: b?.file ?? null,
      at: now().toISOString(),
      summary,
      backupTakenAt: b?.modifiedAt ?? null,
      changesReplayed: r.applied,
      restoredTo: when !== null ? new Date(when).toISOString() : null,
      changesLost: r.lost,
      lostBecause: r.lostBecause.length > 0 ? r.lostBecause.join('; ') : null,
      setAside,
    };
  } else if (setAside.length > 0) {
    const damagedTail = journal.damaged.some((d) => d.where === 'tail');
    const reason =
      r.lost > 0
        ? `The change journal held ${r.lost} change${r.lost === 1 ? '' : 's'} that could not be applied (${r.lostBecause.join('; ')}).`
        : damagedTail && journal.damaged.length === 1
          ? 'The end of the change journal was cut short by a crash or power cut (a save that was never confirmed).'
          : 'Part of the change journal was damaged.';
    const summary = `${reason} The data file was kept and ${r.applied} saved change${r.applied === 1 ? ' was' : 's were'} applied from the journal${r.lastAt !== null ? `, up to the change saved at ${clockTime(r.lastAt)}` : ''}; the unreadable part was set aside in ${setAside.join(', ')}.`;
    recovery = {
      kind: 'journal',
      reason,
      movedAsideTo: '',
      restoredFrom: null,
      at: now().toISOString(),
      summary,
      backupTakenAt: null,
      changesReplayed: r.applied,
      restoredTo: r.lastAt !== null ? new Date(r.lastAt).toISOString() : null,
      changesLost: r.lost,
      lostBecause: r.lostBecause.length > 0 ? r.lostBecause.join('; ') : null,
      setAside,
    };
  }
  return { workspace, seq: r.seq, recovery, fold, created, replayWork: r.visited };
}
