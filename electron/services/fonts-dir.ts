import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the report fonts are when running from the repo: beside this module in the sources
 * (tests), two folders up from out/main or three from out/main/chunks, where the bundler puts
 * code shared by the host and the app. The packaged app passes
 * its resources folder instead.
 */
export function defaultFontsDir(): string {
  const candidates = [
    join(import.meta.dirname, 'reports/fonts'),
    join(import.meta.dirname, '../../electron/services/reports/fonts'),
    join(import.meta.dirname, '../../../electron/services/reports/fonts'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'NotoSans-Regular.ttf'))) ?? candidates[1];
}
