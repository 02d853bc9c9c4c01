import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReportSaver } from '../../../electron/main/save-report';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir()));
afterEach(() => tmp.cleanup());

const report = { fileName: 'Informe de brechas-2026-11-27.pdf', pdf: Buffer.from('%PDF-1.7 test') };

describe('saving an exported report in the desktop app', () => {
  it('offers Documents/<file name> and writes the PDF where the user chose, adding .pdf', async () => {
    let offered = '';
    const dialog = {
      showSaveDialog: async (...args: unknown[]) => {
        offered = (args.at(-1) as { defaultPath: string }).defaultPath;
        return { canceled: false, filePath: join(tmp.dir, 'mine') };
      },
    };
    const save = createReportSaver(dialog as never, () => null, () => '/home/me/Documents');
    const result = await save(report);
    expect(offered).toBe('/home/me/Documents/Informe de brechas-2026-11-27.pdf');
    expect(result).toEqual({ saved: true, path: join(tmp.dir, 'mine.pdf') });
    expect(readFileSync(join(tmp.dir, 'mine.pdf'), 'utf8')).toBe('%PDF-1.7 test');
  });

  it('saves nothing when the user cancels', async () => {
    const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }) };
    const save = createReportSaver(dialog as never, () => null, () => tmp.dir);
    expect(await save(report)).toEqual({ saved: false, path: null });
  });
});
