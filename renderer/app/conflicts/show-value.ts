import type { TFunction } from 'i18next';

/**
 * A field value as a person reads it in the conflict dialog, for values an editor does not name
 * itself: text as is, yes/no, numbers, a bilingual text in the UI's language (`{ en, es }`),
 * lists one item per line, records by their title, name or text. Never JSON.
 */
export function showValue(value: unknown, language: string, t: TFunction): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('csv.yes') : t('csv.no');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (Array.isArray(value)) return value.map((v) => showValue(v, language, t)).filter((s) => s.trim()).join('\n');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && Object.keys(o).every((k) => k === 'en' || k === 'es')) return (language === 'es' && typeof o.es === 'string' && o.es.trim() ? o.es : o.en) as string;
    for (const key of ['title', 'name', 'text', 'organization']) if (key in o) return showValue(o[key], language, t);
    return Object.values(o)
      .map((v) => showValue(v, language, t))
      .filter((s) => s.trim())
      .join(' · ');
  }
  return String(value);
}
