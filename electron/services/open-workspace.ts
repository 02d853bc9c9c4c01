import { Store } from './store/store';
import { seedWorkspace } from './areas/seed';
import type { ServiceContext } from './handlers';
import { APP_VERSION } from './app-version';

/** Opens (or creates) a data file and gives the context every handler runs in. */
export async function openWorkspace(file: string, app: string, log: (m: string) => void): Promise<ServiceContext> {
  const store = await Store.open({ file, seed: seedWorkspace, app, log });
  return { store, now: () => new Date(), appVersion: APP_VERSION };
}
