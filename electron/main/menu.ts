import type { MenuItemConstructorOptions } from 'electron';

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
}

/**
 * The application menu: standard roles (their accelerators come with them), so copy, paste and
 * zoom work the way people expect on each platform. No item loads remote content.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, showAbout } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => showAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        ...(options.showDataSettings
          ? ([
              { label: 'Back Up Now…', click: () => options.showDataSettings?.() },
              { label: 'Restore from a Backup…', click: () => options.showDataSettings?.() },
              { type: 'separator' },
            ] as MenuItemConstructorOptions[])
          : []),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.openProjector ? ([{ type: 'separator' }, { label: 'Projector Window', accelerator: 'CmdOrCtrl+Shift+P', click: () => options.openProjector?.() }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: '&Window', role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: '&Help', role: 'help', submenu: [about] },
  );
  return template;
}

export function aboutText(appName: string, version: string): { title: string; message: string; detail: string } {
  return {
    title: `About ${appName}`,
    message: `${appName} ${version}`,
    detail: 'Tabletop exercises, town-hall questions, community resources and service gaps. Your data stays on this computer.',
  };
}
