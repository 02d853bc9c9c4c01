import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS, type MenuLanguage } from './menu-labels';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Development build: adds Reload and Toggle Developer Tools. */
  isDev: boolean;
  /** Shows "About Convene" with the version. */
  showAbout: () => void;
  /** Opens the tabletop-exercise projector window (on the external display when there is one). */
  openProjector?: () => void;
  /** Shows Settings' Data section, where backing up and restoring happen (a save dialog or file picker follows there). */
  showDataSettings?: () => void;
  /** "Open Workspace…" and "New Workspace…": a system dialog, then the same host call Settings makes (see workspace-menu.ts). */
  openWorkspace?: () => void;
  newWorkspace?: () => void;
  /** Opens the in-app Help page (the user guide). */
  showHelp?: () => void;
  /** The UI language the person chose in the app; English when not known yet. */
  language?: MenuLanguage;
}

/**
 * The application menu: standard roles (their accelerators come with them), so copy, paste and
 * zoom work the way people expect on each platform. No item loads remote content.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, showAbout } = options;
  const l = MENU_LABELS[options.language ?? 'en'];
  const about: MenuItemConstructorOptions = { label: l.about(appName), click: () => showAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: l.file,
      submenu: [
        ...(options.openWorkspace && options.newWorkspace
          ? ([
              { label: l.newWorkspace, accelerator: 'CmdOrCtrl+Shift+N', click: () => options.newWorkspace?.() },
              { label: l.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => options.openWorkspace?.() },
              { type: 'separator' },
            ] as MenuItemConstructorOptions[])
          : []),
        ...(options.showDataSettings
          ? ([
              { label: l.backUp, click: () => options.showDataSettings?.() },
              { label: l.restore, click: () => options.showDataSettings?.() },
              { type: 'separator' },
            ] as MenuItemConstructorOptions[])
          : []),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    {
      label: l.view,
      submenu: [
        ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.openProjector ? ([{ type: 'separator' }, { label: l.projector, accelerator: 'CmdOrCtrl+Shift+P', click: () => options.openProjector?.() }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: l.window, role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: l.help, role: 'help', submenu: [...(options.showHelp ? ([{ label: l.userGuide, click: () => options.showHelp?.() }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []), about] },
  );
  return template;
}

export function aboutText(appName: string, version: string, language: MenuLanguage = 'en'): { title: string; message: string; detail: string } {
  const l = MENU_LABELS[language];
  return {
    title: l.about(appName),
    message: `${appName} ${version}`,
    detail: l.aboutDetail,
  };
}
