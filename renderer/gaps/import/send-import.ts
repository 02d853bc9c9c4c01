import { zipSync } from 'fflate';
import { bytesToBase64, type ColumnMapping, type ImportReport } from '../../../shared/logic';
import { RESOURCE_IMPORT_MAX_BYTES, type DateOrder } from '../../../shared/model';
import type { ApiClient } from '../../api';

/** What the person chose: a zipped package, a folder (zipped here), or a spreadsheet CSV with its mapping. */
export type ImportUpload = { kind: 'zip' | 'csv'; name: string; bytes: Uint8Array; mapping?: ColumnMapping };

export class TooLargeError extends Error {}

/** A chosen folder's CSV and JSON files as one zip, paths relative to the folder. */
export async function zipFolder(files: readonly File[]): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  let total = 0;
  for (const f of files) {
    if (!/\.(csv|json)$/i.test(f.name)) continue;
    total += f.size;
    if (total > RESOURCE_IMPORT_MAX_BYTES) throw new TooLargeError();
    entries[(f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name] = new Uint8Array(await f.arrayBuffer());
  }
  return zipSync(entries, { level: 1 });
}

/**
 * Sends an import for a dry run or to apply, through the one typed client: the browser host gets
 * the file as the raw body (shared/contract/uploads.ts), the desktop app gets it over IPC.
 */
export async function sendImport(api: ApiClient, upload: ImportUpload, options: { dryRun: boolean; acceptErrors: boolean; dateOrder?: DateOrder }): Promise<ImportReport> {
  if (upload.bytes.length > RESOURCE_IMPORT_MAX_BYTES) throw new TooLargeError();
  const base64 = bytesToBase64(upload.bytes);
  const source = upload.kind === 'zip' ? { kind: 'zip' as const, base64 } : { kind: 'csv' as const, base64, mapping: upload.mapping ?? {} };
  return api.call('resources.import', { fileName: upload.name, source, ...options });
}

/** Saves the exported HSDS package: a download in the browser and the desktop app alike. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
