import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import { attachRoomHub, resumeOpenRooms } from './host/room-hub';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './main/app-protocol';
import { appLocation } from './main/app-url';
import { broadcastChanges, registerCallChannel, TrustedSenders } from './main/ipc';
import { aboutText, menuTemplate } from './main/menu';
import { createProjectorOpener } from './main/projector-window';
import { desktopRoomOptions } from './main/room-options';
import { claimSingleInstance } from './main/single-instance';
import { closeBeforeQuit, startupErrorMessage, userDataOverride } from './main/startup';
import { assertSecureWebPreferences, hardenSession, hardenWebContents, mainWindowOptions } from './main/window-security';
import { dispatch } from './services/api';
import type { ServiceContext } from './services/handlers';
import { createReportSaver } from './main/save-report';
import { openWorkspace } from './services/open-workspace';
import { DATA_FILE_NAME } from './services/user-data-folder';
import { rememberedWorkspace, rememberWorkspace } from './main/last-workspace';
import { workspaceMenuActions } from './main/workspace-menu';

/**
 * The desktop app's main process. Thin on purpose: every decision lives in electron/main/*.ts
 * (unit-tested with fakes); this file only wires Electron's objects into them.
 */
const log = (message: string) => console.log(`Convene: ${message}`);

const userData = userDataOverride(process.argv, process.env);
if (userData) app.setPath('userData', resolve(userData));

app.enableSandbox();
// The renderer is served from convene://app/ (see main/app-protocol.ts); must be declared before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const rendererFolder = join(import.meta.dirname, '../renderer');
const location = appLocation({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged });
const preloadPath = join(import.meta.dirname, '../preload/preload.cjs');
const windows = new Set<BrowserWindow>();
const trusted = new TrustedSenders();
let mainWindow: BrowserWindow | null = null;

// Every WebContents, including any a page might manage to create, is hardened the moment it exists.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, {
    isAppUrl: location.isAppUrl,
    openExternal: (url) => shell.openExternal(url),
    log,
  });
});

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(
    assertSecureWebPreferences({
      ...mainWindowOptions(),
      webPreferences: {
        preload: preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: true,
      },
    }),
  );
  trusted.add(window.webContents);
  windows.add(window);
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    windows.delete(window);
    if (mainWindow === window) mainWindow = [...windows][0] ?? null;
  });
  window.loadURL(location.url).catch((error: unknown) => log(`could not load the window: ${String(error)}`));
  return window;
}

async function start(): Promise<void> {
  // Before 'ready', Linux prints an error box to stderr instead of showing it: wait first.
  await app.whenReady();
  const dataFile = rememberedWorkspace(app.getPath('userData')) ?? join(app.getPath('userData'), DATA_FILE_NAME);
  let ctx: ServiceContext;
  try {
    ctx = await openWorkspace(dataFile, 'Convene desktop app', log, {
      // Packaged: fonts ship outside the asar as an extra resource. From the repo: the default.
      fontsDir: app.isPackaged && process.resourcesPath ? join(process.resourcesPath, 'fonts') : undefined,
      deliverReport: createReportSaver(dialog, () => mainWindow, () => app.getPath('documents')),
      openPath: async (path) => (await shell.openPath(path)) === '',
    });
  } catch (error) {
    log(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
    dialog.showErrorBox('Convene cannot start', startupErrorMessage(dataFile, error));
    app.exit(1);
    return;
  }
  log(`data file ${dataFile}`);
  const recovery = ctx.store.recovery;
  if (recovery) {
    log(`${recovery.kind === 'journal' ? 'REPAIRED CHANGE JOURNAL.' : 'RECOVERED DATA FILE.'} ${recovery.summary ?? recovery.reason}`);
  }
  // "Open to the room" from this window (IPC) serves the room with the browser host's own code.
  const roomOptions = desktopRoomOptions(process.argv);
  for (const problem of roomOptions.problems) log(problem);
  const hub = attachRoomHub({
    ctx,
    staticDir: rendererFolder,
    port: () => roomOptions.port,
    roomAddresses: roomOptions.addresses.length > 0 ? () => roomOptions.addresses : undefined,
    log: (message) => console.log(message),
  });
  resumeOpenRooms(ctx, hub);
  closeBeforeQuit(app, async () => {
    await hub.close();
    await ctx.store.close();
  }, log);

  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY);
  protocol.handle(APP_SCHEME, appProtocolHandler({ root: rendererFolder, contentSecurityPolicy: CONTENT_SECURITY_POLICY }));

  ctx.onWorkspaceSwitched = (file) => {
    log(`switched to the workspace ${file}`);
    rememberWorkspace(app.getPath('userData'), file, log);
  };
  const version = app.getVersion();
  let menuLanguage: 'en' | 'es' = 'en';
  const showAbout = () => {
    const text = aboutText('Convene', version, menuLanguage);
    const options = { type: 'info' as const, buttons: ['OK'], ...text };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const openProjector = createProjectorOpener({
    createWindow: (options) => new BrowserWindow(options),
    displays: () => screen.getAllDisplays(),
    primaryDisplay: () => screen.getPrimaryDisplay(),
    appUrl: location.url,
    preload: preloadPath,
    track: (w) => {
      const win = w as BrowserWindow;
      trusted.add(win.webContents);
      windows.add(win);
      win.on('closed', () => windows.delete(win));
    },
    log,
  });
  const workspaceMenu = workspaceMenuActions({
    dialogs: {
      showOpenDialog: (o) => (mainWindow ? dialog.showOpenDialog(mainWindow, o as Electron.OpenDialogOptions) : dialog.showOpenDialog(o as Electron.OpenDialogOptions)),
      showSaveDialog: (o) => (mainWindow ? dialog.showSaveDialog(mainWindow, o as Electron.SaveDialogOptions) : dialog.showSaveDialog(o as Electron.SaveDialogOptions)),
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    },
    call: (method, input) => dispatch(ctx, method, input),
    language: () => menuLanguage,
    showHome: () => void mainWindow?.loadURL(location.url.split('#')[0]),
  });
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          appName: 'Convene',
          isMac: process.platform === 'darwin',
          isDev: !app.isPackaged,
          language: menuLanguage,
          showAbout,
          openProjector: () => openProjector(),
          openWorkspace: () => void workspaceMenu.openWorkspace(),
          newWorkspace: () => void workspaceMenu.newWorkspace(),
          showDataSettings: () => void mainWindow?.loadURL(`${location.url.split('#')[0]}#/settings`),
          showHelp: () => void mainWindow?.loadURL(`${location.url.split('#')[0]}#/help`),
        }),
      ),
    );
  setMenu();
  // The menu follows the language chosen in the app (workspace.setLanguage).
  ctx.onUiLanguage = (language) => {
    if (language === menuLanguage) return;
    menuLanguage = language;
    setMenu();
  };

  registerCallChannel(ipcMain, { trusted, isAppUrl: location.isAppUrl, dispatch: (method, input) => dispatch(ctx, method, input), log });
  broadcastChanges(ctx.store, () => [...windows]);

  createWindow();
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
}

// Quit on every platform but macOS when the last window closes; 'before-quit' closes the store first.
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

if (claimSingleInstance(app, () => mainWindow)) {
  start().catch((error: unknown) => {
    log(`cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('Convene cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
