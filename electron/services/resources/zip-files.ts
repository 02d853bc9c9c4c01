import { unzipSync, zipSync, strToU8 } from 'fflate';
import { ApiError } from '../../../shared/contract';
import type { PackageFile } from '../../../shared/logic';

/** Uncompressed bytes a package may unpack to: far above any directory, below a zip bomb. */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);

/** A path that stays inside the archive's folder: relative, no `..`, no drive letter. */
export function isSafeEntryPath(name: string): boolean {
  const p = name.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return false;
  return !p.split('/').some((part) => part === '..');
}

/**
 * The text files of a zip. Refuses the whole archive when any entry would land outside its folder
 * (zip-slip) or it unpacks to more than MAX_UNZIPPED_BYTES; nothing is read from it then.
 */
export function readZipFiles(bytes: Uint8Array): PackageFile[] {
  if (!isZip(bytes)) throw new ApiError('invalid_input', 'The file is not a zip archive. Choose a .zip holding datapackage.json and its CSV files, or a folder.');
  let total = 0;
  let unsafe: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!isSafeEntryPath(file.name)) unsafe ??= file.name;
        total += file.originalSize;
        const wanted = !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/') && /\.(csv|json)$/i.test(file.name);
        return unsafe === null && total <= MAX_UNZIPPED_BYTES && wanted;
      },
    });
  } catch {
    throw new ApiError('invalid_input', 'The zip archive is damaged and cannot be read. Nothing was imported.');
  }
  if (unsafe !== null) throw new ApiError('invalid_input', `The zip holds a path outside its folder (${String(unsafe).slice(0, 120)}). For safety nothing was imported.`);
  if (total > MAX_UNZIPPED_BYTES) throw new ApiError('too_large', `The zip unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB. Nothing was imported.`);
  const decoder = new TextDecoder('utf-8');
  return Object.entries(entries).map(([path, data]) => ({ path: path.replace(/\\/g, '/'), text: decoder.decode(data) }));
}

export function zipFiles(files: readonly PackageFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 });
}
