import { zipSync } from 'fflate';
import { ApiError, ApiErrorBody } from '../../../shared/contract';
import type { ColumnMapping, ImportReport } from '../../../shared/logic';
import { RESOURCE_IMPORT_MAX_BYTES } from '../../../shared/model';
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

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Sends an import for a dry run or to apply. The browser host takes the file as the raw body
 * (a JSON body is limited to 1 MB); the desktop app passes it over IPC.
 */
export async function sendImport(api: ApiClient, upload: ImportUpload, options: { dryRun: boolean; acceptErrors: boolean }, unreachable: string): Promise<ImportReport> {
  if (upload.bytes.length > RESOURCE_IMPORT_MAX_BYTES) throw new TooLargeError();
  if (api.kind !== 'http') {
    const base64 = toBase64(upload.bytes);
    const source = upload.kind === 'zip' ? { kind: 'zip' as const, base64 } : { kind: 'csv' as const, base64, mapping: upload.mapping ?? {} };
    return api.call('resources.import', { fileName: upload.name, source, ...options });
  }
  const query = new URLSearchParams({ fileName: upload.name, dryRun: options.dryRun ? '1' : '0', acceptErrors: options.acceptErrors ? '1' : '0' });
  if (upload.kind === 'csv') query.set('mapping', JSON.stringify(upload.mapping ?? {}));
  let response: Response;
  try {
    response = await fetch(`/api/resources.import?${query}`, { method: 'POST', headers: { 'Content-Type': upload.kind === 'zip' ? 'application/zip' : 'text/csv' }, body: upload.bytes as BodyInit });
  } catch {
    throw new ApiError('internal', unreachable);
  }
  const body = await response.json().catch(() => null);
  if (response.ok) return body as ImportReport;
  const parsed = ApiErrorBody.safeParse(body?.error);
  throw parsed.success ? ApiError.fromBody(parsed.data) : new ApiError('internal', unreachable);
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
