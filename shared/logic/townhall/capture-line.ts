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

/** One option's folded keys (token, label, aliases) and the words of each, computed once per option list. */
interface FoldedOption {
  option: CaptureOption;
  keys: string[];
  parts: string[];
}

/**
 * An option list folded once, plus what finds the best option for a word without a pass over
 * the list: exact keys in a map, keys (and the words of keys) sorted with the first option of
 * every run in a sparse table (a prefix is a run of the sorted list: two binary searches and one
 * lookup), and every key joined in option order, so the first `indexOf` hit of a word is the first
 * option that contains it.
 */
interface FoldedList {
  items: FoldedOption[];
  exact: Map<string, number>;
  keys: PrefixIndex;
  parts: PrefixIndex;
  joined: { text: string; starts: number[]; owner: number[] };
}

/** Strings sorted, and `min[k][i]`: the lowest option index among entries i .. i + 2^k - 1. */
interface PrefixIndex {
  sorted: string[];
  min: Int32Array[];
}

function prefixIndex(items: FoldedOption[], pick: (f: FoldedOption) => string[]): PrefixIndex {
  const entries = items.flatMap((f, i) => pick(f).map((s) => [s, i] as const)).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  const min = [Int32Array.from(entries, (e) => e[1])];
  for (let width = 2; width <= entries.length; width *= 2) {
    const prev = min[min.length - 1];
    const next = new Int32Array(entries.length - width + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.min(prev[i], prev[i + width / 2]);
    min.push(next);
  }
  return { sorted: entries.map((e) => e[0]), min };
}

/** The first index in `sorted` at or after `from` where `before(item)` is false (binary search). */
function firstNot(sorted: string[], from: number, before: (s: string) => boolean): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lowest option index among entries starting with `w`, or -1. */
function firstWithPrefix(index: PrefixIndex, w: string): number {
  const lo = firstNot(index.sorted, 0, (s) => s < w);
  // Entries that start with w follow one another from lo (anything after them is greater and does not).
  const hi = firstNot(index.sorted, lo, (s) => s.startsWith(w));
  if (hi <= lo) return -1;
  const level = 31 - Math.clz32(hi - lo);
  const row = index.min[level];
  return Math.min(row[lo], row[hi - (1 << level)]);
}

const foldedLists = new WeakMap<readonly CaptureOption[], FoldedList>();

/** The option list with its keys folded, cached per list (the list is the same object on every keystroke). */
function folded(options: readonly CaptureOption[]): FoldedList {
  let out = foldedLists.get(options);
  if (!out) {
    const items = options.map((option) => {
      const keys = [option.token, option.label, ...(option.aliases ?? [])].map(foldToken);
      return { option, keys, parts: keys.flatMap((k) => k.split(' ')) };
    });
    const exact = new Map<string, number>();
    items.forEach((f, i) => f.keys.forEach((k) => (exact.has(k) ? null : exact.set(k, i))));
    const starts: number[] = [];
    const owner: number[] = [];
    let at = 0;
    items.forEach((f, i) =>
      f.keys.forEach((k) => {
        starts.push(at);
        owner.push(i);
        at += k.length + 1;
      }),
    );
    // Keys joined by a character folded text never holds, so a hit never spans two keys.
    const text = items.map((f) => f.keys.map((k) => `${k}\u0000`).join('')).join('');
    out = { items, exact, keys: prefixIndex(items, (f) => f.keys), parts: prefixIndex(items, (f) => f.parts), joined: { text, starts, owner } };
    foldedLists.set(options, out);
  }
  return out;
}

/** The option owning position `pos` of the joined keys (binary search over where each key starts). */
function ownerAt(j: FoldedList['joined'], pos: number): number {
  let lo = 0;
  let hi = j.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (j.starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return j.owner[lo];
}

/**
 * The first option of the best tier for a folded word (what `suggest(…, 1)` answers): a map
 * lookup, two prefix lookups and one native `indexOf`: no pass over the options in script.
 */
function best(list: FoldedList, w: string): CaptureOption | null {
  const exact = list.exact.get(w);
  if (exact !== undefined) return list.items[exact].option;
  for (const index of [list.keys, list.parts]) {
    const i = firstWithPrefix(index, w);
    if (i >= 0) return list.items[i].option;
  }
  const at = list.joined.text.indexOf(w);
  return at >= 0 ? list.items[ownerAt(list.joined, at)].option : null;
}

// Best first: the whole word, then names that start with it, then a later word that does, then anywhere.
const TIERS: ((f: FoldedOption, w: string) => boolean)[] = [
  (f, w) => f.keys.includes(w),
  (f, w) => f.keys.some((k) => k.startsWith(w)),
  (f, w) => f.parts.some((part) => part.startsWith(w)),
  (f, w) => f.keys.some((k) => k.includes(w)),
];

/**
 * Options whose label, token or aliases start with (or, failing that, contain) the typed word,
 * best first. Cost: one pass over the options per tier (keys folded once per option list), and
 * it stops as soon as `limit` options are found.
 */
export function suggest(options: readonly CaptureOption[], word: string, limit = 8): CaptureOption[] {
  const w = foldToken(word);
  if (!w) return options.slice(0, limit);
  const list = folded(options).items;
  const taken = new Set<number>();
  const ranked: CaptureOption[] = [];
  for (const test of TIERS) {
    for (let i = 0; i < list.length && ranked.length < limit; i++) {
      if (taken.has(i) || !test(list[i], w)) continue;
      taken.add(i);
      ranked.push(list[i].option);
    }
    if (ranked.length >= limit) break;
  }
  return ranked;
}

/**
 * Reads the prefixes out of a captured line. Linear in the line's length: one regular-expression
 * pass (no backtracking across tokens), and each distinct prefixed word is looked up once (a line
 * that repeats `@68` a thousand times costs one lookup), each lookup a map probe, binary searches
 * and one native substring search over the field's folded keys (indexed once per option list),
 * never a scripted pass over the options. Answers what `suggest(options, word, 1)` would.
 */
export function parseCaptureLine(line: string, options: CaptureOptions): ParsedCapture {
  const found: Partial<Record<CaptureField, string>> = {};
  const unmatched: ParsedCapture['unmatched'] = [];
  const looked = new Map<string, CaptureOption | null>();
  const text = line.replace(TOKEN, (whole, lead: string, prefix: keyof typeof CAPTURE_PREFIXES, word: string) => {
    const field = CAPTURE_PREFIXES[prefix];
    const key = `${prefix}${word}`;
    let match = looked.get(key);
    if (match === undefined) {
      const w = foldToken(word);
      match = w ? best(folded(options[field]), w) : (options[field][0] ?? null);
      looked.set(key, match);
    }
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
