import type { TFunction } from 'i18next';

/** Nouns the catalogs count, each with a singular and a plural form per language (`counts.<noun>_one/_other`). */
export type CountedNoun = 'module' | 'inject' | 'openNeed' | 'need' | 'resource' | 'link' | 'service' | 'placedService' | 'activeService' | 'gap' | 'organization' | 'error' | 'warning' | 'question' | 'raised';

/**
 * "1 service", "2 services", "1.000 servicios": a number with its noun in the UI's language,
 * the form chosen by the language's plural rules (i18next, Intl.PluralRules) and the number
 * formatted for the language. Messages that count several things take these phrases as
 * parameters, so no sentence reads "1 modules" or "1 warnings".
 */
export function counted(t: TFunction, noun: CountedNoun, count: number): string {
  return t(`counts.${noun}`, { count });
}
