import { tokenFor, type CaptureOptions } from '../../../shared/logic';
import type { Area, Topic, TownHall } from '../../../shared/model';

const LANGUAGES: Record<string, { en: string; es: string }> = {
  en: { en: 'English', es: 'Inglés' },
  es: { en: 'Spanish', es: 'Español' },
};

/** What the capture prefixes can name, labelled in the UI language. */
export function captureOptions(townhall: TownHall, topics: readonly Topic[], areas: readonly Area[], ui: 'en' | 'es'): CaptureOptions {
  const languageCodes = [...new Set(['en', 'es', ...townhall.languages])];
  const areaOrder = [...areas].sort((a, b) => Number(townhall.areaIds.includes(b.id)) - Number(townhall.areaIds.includes(a.id)) || a.number - b.number);
  return {
    topic: topics.map((t) => ({ value: t.id, label: t.name[ui], token: t.code, aliases: [t.name.en, t.name.es] })),
    area: areaOrder.map((a) => ({ value: a.id, label: `${a.number} ${a.name}`, token: tokenFor(a.name), aliases: [String(a.number), a.name] })),
    department: townhall.departments.map((d) => ({ value: d, label: d, token: tokenFor(d) })),
    language: languageCodes.map((code) => ({ value: code, label: LANGUAGES[code]?.[ui] ?? code, token: code, aliases: LANGUAGES[code] ? [LANGUAGES[code].en, LANGUAGES[code].es] : [] })),
  };
}
