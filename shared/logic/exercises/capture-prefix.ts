import type { EntryType } from '../../model';

/**
 * Prefixes a note-taker types before an entry to pick its type, and the Alt+digit shortcut for
 * each, in the order the UI lists them. Matching ignores case and accepts a space before the colon.
 */
export const CAPTURE_TYPES: readonly { type: EntryType; prefixes: readonly string[]; shortcut: string }[] = [
  { type: 'note', prefixes: ['n'], shortcut: '1' },
  { type: 'decision', prefixes: ['d'], shortcut: '2' },
  { type: 'need', prefixes: ['need'], shortcut: '3' },
  { type: 'resource', prefixes: ['r'], shortcut: '4' },
  { type: 'strength', prefixes: ['s'], shortcut: '5' },
  { type: 'improvement', prefixes: ['a', 'afi'], shortcut: '6' },
  { type: 'action', prefixes: ['ai'], shortcut: '7' },
];

const BY_PREFIX = new Map(CAPTURE_TYPES.flatMap((c) => c.prefixes.map((p) => [p, c.type] as const)));

/**
 * `need: more outreach workers at night` → { type: 'need', text: 'more outreach workers at night' }.
 * Text without a known prefix keeps `fallback` and is left as typed (a colon in a sentence is not a prefix).
 */
export function parseCapture(raw: string, fallback: EntryType): { type: EntryType; text: string; prefixed: boolean } {
  const match = /^\s*([a-zA-Z]{1,4})\s*:\s*/.exec(raw);
  const type = match ? BY_PREFIX.get(match[1].toLowerCase()) : undefined;
  if (match && type) return { type, text: raw.slice(match[0].length).trim(), prefixed: true };
  return { type: fallback, text: raw.trim(), prefixed: false };
}

export function typeForShortcut(key: string): EntryType | null {
  return CAPTURE_TYPES.find((c) => c.shortcut === key)?.type ?? null;
}
