import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import { assertSecureWebPreferences } from './window-security';

/** The parts of Electron the projector window needs; main.ts passes the real ones, tests pass fakes. */
export interface ProjectorDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadURL' | 'on' | 'once' | 'show' | 'focus' | 'isDestroyed' | 'setFullScreen'> & { webContents: unknown };
  displays: () => Pick<Display, 'id' | 'bounds'>[];
  primaryDisplay: () => Pick<Display, 'id' | 'bounds'>;
  /** The app's own page (convene://app/index.html or the dev server). */
  appUrl: string;
  preload: string;
  /** Registers the window's contents as a trusted IPC sender and for change events. */
  track: (window: ReturnType<ProjectorDeps['createWindow']>) => void;
  log?: (message: string) => void;
}

/** The external display when there is one (the first that is not the primary), else the primary. */
export function projectorDisplay(displays: Pick<Display, 'id' | 'bounds'>[], primary: Pick<Display, 'id' | 'bounds'>): { bounds: Rectangle; external: boolean } {
  const external = displays.find((d) => d.id !== primary.id);
  return external ? { bounds: external.bounds, external: true } : { bounds: primary.bounds, external: false };
}

/** The projector page inside the app: the renderer shows the presentation-only view for `#/present`. */
export function projectorUrl(appUrl: string, exerciseId?: string): string {
  return `${appUrl.split('#')[0]}#/present${exerciseId ? `/${encodeURIComponent(exerciseId)}` : ''}`;
}

/**
 * Opens (or brings forward) the projector window: same secure web preferences as the main
 * window, full screen on the external display when there is one, a normal window otherwise.
 */
export function createProjectorOpener(deps: ProjectorDeps) {
  let current: ReturnType<ProjectorDeps['createWindow']> | null = null;
  return function openProjector(exerciseId?: string) {
    if (current && !current.isDestroyed()) {
      current.focus();
      return current;
    }
    const { bounds, external } = projectorDisplay(deps.displays(), deps.primaryDisplay());
    const options = assertSecureWebPreferences({
      title: 'Convene — Projector',
      x: bounds.x,
      y: bounds.y,
      width: external ? bounds.width : Math.min(1280, bounds.width),
      height: external ? bounds.height : Math.min(800, bounds.height),
      show: false,
      backgroundColor: '#0f1722',
      autoHideMenuBar: true,
      webPreferences: {
        preload: deps.preload,
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
        spellcheck: false,
      },
    });
    const window = deps.createWindow(options);
    current = window;
    deps.track(window);
    window.once('ready-to-show', () => {
      if (external) window.setFullScreen(true);
      window.show();
    });
    window.on('closed', () => {
      current = null;
    });
    window.loadURL(projectorUrl(deps.appUrl, exerciseId)).catch((error: unknown) => deps.log?.(`could not load the projector: ${String(error)}`));
    return window;
  };
}
