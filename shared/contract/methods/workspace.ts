import { z } from 'zod';
import { ReportExportInput, ReportExportResult } from '../reports';
import { Recovery, WorkspaceStatus } from '../workspace';
import { method } from './define';
import { UndoInput, UndoResult } from '../undo';

/** A data file's full path, as the user typed or picked it. */
const WorkspacePathInput = z.object({ path: z.string().trim().min(1).max(4096) }).strict();
const WorkspaceSwitched = z.object({ dataFile: z.string(), previous: z.string(), created: z.boolean(), recovery: Recovery.nullable() });

const BackupTaken = z.object({ file: z.string(), bytes: z.number(), takenAt: z.string() });

export const workspaceMethods = {
  'reports.export': method(ReportExportInput, ReportExportResult, 'Builds a PDF report: the browser host answers the PDF itself, the desktop app saves it where the user chooses.'),
  'workspace.undo': method(UndoInput, UndoResult, 'Undoes a delete or merge made moments ago, by the undoToken its answer carried: exactly what it removed or changed comes back.'),
  'workspace.setLanguage': method(z.object({ language: z.enum(['en', 'es']) }), z.object({ language: z.enum(['en', 'es']) }), 'Tells the desktop app the language chosen in the UI, so its menu follows it (the browser host has no menu).'),
  'workspace.status': method(z.object({}).strict(), WorkspaceStatus, 'The data file and its journal, its backups and any recovery made when it was opened.'),
  'workspace.backupNow': method(z.object({}).strict(), BackupTaken, 'Folds the journal into the data file and keeps a copy in the backups folder now.'),
  'workspace.exportBackup': method(
    z.object({}).strict(),
    z.object({ fileName: z.string(), content: z.string() }),
    'The whole workspace as one self-contained, consistent file (every saved change, nothing left in a journal), to save wherever the user chooses.',
  ),
  'workspace.restore': method(
    z.union([
      z.object({ backup: z.string().min(1).max(4096) }).strict(),
      z.object({ content: z.string().min(1), fileName: z.string().max(255).optional() }).strict(),
    ]),
    z.object({ restoredFrom: z.string(), safetyBackup: z.string() }),
    'Replaces the workspace with a backup: one from the backups folder (by its path) or the content of a backup file. The current state is backed up first.',
  ),
  'workspace.open': method(
    WorkspacePathInput,
    WorkspaceSwitched,
    'Opens another workspace (an existing Convene data file, by its full path): the open one is folded into its data file and closed, its lock released; the other opens with its own lock and recovery. A path that is not a Convene workspace, cannot be written, or is open in another Convene is refused and the open workspace stays as it was.',
  ),
  'workspace.create': method(
    WorkspacePathInput,
    WorkspaceSwitched,
    'Starts a new workspace at a full path that holds no file yet (".json" added when the name has no extension), closing the open one first as workspace.open does.',
  ),
  'workspace.openFolder': method(
    z.object({ which: z.enum(['data', 'backups']) }).strict(),
    z.object({ path: z.string(), opened: z.boolean() }),
    'Opens the folder holding the data file or its backups in the file manager (desktop app); the browser host answers the path to show.',
  ),
};
