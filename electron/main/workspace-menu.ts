import { dirname } from 'node:path';
import type { CallResult } from '../../shared/contract';
import en from '../../renderer/app/i18n/en.json';
import es from '../../renderer/app/i18n/es.json';
import { MENU_LABELS, type MenuLanguage } from './menu-labels';

/** The parts of Electron's dialog module these actions use (fakes in tests). */
export interface WorkspaceDialogs {
  showOpenDialog(options: { title: string; defaultPath: string; properties: string[]; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; properties: string[]; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showErrorBox(title: string, content: string): void;
}

export interface WorkspaceMenuOptions {
  dialogs: WorkspaceDialogs;
  /** The same contract call Settings makes (dispatch over the open workspace). */
  call: (method: 'workspace.open' | 'workspace.create' | 'workspace.status', input: unknown) => Promise<CallResult>;
  language: () => MenuLanguage;
  /** After a switch: show the app's home in the main window so no view points at a record of the old workspace. */
  showHome: () => void;
}

const CATALOGS = { en, es } as const;

/** A service message in the menu's language by its key (the renderer's own catalog), else its English sentence. */
export function messageIn(language: MenuLanguage, error: { message: string; key?: string; params?: Record<string, unknown> }): string {
  if (!error.key) return error.message;
  let node: unknown = (CATALOGS[language] as { serverMessages: unknown }).serverMessages;
  for (const part of error.key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') return error.message;
  return node.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (error.params && name in error.params ? String(error.params[name]) : m));
}

/**
 * File → "Open Workspace…" and "New Workspace…" in the desktop app: the system's open or save
 * dialog (starting in the open workspace's folder), then `workspace.open` / `workspace.create`,
 * exactly what Settings calls. A refusal is shown in the menu's language; the open workspace stays
 * as it was. Cancelling the dialog does nothing.
 */
export function workspaceMenuActions(options: WorkspaceMenuOptions): { openWorkspace: () => Promise<void>; newWorkspace: () => Promise<void> } {
  const { dialogs, call } = options;
  const folder = async () => {
    const r = await call('workspace.status', {});
    return r.ok ? dirname((r.data as { dataFile: string }).dataFile) : '';
  };
  const run = async (method: 'workspace.open' | 'workspace.create', path: string) => {
    const r = await call(method, { path });
    if (r.ok) options.showHome();
    else dialogs.showErrorBox(MENU_LABELS[options.language()].switchFailedTitle, messageIn(options.language(), r.error));
  };
  return {
    async openWorkspace() {
      const l = MENU_LABELS[options.language()];
      const picked = await dialogs.showOpenDialog({ title: l.openWorkspaceTitle, defaultPath: await folder(), properties: ['openFile'], filters: [{ name: l.workspaceFilter, extensions: ['json'] }] });
      if (picked.canceled || picked.filePaths.length === 0) return;
      await run('workspace.open', picked.filePaths[0]);
    },
    async newWorkspace() {
      const l = MENU_LABELS[options.language()];
      const picked = await dialogs.showSaveDialog({ title: l.newWorkspaceTitle, defaultPath: await folder(), properties: ['createDirectory', 'showOverwriteConfirmation'], filters: [{ name: l.workspaceFilter, extensions: ['json'] }] });
      if (picked.canceled || !picked.filePath) return;
      await run('workspace.create', picked.filePath);
    },
  };
}
