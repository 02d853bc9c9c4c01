import { ColumnMapping, guessColumnMapping } from '../../../shared/logic';

const PREFIX = 'convene.import.mapping:';

/** The storage key of a header row: the same headers, in the same order, find the same mapping. */
const keyOf = (headers: readonly string[]) => PREFIX + headers.map((h) => h.trim().toLowerCase()).join('\u001f');

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The mapping to start a spreadsheet import with: the one the person chose last time for a file
 * with exactly these headers (kept in this browser's localStorage), else a guess from the header
 * names. A stored mapping naming a column the file lacks is ignored.
 */
export function initialMapping(headers: readonly string[]): { mapping: ColumnMapping; remembered: boolean } {
  const raw = storage()?.getItem(keyOf(headers));
  if (raw) {
    try {
      const parsed = ColumnMapping.safeParse(JSON.parse(raw));
      if (parsed.success && Object.values(parsed.data).every((c) => !c || headers.includes(c))) return { mapping: parsed.data, remembered: true };
    } catch {
      // A damaged entry: guess instead.
    }
  }
  return { mapping: guessColumnMapping(headers), remembered: false };
}

/** Remembers the mapping chosen for files with these headers. Storage full or off: silently not remembered. */
export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    storage()?.setItem(keyOf(headers), JSON.stringify(mapping));
  } catch {
    // Not remembering is harmless: the next file is guessed again.
  }
}
