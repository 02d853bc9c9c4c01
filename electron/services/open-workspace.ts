import { ApiError } from '../../shared/contract';
import { Store } from './store/store';
import { seedWorkspace } from './areas/seed';
import type { ServiceContext } from './handlers';
import { APP_VERSION } from './app-version';
import { defaultFontsDir } from './fonts-dir';
import { countVersions } from './versioning';

export interface WorkspaceExtras {
  fontsDir?: string;
  deliverReport?: ServiceContext['deliverReport'];
  openPath?: ServiceContext['openPath'];
}

/** Opens (or creates) a data file and gives the context every handler runs in. */
export async function openWorkspace(file: string, app: string, log: (m: string) => void, extras: WorkspaceExtras = {}): Promise<ServiceContext> {
  const openStore = async (path: string) => countVersions(await Store.open({ file: path, seed: seedWorkspace, app, log }));
  const store = await openStore(file);
  return {
    store,
    openStore,
    onWorkspaceSwitched: (path) => log(`Switched to the workspace ${path}.`),
    now: () => new Date(),
    appVersion: APP_VERSION,
    fontsDir: extras.fontsDir ?? defaultFontsDir(),
    openPath: extras.openPath,
    deliverReport:
      extras.deliverReport ??
      (async () => {
        throw new ApiError('invalid_input', 'Reports are answered as PDF by POST /api/reports.export here.');
      }),
  };
}
