import type { Location, Phone, Schedule } from '../../model';

/** The UI languages a schedule can be written in. */
export type ScheduleLanguage = 'en' | 'es';

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES: Record<ScheduleLanguage, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
};
const ORDINALS: Record<ScheduleLanguage, Record<string, string>> = {
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' },
  es: { '1': 'primer', '2': 'segundo', '3': 'tercer', '4': 'cuarto', '5': 'quinto', '-1': 'último' },
};
const WORDS: Record<ScheduleLanguage, { to: string; and: string; from: string; until: string; daily: string; monthly: string }> = {
  en: { to: 'to', and: 'and', from: 'from', until: 'until', daily: 'Every day', monthly: 'monthly' },
  es: { to: 'a', and: 'y', from: 'desde', until: 'hasta', daily: 'Todos los días', monthly: 'mensual' },
};

/** "09:00:00" → "09:00"; "9:00" → "09:00"; anything else as written. */
function clock(text: string): string {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : text.trim();
}

/**
 * The days of an RFC 5545 BYDAY list in words: "MO,TU,WE,TH,FR" → "Monday to Friday", "MO,WE" →
 * "Monday and Wednesday", "1SA" (monthly) → "first Saturday". Unknown tokens are kept as written.
 */
export function daysInWords(byday: string, lang: ScheduleLanguage): string {
  const tokens = byday.split(/[,;\s]+/).map((t) => t.trim().toUpperCase()).filter(Boolean);
  if (tokens.length === 0) return '';
  const names = DAY_NAMES[lang];
  const w = WORDS[lang];
  const plain: number[] = [];
  const other: string[] = [];
  for (const token of tokens) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    if (!m) other.push(token);
    else if (m[1]) other.push(`${ORDINALS[lang][m[1].replace('+', '')] ?? m[1]} ${names[DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number])]}`);
    else if (!plain.includes(DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number]))) plain.push(DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number]));
  }
  plain.sort((a, b) => a - b);
  // Runs of three or more days in a row read as a range ("Monday to Friday").
  const parts: string[] = [];
  for (let i = 0; i < plain.length; ) {
    let j = i;
    while (j + 1 < plain.length && plain[j + 1] === plain[j] + 1) j++;
    if (j - i >= 2) parts.push(`${names[plain[i]]} ${w.to} ${names[plain[j]]}`);
    else for (let k = i; k <= j; k++) parts.push(names[plain[k]]);
    i = j + 1;
  }
  const all = [...parts, ...other];
  if (plain.length === 7 && other.length === 0) return w.daily;
  if (all.length === 1) return all[0];
  return `${all.slice(0, -1).join(', ')} ${w.and} ${all[all.length - 1]}`;
}

const capitalize = (text: string, lang: ScheduleLanguage) => (lang === 'en' && text ? text[0].toUpperCase() + text.slice(1) : text);

/**
 * One opening pattern in words, in the UI language: "Saturday 10:00–14:00", "lunes a viernes
 * 07:30–08:30 (Días escolares)", "Every day 09:00–17:00, from 2024-01-01 until 2024-06-30".
 * A schedule that is only free text ("Mon-Fri 9-5") is shown as written. Day names in Spanish
 * stay lower-case, as Spanish writes them.
 */
export function scheduleInWords(s: Schedule, lang: ScheduleLanguage): string {
  const w = WORDS[lang];
  const days = daysInWords(s.byday, lang);
  const opens = clock(s.opensAt);
  const closes = clock(s.closesAt);
  const hours = opens && closes ? `${opens}–${closes}` : opens ? `${w.from} ${opens}` : closes ? `${w.until} ${closes}` : '';
  let text = [days || (s.freq.toUpperCase() === 'DAILY' ? w.daily : s.freq.toUpperCase() === 'MONTHLY' && hours ? w.monthly : ''), hours].filter(Boolean).join(' ');
  const validity = [s.validFrom && `${w.from} ${s.validFrom}`, s.validTo && `${w.until} ${s.validTo}`].filter(Boolean).join(' ');
  if (text && validity) text = `${text}, ${validity}`;
  const description = s.description.trim();
  if (!text) return description || validity;
  text = capitalize(text, lang);
  return description && description !== text ? `${text} (${description})` : text;
}

/** A phone as one line: "312-555-0302 ext. 45 (fax) — Front desk". */
export function phoneInWords(p: Phone): string {
  const type = p.type.trim().toLowerCase();
  return [p.number + (type && type !== 'voice' ? ` (${type})` : ''), p.description.trim()].filter(Boolean).join(' — ');
}

/** A location's street address on one line: "3610 W 26th St, Chicago, IL 60623". */
export function addressInWords(l: Pick<Location, 'address1' | 'city' | 'stateProvince' | 'postalCode' | 'country'>): string {
  const region = [l.stateProvince, l.postalCode].filter((x) => x.trim()).join(' ');
  return [l.address1, l.city, region, l.country && l.country.toUpperCase() !== 'US' ? l.country : ''].map((x) => x.trim()).filter(Boolean).join(', ');
}
