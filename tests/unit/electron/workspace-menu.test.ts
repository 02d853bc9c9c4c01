import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { rememberedWorkspace, rememberWorkspace } from '../../../electron/main/last-workspace';
import { menuTemplate } from '../../../electron/main/menu';
import { messageIn, workspaceMenuActions, type WorkspaceDialogs } from '../../../electron/main/workspace-menu';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { makeTempDir } from '../../support/temp-dir';

// No Electron binary runs here: the File menu's workspace actions are tested with fake dialogs over
// the real services; that Electron shows the dialogs and the menu is not checked (see the smoke test).
let tmp: ReturnType<typeof makeTempDir>;
let ctx: ServiceContext;

function fakeDialogs(answer: { open?: string | null; save?: string | null }) {
  return {
    showOpenDialog: vi.fn(async () => (answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => (answer.save ? { canceled: false, filePath: answer.save } : { canceled: true })),
    showErrorBox: vi.fn(),
  } satisfies WorkspaceDialogs;
}

function actions(dialogs: WorkspaceDialogs, language: 'en' | 'es' = 'en', showHome = vi.fn()) {
  return { showHome, ...workspaceMenuActions({ dialogs, call: (m, i) => dispatch(ctx, m, i), language: () => language, showHome }) };
}

beforeEach(async () => {
  tmp = makeTempDir();
  ctx = await openWorkspace(join(tmp.dir, 'convene-data.json'), 'test', () => {});
});
afterEach(async () => {
  await ctx.store.close();
  tmp.cleanup();
});

describe('File → New Workspace… / Open Workspace…', () => {
  it('asks where in the open workspace\'s folder, then makes the same host call as Settings and shows the home view', async () => {
    const dialogs = fakeDialogs({ save: join(tmp.dir, 'second.json') });
    const a = actions(dialogs);
    await a.newWorkspace();
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: tmp.dir, title: 'Start a new Convene workspace' }));
    expect(ctx.store.file).toBe(join(tmp.dir, 'second.json'));
    expect(a.showHome).toHaveBeenCalled();
    expect(dialogs.showErrorBox).not.toHaveBeenCalled();

    const back = fakeDialogs({ open: join(tmp.dir, 'convene-data.json') });
    await actions(back).openWorkspace();
    expect(ctx.store.file).toBe(join(tmp.dir, 'convene-data.json'));
  });

  it('does nothing when the dialog is cancelled', async () => {
    const dialogs = fakeDialogs({});
    const a = actions(dialogs);
    await a.openWorkspace();
    await a.newWorkspace();
    expect(ctx.store.file).toBe(join(tmp.dir, 'convene-data.json'));
    expect(a.showHome).not.toHaveBeenCalled();
  });

  it('shows a refusal in the menu\'s language and keeps the open workspace', async () => {
    const notes = join(tmp.dir, 'notes.json');
    writeFileSync(notes, '[]');
    const dialogs = fakeDialogs({ open: notes });
    const a = actions(dialogs, 'es');
    await a.openWorkspace();
    expect(dialogs.showErrorBox).toHaveBeenCalledWith('No se cambió de espacio de trabajo', `${notes} no es un espacio de trabajo de Convene (un archivo de datos escrito por Convene). El espacio de trabajo abierto sigue abierto y no cambió nada en él.`);
    expect(a.showHome).not.toHaveBeenCalled();
    expect(ctx.store.file).toBe(join(tmp.dir, 'convene-data.json'));
  });

  it('translates by key with its values, and falls back to the English sentence for an unknown key', () => {
    expect(messageIn('es', { message: 'x', key: 'storage.switchFolderMissing', params: { folder: '/a' } })).toBe('La carpeta /a no existe. El espacio de trabajo abierto sigue abierto y no cambió nada en él.');
    expect(messageIn('es', { message: 'x', key: 'storage.switchNotWritable', params: { folder: '/proc/1' } })).toMatch(/^Convene no tiene permiso para crear archivos en \/proc\/1/);
    expect(messageIn('es', { message: 'x', key: 'storage.switchNotAFolder', params: { folder: '/a/b' } })).toMatch(/^\/a\/b no es una carpeta/);
    expect(messageIn('es', { message: 'x', key: 'storage.switchReadOnly', params: { folder: '/mnt' } })).toMatch(/solo lectura/);
    expect(messageIn('es', { message: 'English', key: 'no.such.key' })).toBe('English');
  });

  it('the File menu lists both, in the UI language', () => {
    const open = vi.fn();
    const t = menuTemplate({ appName: 'Convene', isMac: false, isDev: false, showAbout: () => {}, openWorkspace: open, newWorkspace: () => {}, language: 'es' });
    const file = t[0].submenu as MenuItemConstructorOptions[];
    expect(file.map((i) => i.label).filter(Boolean)).toEqual(expect.arrayContaining(['Nuevo espacio de trabajo…', 'Abrir espacio de trabajo…']));
    (file.find((i) => i.label === 'Abrir espacio de trabajo…')!.click as () => void)();
    expect(open).toHaveBeenCalled();
  });
});

describe('the workspace the desktop app opens at start', () => {
  it('is the one open last, while that file exists; otherwise the default', () => {
    const userData = join(tmp.dir, 'user-data');
    mkdirSync(userData);
    expect(rememberedWorkspace(userData)).toBeNull();
    const other = join(tmp.dir, 'other.json');
    rememberWorkspace(userData, other);
    expect(rememberedWorkspace(userData)).toBeNull(); // not there (yet)
    writeFileSync(other, '{}');
    expect(rememberedWorkspace(userData)).toBe(other);
    writeFileSync(join(userData, 'last-workspace.json'), 'garbage');
    expect(rememberedWorkspace(userData)).toBeNull();
  });
});
