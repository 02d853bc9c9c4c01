import { basename } from 'node:path';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/contract';
import { backupsFolder } from './store/backups';
import type { Handlers } from './handlers';
import { switchWorkspace } from './workspace-switch';

type WorkspaceMethods = 'workspace.open' | 'workspace.create' | 'workspace.status' | 'workspace.backupNow' | 'workspace.exportBackup' | 'workspace.restore' | 'workspace.openFolder';

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** The data file's status, backups on demand, restore, switching to another workspace, and the folder it lives in. */
export const workspaceHandlers: Pick<Handlers, WorkspaceMethods> = {
  'workspace.open': async (input, ctx) => await switchWorkspace(ctx, input.path, 'open'),

  'workspace.create': async (input, ctx) => await switchWorkspace(ctx, input.path, 'new'),

  'workspace.status': async (_input, { store, appVersion }) => ({ ...(await store.status()), appVersion }),

  'workspace.backupNow': async (_input, { store, now }) => {
    const file = await store.backupNow();
    const backups = (await store.status()).backups;
    const taken = backups.find((b) => b.file === file);
    return { file, bytes: taken?.bytes ?? 0, takenAt: taken?.modifiedAt ?? now().toISOString() };
  },

  'workspace.exportBackup': async (_input, { store, now }) => ({
    fileName: `${basename(store.file).replace(/\.json$/i, '')}-backup-${stamp(now())}.json`,
    content: store.exportText(),
  }),

  'workspace.restore': async (input, { store }) => {
    let text: string;
    let from: string;
    if ('backup' in input) {
      const found = await store.readBackup(input.backup);
      if (found === null) throw ApiError.localized('not_found', 'storage.backupNotFound', undefined, 'That backup is not in this workspace\'s backups folder any more. Nothing was changed.');
      text = found;
      from = input.backup;
    } else {
      text = input.content;
      from = input.fileName ?? 'the chosen file';
    }
    const { safetyBackup } = await store.restoreFrom(text);
    return { restoredFrom: from, safetyBackup };
  },

  'workspace.openFolder': async (input, { store, openPath }) => {
    const path = input.which === 'data' ? dirname(store.file) : backupsFolder(store.file);
    return { path, opened: openPath ? await openPath(path) : false };
  },
};
