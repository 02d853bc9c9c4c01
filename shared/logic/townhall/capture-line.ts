import { foldText } from './fold';

/**
 * The capture field's quick prefixes, typed anywhere in the line:
 *   #topic   @area (name or number)   !department   ~language
 * e.g. "#lighting @68 !streets ~es ¿Cuándo arreglan las luces?" Words joined by "-" or "_"
 * match names with spaces ("@west-englewood"). What does not match stays in the text as typed.
 */
export const CAPTURE_PREFIXES = { '#': 'topic', '@': 'area', '!': 'department', '~': 'language' } as const;
export type CaptureField = (typeof CAPTURE_PREFIXES)[keyof typeof CAPTURE_PREFIXES];

export interface CaptureOption {
  /** What the question stores: topic id, area id, department name or language code. */
  value: string;
  /** What the person sees. */
  label: string;
  /** What is inserted after the prefix when the suggestion is taken. */
  token: string;
  /** Other words that find it (code, number, the name in the other language). */
  aliases?: string[];
}

export type CaptureOptions = Record<CaptureField, readonly CaptureOption[]>;

export interface ParsedCapture {
  text: string;
  topicId: string | null;
  areaId: string | null;
  department: string | null;
  language: string | null;
  /** Prefixed words that matched nothing (kept in the text). */
  unmatched: { field: CaptureField; word: string }[];
}

const TOKEN = /(^|\s)([#@!~])([^\s#@!~]+)/gu;

const foldToken = (s: string) => foldText(s.replace(/[-_]+/g, ' '));

/** Options whose label, token or aliases start with (or, failing that, contain) the typed word, best first. */
export function suggest(options: readonly CaptureOption[], word: string, limit = 8): CaptureOption[] {
  const w = foldToken(word);
  if (!w) return options.slice(0, limit);
  const keys = (o: CaptureOption) => [o.token, o.label, ...(o.aliases ?? [])].map(foldToken);
  // Best first: the whole word, then names that start with it, then a later word that does, then anywhere.
  const tiers: ((k: string) => boolean)[] = [(k) => k === w, (k) => k.startsWith(w), (k) => k.split(' ').some((part) => part.startsWith(w)), (k) => k.includes(w)];
  const ranked: CaptureOption[] = [];
  for (const test of tiers) for (const o of options) if (!ranked.includes(o) && keys(o).some(test)) ranked.push(o);
  return ranked.slice(0, limit);
}

export function parseCaptureLine(line: string, options: CaptureOptions): ParsedCapture {
  const found: Partial<Record<CaptureField, string>> = {};
  const unmatched: ParsedCapture['unmatched'] = [];
  const text = line.replace(TOKEN, (whole, lead: string, prefix: keyof typeof CAPTURE_PREFIXES, word: string) => {
    const field = CAPTURE_PREFIXES[prefix];
    const match = suggest(options[field], word, 1)[0];
    if (match) {
      found[field] = match.value;
      return lead;
    }
    if (field === 'department') {
      // A department not in the list is taken as typed: who is present changes at the door.
      found.department = word.replace(/[-_]+/g, ' ');
      return lead;
    }
    unmatched.push({ field, word });
    return whole;
  });
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    topicId: found.topic ?? null,
    areaId: found.area ?? null,
    department: found.department ?? null,
    language: found.language ?? null,
    unmatched,
  };
}

/** The prefixed word being typed at the caret, if any: what autocomplete suggests for. */
export function tokenAtCaret(line: string, caret: number): { field: CaptureField; word: string; start: number; end: number } | null {
  let start = caret;
  while (start > 0 && !/\s/.test(line[start - 1])) start--;
  let end = caret;
  while (end < line.length && !/\s/.test(line[end])) end++;
  const prefix = line[start] as keyof typeof CAPTURE_PREFIXES;
  if (!(prefix in CAPTURE_PREFIXES)) return null;
  return { field: CAPTURE_PREFIXES[prefix], word: line.slice(start + 1, end), start, end };
}

/** The line with the token at the caret replaced by the chosen option, and where the caret goes. */
export function applySuggestion(line: string, token: { start: number; end: number }, prefix: string, option: CaptureOption): { line: string; caret: number } {
  const inserted = `${prefix}${option.token} `;
  const rest = line.slice(token.end).replace(/^\s+/, '');
  const next = line.slice(0, token.start) + inserted + rest;
  return { line: next, caret: token.start + inserted.length };
}

/** A token for a name: "West Englewood" → "West-Englewood". */
export function tokenFor(name: string): string {
  return name.trim().replace(/[\s#@!~]+/g, '-');
}
