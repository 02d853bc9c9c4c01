import { z } from 'zod';

export const Backup = z.object({ file: z.string(), modifiedAt: z.string(), bytes: z.number() });

/** What happened when the data file was opened: shown once in Settings and in the host's log. */
export const Recovery = z.object({
  reason: z.string(),
  movedAsideTo: z.string(),
  restoredFrom: z.string().nullable(),
  at: z.string(),
});
export type Recovery = z.infer<typeof Recovery>;

export const WorkspaceStatus = z.object({
  dataFile: z.string(),
  backupsFolder: z.string(),
  backups: z.array(Backup),
  schemaVersion: z.number(),
  bytes: z.number(),
  recovery: Recovery.nullable(),
  appVersion: z.string(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;
