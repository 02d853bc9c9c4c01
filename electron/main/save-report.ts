import type { BrowserWindow, Dialog } from 'electron';
import { join } from 'node:path';
import type { BuiltReport } from '../services/reports/registry';
import { writeFileDurably } from '../services/store/durable-write';
import { nodeFileSystem } from '../services/store/file-system';

/**
 * Where an exported report goes in the desktop app: the user picks the place in a save dialog
 * (Documents by default); cancelling saves nothing. The file is written atomically.
 */
export function createReportSaver(dialog: Pick<Dialog, 'showSaveDialog'>, getWindow: () => BrowserWindow | null, documentsFolder: () => string) {
  return async (report: BuiltReport): Promise<{ saved: boolean; path: string | null }> => {
    const options = {
      defaultPath: join(documentsFolder(), report.fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const window = getWindow();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    const path = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
    await writeFileDurably(nodeFileSystem, path, report.pdf);
    return { saved: true, path };
  };
}
