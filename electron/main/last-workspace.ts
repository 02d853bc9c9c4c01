import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const NAME = 'last-workspace.json';

/**
 * The desktop app opens the workspace it had open last (after "Open Workspace…" or "New
 * Workspace…"), remembered in `<userData>/last-workspace.json`. Null when none was remembered, the
 * note is unreadable, or that data file is gone (then the default data file opens).
 */
export function rememberedWorkspace(userData: string): string | null {
  try {
    const { dataFile } = JSON.parse(readFileSync(join(userData, NAME), 'utf8')) as { dataFile?: unknown };
    return typeof dataFile === 'string' && isAbsolute(dataFile) && existsSync(dataFile) ? dataFile : null;
  } catch {
    return null;
  }
}

/** Notes the workspace now open, for the next start (a failure to note it is only logged). */
export function rememberWorkspace(userData: string, dataFile: string, log: (m: string) => void = () => {}): void {
  try {
    writeFileSync(join(userData, NAME), JSON.stringify({ dataFile }), { mode: 0o600 });
  } catch (error) {
    log(`could not remember the workspace ${dataFile}: ${(error as Error).message}`);
  }
}
