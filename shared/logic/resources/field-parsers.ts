import { SERVICE_STATUSES, type ServiceStatus } from '../../model/resources/directory';

/** "2005-01-01", "2023-03-15T10:30:45Z", "3/15/2023" → "2023-03-15"; anything else → null. */
export function toCalendarDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) return validDate(+us[3], +us[1], +us[2]);
  return null;
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
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
  english: 'en', spanish: 'es', español: 'es', polish: 'pl', chinese: 'zh', arabic: 'ar', french: 'fr', urdu: 'ur', slovak: 'sk',
  vietnamese: 'vi', korean: 'ko', russian: 'ru', tagalog: 'tl', hindi: 'hi', portuguese: 'pt', german: 'de', italian: 'it',
  ukrainian: 'uk', gujarati: 'gu', greek: 'el', japanese: 'ja', 'haitian creole': 'ht', somali: 'so', swahili: 'sw',
};

/** "Spanish", "es", "spa" → { code: 'es', name }: the code is what suggestions compare. */
export function toLanguage(name: string, code = ''): { code: string; name: string } {
  const c = code.trim().toLowerCase();
  const n = name.trim();
  if (c) return { code: c === 'spa' ? 'es' : c === 'eng' ? 'en' : c, name: n || c };
  const known = LANGUAGE_CODES[n.toLowerCase()];
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
