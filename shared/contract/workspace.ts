import { z } from 'zod';

/** A backup beside the data file: when it was taken and its size. `seq` is the last change it holds. */
export const Backup = z.object({ file: z.string(), modifiedAt: z.string(), bytes: z.number(), seq: z.number().nullable().optional() });

/**
 * What happened when the data file was opened: shown in Settings and in the host's log.
 * `kind` says which file was in trouble: the data file (`reason`, moved aside, restored from a
 * backup plus the journal segments after it) or only the change journal (the data file was kept).
 * `summary` is the whole story in one English sentence, for logs; the UI builds its own words from
 * the other fields.
 */
export const Recovery = z.object({
  reason: z.string(),
  movedAsideTo: z.string(),
  restoredFrom: z.string().nullable(),
  at: z.string(),
  kind: z.enum(['dataFile', 'journal']).optional(),
  summary: z.string().optional(),
  /** When the backup that was restored was taken. */
  backupTakenAt: z.string().nullable().optional(),
  /** Changes replayed from the journal over the backup. */
  changesReplayed: z.number().optional(),
  /** Time of the last saved change that was restored. */
  restoredTo: z.string().nullable().optional(),
  /** Acknowledged changes that could not be recovered, and why. */
  changesLost: z.number().optional(),
  lostBecause: z.string().nullable().optional(),
  /** Damaged or unusable journal parts, kept aside in these files (never deleted). */
  setAside: z.array(z.string()).optional(),
});
export type Recovery = z.infer<typeof Recovery>;

/** Something the store did on its own while running (a journal recreated after it was deleted). */
export const StoreNotice = z.object({ at: z.string(), message: z.string() });
export type StoreNotice = z.infer<typeof StoreNotice>;

export const WorkspaceStatus = z.object({
  dataFile: z.string(),
  /** The change journal beside it: the workspace is the data file plus this file. */
  journalFile: z.string().optional(),
  journalBytes: z.number().optional(),
  backupsFolder: z.string(),
  backups: z.array(Backup),
  schemaVersion: z.number(),
  bytes: z.number(),
  recovery: Recovery.nullable(),
  notices: z.array(StoreNotice).optional(),
  /**
   * Convene was not closed properly last time (a crash, a power cut, a killed process): this many
   * saved changes were found only in the journal and applied when the file was opened. Null after
   * a clean close.
   */
  uncleanStop: z.object({ changesRecovered: z.number(), at: z.string() }).nullable().optional(),
  appVersion: z.string(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;
