import { SERVICE_STATUSES, type ServiceStatus } from '../../model/resources/directory';

export type DateOrder = 'mdy' | 'dmy';

/** The forms a date may take, for messages. */
export const DATE_FORMS = '2012-03-07, 3/7/12, 12/13/2010, 7.3.2012, or an Excel date number such as 40975';

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** Two-digit years as spreadsheets read them: 00-29 are 2000s, 30-99 are 1900s. */
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 30 ? 2000 : 1900));

/**
 * A calendar date as people type it in spreadsheets → "YYYY-MM-DD"; null when it is none.
 * "2012-03-07" and ISO timestamps; "3/7/12", "12/13/2010", "7.3.2012", "7-3-2012" in the given
 * day/month order (month first when none is given); an Excel serial number (days since 1899-12-30,
 * as Excel stores dates: 40975 = 2012-03-07).
 */
export function toCalendarDate(text: string, order: DateOrder = 'mdy'): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(t);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  const slashed = SLASHED.exec(t);
  if (slashed) {
    const [a, b] = [+slashed[1], +slashed[2]];
    return order === 'dmy' ? validDate(fullYear(slashed[3]), b, a) : validDate(fullYear(slashed[3]), a, b);
  }
  if (/^\d{5}(?:\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    // 1982-01-01 .. 2064-12-31: plausible dates for a directory record, never a phone or an id.
    if (serial < 29952 || serial > 60000) return null;
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/**
 * Which day/month order a column of dates needs: "13/3/2012" can only be day first and
 * "3/13/2012" only month first; null when every date reads both ways (or there are none).
 * `conflict` is true when the column holds both kinds.
 */
export function dateOrderOf(values: readonly string[]): { order: DateOrder | null; ambiguous: boolean; conflict: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let ambiguous = false;
  for (const v of values) {
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    const [a, b] = [+m[1], +m[2]];
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
    else if (a !== b) ambiguous = true;
  }
  return { order: dayFirst && !monthFirst ? 'dmy' : monthFirst && !dayFirst ? 'mdy' : null, ambiguous, conflict: dayFirst && monthFirst };
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** What people write in a spreadsheet cell to mean "nothing": None, N/A, -, n.a., Ninguno, etc. */
export function isNone(text: string): boolean {
  return /^(?:none|n\/?a|n\.a\.?|na|nil|null|-+|—|–|\?|unknown|ninguno|ninguna|nada|no aplica|desconocido)$/i.test(text.trim());
}

/** A cell's text, or '' when it says none (see isNone). */
export const valueOrNone = (text: string | undefined) => (text === undefined || isNone(text) ? '' : text.trim());

/**
 * Splits a list cell on commas, semicolons, slashes and bars, but never inside parentheses:
 * "Chinese (Cantonese, Mandarin), Spanish" → ["Chinese (Cantonese, Mandarin)", "Spanish"].
 * "None", "N/A" and "-" (alone or as an item) mean no items.
 */
export function splitList(text: string, separators = /[,;|/\n]/): string[] {
  const out: string[] = [];
  if (isNone(text)) return out;
  let depth = 0;
  let current = '';
  for (const c of text.replace(/(^|[\s,;|])n\/a(?=$|[\s,;|])/gi, '$1')) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0 && separators.test(c)) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((x) => x.trim()).filter((x) => x !== '' && !isNone(x));
}

/**
 * A phone number kept as written, with its extension: "(555) 010-0188 ext. 12", "555-0100 x12";
 * an HSDS `extension` column is appended as " ext. 12". Stray quotes are dropped; "N/A" is none.
 */
export function toPhone(number: string | undefined, extension = ''): string {
  const n = valueOrNone((number ?? '').replace(/^"+|"+$/g, ''));
  if (!n) return '';
  const ext = valueOrNone(extension).replace(/^(?:ext\.?|x|extension)\s*/i, '');
  // Only a number that already ends with this extension ("… ext. 12", "… x12") keeps as it is:
  // digits of the extension inside the number itself (312-555-0301 and extension 12) are no sign.
  const written = new RegExp(`(?:ext\\.?|extension|x|#)\\s*${ext.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return ext && !written.test(n) ? `${n} ext. ${ext}` : n;
}

export function toAge(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const n = Number(text);
  return n <= 150 ? n : null;
}

export function toNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** HSDS statuses, tolerant of case and of "temporarily_closed"; null when not one of them. */
export function toServiceStatus(text: string): ServiceStatus | null {
  const t = text.trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (t === '') return 'active';
  return (SERVICE_STATUSES as readonly string[]).includes(t) ? (t as ServiceStatus) : null;
}

/** Cuts text to a schema's bound so one long cell never rejects a whole record. */
export const clip = (text: string | undefined, max: number) => (text ?? '').slice(0, max);

const LANGUAGE_CODES: Record<string, string> = {
  english: 'en', spanish: 'es', español: 'es', espanol: 'es', inglés: 'en', ingles: 'en', polaco: 'pl', chino: 'zh', árabe: 'ar', francés: 'fr',
  cantonese: 'yue', mandarin: 'zh', polish: 'pl', chinese: 'zh', 'american sign language': 'ase', asl: 'ase', 'sign language': 'sgn', farsi: 'fa', persian: 'fa', bengali: 'bn', amharic: 'am', yoruba: 'yo', arabic: 'ar', french: 'fr', urdu: 'ur', slovak: 'sk',
  vietnamese: 'vi', korean: 'ko', russian: 'ru', tagalog: 'tl', hindi: 'hi', portuguese: 'pt', german: 'de', italian: 'it',
  ukrainian: 'uk', gujarati: 'gu', greek: 'el', japanese: 'ja', 'haitian creole': 'ht', somali: 'so', swahili: 'sw',
};

/** "Spanish", "es", "spa" → { code: 'es', name }: the code is what suggestions compare. */
export function toLanguage(name: string, code = ''): { code: string; name: string } {
  const c = code.trim().toLowerCase();
  const n = name.trim();
  if (c) return { code: c === 'spa' ? 'es' : c === 'eng' ? 'en' : c, name: n || c };
  const base = n.replace(/\s*\(.*\)\s*$/, '').toLowerCase();
  const known = LANGUAGE_CODES[n.toLowerCase()] ?? LANGUAGE_CODES[base];
  if (known) return { code: known, name: n };
  if (/^[a-z]{2,3}$/i.test(n)) return { code: n.toLowerCase(), name: n };
  return { code: '', name: n };
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** HSDS 1.x regular_schedules weekday: 1 = Monday … 7 = Sunday, or a day name. */
export function toByday(weekday: string): string {
  const t = weekday.trim();
  if (/^[1-7]$/.test(t)) return WEEKDAYS[Number(t) - 1];
  const up = t.slice(0, 2).toUpperCase();
  return WEEKDAYS.includes(up) ? up : t;
}
