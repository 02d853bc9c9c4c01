import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron's `app.getPath('userData')` gives for Convene, so the browser host and the desktop app share one default file. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Convene');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Convene');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Convene');
}

export const DATA_FILE_NAME = 'convene-data.json';
