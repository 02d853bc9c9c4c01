import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the report fonts are when running from the repo: beside this module in the sources
 * (tests) or two folders up from out/main (the built host and app). The packaged app passes
 * its resources folder instead.
 */
export function defaultFontsDir(): string {
  // The bundler may put this module in out/main/chunks/, one folder deeper than out/main.
  const candidates = [join(import.meta.dirname, 'reports/fonts'), join(import.meta.dirname, '../../electron/services/reports/fonts'), join(import.meta.dirname, '../../../electron/services/reports/fonts')];
  return candidates.find((dir) => existsSync(join(dir, 'NotoSans-Regular.ttf'))) ?? candidates[1];
}
