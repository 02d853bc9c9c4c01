import { strToU8, Unzip, UnzipInflate, UnzipPassThrough, zipSync } from 'fflate';
import { ApiError } from '../../../shared/contract';
import type { PackageFile } from '../../../shared/logic';
import { decodeFile } from '../../../shared/logic';

/** Uncompressed bytes a package may unpack to: far above any directory (100,000 services is about 60 MB), below a zip bomb. */
export const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;
/** How much one entry may grow when unpacked (text CSV compresses 5-20 times); bombs grow 1,000 times and more. */
export const MAX_RATIO = 200;
/** Entries smaller than this are never refused for their ratio (a tiny file of one repeated letter is harmless). */
const RATIO_FLOOR = 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);

/** A path that stays inside the archive's folder: relative, no `..`, no drive letter. */
export function isSafeEntryPath(name: string): boolean {
  const p = name.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return false;
  return !p.split('/').some((part) => part === '..');
}

const wanted = (name: string) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && /\.(csv|json|txt|tsv)$/i.test(name);
const mb = (n: number) => Math.round(n / 1024 / 1024);

class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * The text files of a zip, each decoded by the one decoder (its encoding kept for the report).
 * Unpacks as a stream, counting the bytes each entry really inflates to (never trusting the sizes
 * the archive declares): the whole archive is refused as soon as it passes MAX_UNZIPPED_BYTES, an
 * entry grows more than MAX_RATIO times, or an entry would land outside its folder (zip-slip).
 * Nothing is read from a refused archive.
 */
export function readZipFiles(bytes: Uint8Array, fileName = 'The zip'): PackageFile[] {
  if (!isZip(bytes)) {
    throw ApiError.localized('invalid_input', 'hsds.notZip', { file: fileName }, `${fileName} is not a zip archive. Choose a .zip holding datapackage.json and its CSV files, or a folder.`);
  }
  let total = 0;
  const out: { path: string; chunks: Uint8Array[] }[] = [];
  const refuse = (error: ApiError) => {
    throw new Refusal(error);
  };
  const unzip = new Unzip((entry) => {
    if (!isSafeEntryPath(entry.name)) {
      const path = entry.name.slice(0, 120);
      refuse(ApiError.localized('invalid_input', 'hsds.zipSlip', { file: fileName, path }, `${fileName} holds a path outside its folder (${path}). For safety nothing was imported.`));
    }
    if (!wanted(entry.name)) return;
    if (entry.originalSize !== undefined && total + entry.originalSize > MAX_UNZIPPED_BYTES) {
      refuse(ApiError.localized('too_large', 'hsds.zipTooBig', { file: fileName, mb: mb(MAX_UNZIPPED_BYTES) }, `${fileName} unpacks to more than ${mb(MAX_UNZIPPED_BYTES)} MB, more than any directory needs. Nothing was imported; split the package or remove files it does not need.`));
    }
    const file = { path: entry.name.replace(/\\/g, '/'), chunks: [] as Uint8Array[] };
    out.push(file);
    let size = 0;
    entry.ondata = (err, chunk) => {
      if (err) refuse(ApiError.localized('invalid_input', 'hsds.zipDamaged', { file: fileName }, `${fileName} is damaged and cannot be read. Nothing was imported.`));
      size += chunk.length;
      total += chunk.length;
      if (total > MAX_UNZIPPED_BYTES) {
        refuse(ApiError.localized('too_large', 'hsds.zipTooBig', { file: fileName, mb: mb(MAX_UNZIPPED_BYTES) }, `${fileName} unpacks to more than ${mb(MAX_UNZIPPED_BYTES)} MB, more than any directory needs. Nothing was imported; split the package or remove files it does not need.`));
      }
      if (size > RATIO_FLOOR && size > Math.max(entry.size ?? 0, 1) * MAX_RATIO) {
        const path = file.path.slice(0, 120);
        refuse(ApiError.localized('too_large', 'hsds.zipRatio', { file: fileName, path, ratio: MAX_RATIO }, `${fileName}: ${path} grows more than ${MAX_RATIO} times when unpacked, as only a zip bomb does. Nothing was imported.`));
      }
      file.chunks.push(chunk);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof Refusal) throw error.error;
    throw ApiError.localized('invalid_input', 'hsds.zipDamaged', { file: fileName }, `${fileName} is damaged and cannot be read. Nothing was imported.`);
  }
  return out.map((f) => {
    const data = f.chunks.length === 1 ? f.chunks[0] : concat(f.chunks);
    const decoded = decodeFile(data);
    return { path: f.path, text: decoded.text, encoding: decoded.encoding, replacementLines: decoded.replacementLines };
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function zipFiles(files: readonly PackageFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 });
}
