import { z } from 'zod';
import { ReportExportInput, ReportExportResult } from '../reports';
import { WorkspaceStatus } from '../workspace';
import { method } from './define';
import { UndoInput, UndoResult } from '../undo';

export const workspaceMethods = {
  'reports.export': method(ReportExportInput, ReportExportResult, 'Builds a PDF report: the browser host answers the PDF itself, the desktop app saves it where the user chooses.'),
  'workspace.undo': method(UndoInput, UndoResult, 'Undoes a delete or merge made moments ago, by the undoToken its answer carried: exactly what it removed or changed comes back.'),
  'workspace.status': method(z.object({}).strict(), WorkspaceStatus, 'The data file, its backups and any recovery made when it was opened.'),
};
