/**
 * Personal details residents type or say into a question: phone numbers, email addresses and
 * street addresses (US style and Spanish "calle", "avenida"…), plus names introduced in the text
 * ("my name is…", "me llamo…"). Pure; the public report replaces each with a label.
 */
export type PersonalDetailKind = 'phone' | 'email' | 'address' | 'name';

export interface PersonalDetail {
  kind: PersonalDetailKind;
  start: number;
  end: number;
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Digits with the separators phone numbers use; how many digits decides below.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;
const bothCases = (words: string[]) => words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const US_SUFFIX = bothCases(
  'street st avenue ave av road rd boulevard blvd drive dr lane ln court ct place pl way parkway pkwy terrace ter highway hwy circle cir'.split(' '),
);
const DIRECTION = String.raw`(?:[NSEW]|${bothCases(['north', 'south', 'east', 'west'])})\.?`;
// A street name starts with a capital or is an ordinal ("63rd"), so "3 kids on our street" is not an address.
const STREET_WORD = String.raw`(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th))`;
// "4521 S. Ashland Ave", "123 Main Street", "4521 S Ashland", but not "the 6300 block of…".
const US_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}(?:-?[A-Za-z])?\s+(?:${DIRECTION}\s+)?${STREET_WORD}(?:\s+[\p{L}\p{N}'.-]+){0,2}?\s+(?:${US_SUFFIX})\b\.?(?:\s*(?:apt|Apt|unit|Unit|#)\.?\s*[\p{L}\p{N}-]+)?` +
    String.raw`|(?<![\p{L}\p{N}])\d{2,6}\s+${DIRECTION}\s+\p{Lu}[\p{L}'-]+`,
  'gu',
);
// "calle Ashland 4521", "Av. Cermak #2100", "avenida Juárez número 45"; not "la calle 26" (a street, not a home).
const ES_ADDRESS =
  /(?<![\p{L}\p{N}])(?:calle|avenida|avda\.?|av\.|carrera|paseo|callej[oó]n|camino|bulevar|calzada|privada|pasaje)\s+(?:[\p{L}\p{N}'.-]+\s+){0,3}?(?:(?:#|n[oº°]\.?|n[uú]m(?:ero|\.)?)\s*\d{1,6}|\d{3,6})(?![\p{N}])(?:\s*(?:depto|dpto|apto|int)\.?\s*[\p{L}\p{N}-]+)?/giu;
const NAME_INTRO = /(?:\bmy name is|\bme llamo|\bmi nombre es)\s+((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,3})/gu;

function digitsIn(s: string): number {
  return s.replace(/\D/g, '').length;
}

function looksLikePhone(s: string): boolean {
  const digits = digitsIn(s);
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(s.trim())) return false; // a date
  if (digits >= 10 && digits <= 15) return true;
  return /^\d{3}[-. ]\d{4}$/.test(s.trim()); // a seven-digit local number
}

export function findPersonalDetails(text: string, knownNames: readonly string[] = []): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  const add = (kind: PersonalDetailKind, start: number, value: string) => found.push({ kind, start, end: start + value.length, text: value });
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m[0]);
  for (const m of text.matchAll(PHONE)) {
    const value = m[0].replace(/[\s(.-]+$/, '');
    if (looksLikePhone(value)) add('phone', m.index, value);
  }
  for (const m of text.matchAll(US_ADDRESS)) add('address', m.index, m[0]);
  for (const m of text.matchAll(ES_ADDRESS)) add('address', m.index, m[0]);
  for (const m of text.matchAll(NAME_INTRO)) add('name', m.index + m[0].length - m[1].length, m[1]);
  for (const name of knownNames) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    const lower = text.toLocaleLowerCase();
    const needle = trimmed.toLocaleLowerCase();
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) add('name', i, text.slice(i, i + needle.length));
  }
  // Keep the earliest, longest span where two overlap (an email's digits are not also a phone).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDetail[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

export function hasPersonalDetails(text: string, knownNames: readonly string[] = []): boolean {
  return findPersonalDetails(text, knownNames).length > 0;
}

/** The text with every personal detail replaced by its label, e.g. "[phone number]". */
export function redactPersonalDetails(text: string, labels: Record<PersonalDetailKind, string>, knownNames: readonly string[] = []): string {
  const details = findPersonalDetails(text, knownNames);
  if (details.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of details) {
    out += text.slice(at, d.start) + `[${labels[d.kind]}]`;
    at = d.end;
  }
  return out + text.slice(at);
}
