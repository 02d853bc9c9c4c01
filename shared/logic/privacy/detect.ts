import { foldForMatch, foldWithMap, type FoldedText } from './folded';
import { isOrdinaryWord } from './name-lexicon';
import { findNames } from './names';
import { findAddresses, findBirthDates, findEmails, findNumbersIn, findProfiles, findSpelledNumbers, type PatternKind } from './patterns';

/**
 * Personal details in a resident's words: what is found, where, and why. The one detector every
 * public output uses (through `redactForPublic`), the capture screen's warning and the review
 * step. Case, accents, full-width and other scripts' digits never matter. Linear in the text.
 */
export const PERSONAL_DETAIL_KINDS = ['name', 'phone', 'email', 'address', 'id', 'birthdate', 'profile', 'other'] as const;
export type PersonalDetailKind = (typeof PERSONAL_DETAIL_KINDS)[number];

export interface PersonalDetail {
  kind: PersonalDetailKind;
  /** UTF-16 offsets into the text given, [start, end). */
  start: number;
  end: number;
  text: string;
  /** `detected` by the patterns and name rules, a `known` name (who asked, staff), or hidden by `hand` in the review. */
  source: 'detected' | 'known' | 'hand';
}

/** A reviewer's decisions for one question, stored with it: text to hide and false positives to release. */
export interface PrivacyDecisions {
  /** Phrases to hide wherever they occur (case and accents ignored), with the kind of detail they are. */
  hide: readonly { kind: PersonalDetailKind; text: string }[];
  /** Detected details that are not personal: released wherever the same kind and text is found. */
  release: readonly { kind: PersonalDetailKind; text: string }[];
}

export interface DetectOptions {
  /** Names known to be people's: who asked, note-takers, staff. Matched whole and by their parts. */
  knownNames?: readonly string[];
  /** Place names of the workspace (areas, venues): never taken for a person's name. */
  places?: readonly string[];
  decisions?: PrivacyDecisions;
  /** Pattern detection (false for staff-written text: only known names and hand decisions apply). */
  patterns?: boolean;
}

/** Detected details a reviewer released, reported beside the ones kept. */
export interface Detection {
  details: PersonalDetail[];
  released: PersonalDetail[];
}

type Span = [number, number, PersonalDetailKind, PersonalDetail['source']];

const placeCache = new Map<string, ReadonlySet<string>>();
function placeWords(places: readonly string[]): ReadonlySet<string> {
  const key = places.join('\u0000');
  let set = placeCache.get(key);
  if (!set) {
    set = new Set(places.flatMap((p) => foldForMatch(p).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1));
    if (placeCache.size > 20) placeCache.clear();
    placeCache.set(key, set);
  }
  return set;
}

/** Every occurrence of `needle` (folded) in the folded text, on word boundaries. */
function occurrences(f: FoldedText, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (needle.length < 2) return out;
  const hay = f.folded;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? '' : hay[i - 1];
    const after = hay[i + needle.length] ?? '';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push([i, i + needle.length]);
  }
  return out;
}

function knownNameSpans(f: FoldedText, names: readonly string[]): Span[] {
  const out: Span[] = [];
  const caseInformative = /\p{Lu}/u.test(f.original) && /\p{Ll}/u.test(f.original);
  const seen = new Set<string>();
  for (const name of names) {
    const whole = foldForMatch(name);
    if (whole.length < 2 || seen.has(whole)) continue;
    seen.add(whole);
    for (const [s, e] of occurrences(f, whole)) out.push([s, e, 'name', 'known']);
    // Parts of a known name ("Rosa" of "Rosa Inventada"), unless the part is an ordinary word
    // ("Rose", "Will") written in lower case.
    const parts = whole.split(/[^\p{L}\p{N}'-]+/u).filter((p) => p.length >= 3);
    if (parts.length < 2) continue;
    for (const part of parts) {
      if (seen.has(part)) continue;
      seen.add(part);
      for (const [s, e] of occurrences(f, part)) {
        if (isOrdinaryWord(part) && !(caseInformative && /\p{Lu}/u.test(f.original[f.origin[s]] ?? ''))) continue;
        out.push([s, e, 'name', 'known']);
      }
    }
  }
  return out;
}

/** Overlapping or touching spans become one (its kind from the earliest), so no part of a detail is left out. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] < last[1]) {
      if (s[1] > last[1]) last[1] = s[1];
      if (s[3] === 'hand') last[3] = 'hand';
      continue;
    }
    out.push([...s]);
  }
  return out;
}

/** Details found in `text`, split into the ones to hide and the ones a reviewer released. */
export function detectPersonalDetails(text: string, opts: DetectOptions = {}): Detection {
  if (!text) return { details: [], released: [] };
  const f = foldWithMap(text);
  const spans: Span[] = [];
  if (opts.patterns !== false) {
    const places = placeWords(opts.places ?? []);
    for (const [s, e, kind] of [...findEmails(f), ...findProfiles(f), ...findBirthDates(f), ...findNumbersIn(f), ...findSpelledNumbers(f), ...findAddresses(f)] as [number, number, PatternKind][]) spans.push([s, e, kind, 'detected']);
    for (const [s, e] of findNames(f, places)) spans.push([s, e, 'name', 'detected']);
  }
  spans.push(...knownNameSpans(f, opts.knownNames ?? []));
  const released: PersonalDetail[] = [];
  const toDetail = ([s, e, kind, source]: Span): PersonalDetail => {
    const [start, end] = f.span(s, e);
    return { kind, start, end, text: text.slice(start, end), source };
  };
  let kept = spans;
  const release = opts.decisions?.release ?? [];
  if (release.length > 0) {
    const releasedKeys = new Set(release.map((r) => `${r.kind}\u0000${foldForMatch(r.text)}`));
    kept = [];
    for (const span of mergeSpans(spans)) {
      const detail = toDetail(span);
      if (span[3] !== 'hand' && releasedKeys.has(`${detail.kind}\u0000${foldForMatch(detail.text)}`)) released.push(detail);
      else kept.push(span);
    }
  }
  for (const h of opts.decisions?.hide ?? []) for (const [s, e] of occurrences(f, foldForMatch(h.text))) kept.push([s, e, h.kind, 'hand']);
  return { details: mergeSpans(kept).map(toDetail), released };
}

/**
 * The details to hide in `text`. The second argument is either the options or, as before, the
 * names known to be people's.
 */
export function findPersonalDetails(text: string, opts: DetectOptions | readonly string[] = {}): PersonalDetail[] {
  return detectPersonalDetails(text, Array.isArray(opts) ? { knownNames: opts as readonly string[] } : (opts as DetectOptions)).details;
}

export function hasPersonalDetails(text: string, opts: DetectOptions | readonly string[] = {}): boolean {
  return findPersonalDetails(text, opts).length > 0;
}

/** `text` with each detail replaced by `[label]`. */
export function replaceDetails(text: string, details: readonly PersonalDetail[], labels: Record<PersonalDetailKind, string>): string {
  if (details.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of details) {
    out += text.slice(at, d.start) + `[${labels[d.kind]}]`;
    at = d.end;
  }
  return out + text.slice(at);
}

/** The text with every personal detail replaced by its label, e.g. "[phone number]". */
export function redactPersonalDetails(text: string, labels: Record<PersonalDetailKind, string>, opts: DetectOptions | readonly string[] = {}): string {
  return replaceDetails(text, findPersonalDetails(text, opts), labels);
}
