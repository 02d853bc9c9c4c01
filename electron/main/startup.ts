import { ApiError } from '../../shared/contract';
import { DataFileLockedError } from '../services/store/lock';

/**
 * A data folder chosen for this run (tests, a second profile): `--user-data-dir=<folder>` or
 * `--user-data-dir <folder>` on the command line, else CONVENE_USER_DATA. Null: Electron's default.
 */
export function userDataOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--user-data-dir=')) return arg.slice('--user-data-dir='.length) || null;
    if (arg === '--user-data-dir' && argv[i + 1] && !argv[i + 1].startsWith('--')) return argv[i + 1];
  }
  return env.CONVENE_USER_DATA?.trim() || null;
}

/** The sentence shown in the error box when the data file cannot be opened: no stack trace. */
export function startupErrorMessage(dataFile: string, error: unknown): string {
  if (error instanceof DataFileLockedError || error instanceof ApiError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Convene could not open its data file ${dataFile}: ${reason}`;
}

/**
 * Closes the store once before the app quits: the first 'before-quit' is held back until the
 * last write is on disk and the lock file is released, then quitting resumes.
 */
export function closeBeforeQuit(
  app: { on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown; quit(): void },
  close: () => Promise<void>,
  log: (m: string) => void = () => {},
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => log(`closing the data file failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
