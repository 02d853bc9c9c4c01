/**
 * The languages of stored text, as the reports need them: which of a question's wordings (as
 * asked, or its translation) or an answer's is in the report's language.
 *
 * - `languageCode(typed)`: what a person typed in a language field ("es", "es-MX", "Spanish",
 *   "español", "Polish", "~pl") as a lower-case ISO 639-1 code where it is one we know, else
 *   null. English and Spanish names in both languages are known; any 2-3 letter code is kept.
 * - `guessLanguage(text)`: English or Spanish from the words themselves (their most frequent
 *   function words, Spanish marks ¿ ¡ ñ and accented vowels), or null when the text is too short
 *   or too even to tell, or not in the Latin script. It never guesses a third language: a text it
 *   cannot place keeps its declared language or none.
 * - `languageName(code, inLanguage)`: "English" / "inglés" by `Intl.DisplayNames`, or the code.
 */

/** The languages reports are written in. */
export type ReportLanguage = 'en' | 'es';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'es'];

/** The other report language. */
export const otherReportLanguage = (l: ReportLanguage): ReportLanguage => (l === 'en' ? 'es' : 'en');

export const isReportLanguage = (v: unknown): v is ReportLanguage => v === 'en' || v === 'es';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Language names people type, folded (no accents, lower case), in English and Spanish, with their code. */
const NAMES: Record<string, string> = {
  english: 'en', ingles: 'en', eng: 'en',
  spanish: 'es', espanol: 'es', castellano: 'es', spa: 'es',
  polish: 'pl', polaco: 'pl', polski: 'pl', pol: 'pl',
  chinese: 'zh', chino: 'zh', mandarin: 'zh', cantonese: 'zh', canton: 'zh',
  arabic: 'ar', arabe: 'ar', ara: 'ar',
  urdu: 'ur', korean: 'ko', coreano: 'ko', gujarati: 'gu', tagalog: 'tl', filipino: 'tl',
  vietnamese: 'vi', vietnamita: 'vi', russian: 'ru', ruso: 'ru', ukrainian: 'uk', ucraniano: 'uk',
  french: 'fr', frances: 'fr', hindi: 'hi', bengali: 'bn', punjabi: 'pa', greek: 'el', griego: 'el',
  hebrew: 'he', hebreo: 'he', persian: 'fa', farsi: 'fa', persa: 'fa', thai: 'th', tailandes: 'th',
  japanese: 'ja', japones: 'ja', amharic: 'am', amharico: 'am', portuguese: 'pt', portugues: 'pt',
};

/** A typed language ("Spanish", "es-MX", "~es") as a lower-case code, or null when it names none. */
export function languageCode(typed: string | null | undefined): string | null {
  if (!typed) return null;
  const f = fold(typed).replace(/^[~@#!]/, '');
  if (f === '') return null;
  if (NAMES[f]) return NAMES[f];
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/.exec(f);
  if (tag) return NAMES[tag[1]] ?? tag[1];
  return null;
}

/** A typed language as a report language, or null when it is another language or none. */
export function reportLanguageCode(typed: string | null | undefined): ReportLanguage | null {
  const code = languageCode(typed);
  return isReportLanguage(code) ? code : null;
}

// The most frequent function words of each language (folded). Words both languages share ("a",
// "no", "me") are left out: they tell nothing.
const EN_WORDS = new Set(
  'the and is are was were what when where why who how will would can could should do does did to of in on for with our my we you your they their there this that these those it be been have has had not from at by about if or but get more any which some than then them been being its us me why'.split(' '),
);
const ES_WORDS = new Set(
  'el la los las de del que y es en por para con una un cuando como mi mis nuestro nuestra nuestros hay se van esta estan son lo le les su sus al pero mas muy ya porque cual donde quien hace tiene tienen sobre entre este esta estos estas ese esa eso ustedes usted nosotros ellos va ser fue han puede pueden vamos tambien hasta desde sin'.split(' '),
);

/**
 * English or Spanish, from the words: null when the text has fewer than two telling words, when
 * neither language leads clearly (by two words and half again), or when it is not Latin script.
 */
export function guessLanguage(text: string | null | undefined): ReportLanguage | null {
  if (!text) return null;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters === 0 || latin < letters * 0.8) return null;
  let en = 0;
  let es = 0;
  // Marks only Spanish uses (among the two): inverted punctuation, ñ, and accented vowels.
  es += 2 * (sample.match(/[¿¡]/g)?.length ?? 0);
  es += sample.match(/[ñÑáéíóúÁÉÍÓÚ]/g)?.length ?? 0;
  for (const word of fold(sample).split(/[^\p{L}']+/u)) {
    if (word === '') continue;
    if (EN_WORDS.has(word)) en++;
    else if (ES_WORDS.has(word)) es++;
    else if (/'(s|t|re|ll|ve|m|d)$/.test(word)) en++;
  }
  if (en + es < 2) return null;
  if (en >= es * 1.5 && en - es >= 2) return 'en';
  if (es >= en * 1.5 && es - en >= 2) return 'es';
  return null;
}

/** A language code's name in a report language ("inglés"), or the code itself when Intl has none. */
export function languageName(code: string, inLanguage: ReportLanguage): string {
  const key = `${inLanguage}\u0000${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = code;
    try {
      if (/^[a-z]{2,3}$/i.test(code)) name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
    } catch {
      /* not a code: print as typed */
    }
    if (languageNames.size > 2000) languageNames.clear();
    languageNames.set(key, name);
  }
  return name;
}
const languageNames = new Map<string, string>();

/** True when the text has letters and none of them is Latin: it cannot be English or Spanish. */
export function isOtherScript(text: string): boolean {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  return /\p{L}/u.test(sample) && !/\p{Script=Latin}/u.test(sample);
}
