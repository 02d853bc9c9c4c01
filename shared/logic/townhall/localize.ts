import type { Faq, Question } from '../../model';
import { guessLanguage, isOtherScript, isReportLanguage, languageCode, otherReportLanguage, reportLanguageCode, type ReportLanguage } from '../text/language';

/**
 * Which wording of a question, an answer or an FAQ entry a report in one language prints.
 *
 * A question is stored as asked (`text`, in `language`) with an optional `translation` (in
 * `translationLanguage`); an answer as written (`answer`, in `answerLanguage`) with an optional
 * `answerTranslation` in the other report language; an FAQ entry as `question`/`answer` in its
 * `language` with `translation` in the other. Where a language is not recorded it is guessed from
 * the words (`guessLanguage`), and a translation with no language of its own is taken to be in
 * the other report language. The wording in the report's language is used where one exists;
 * otherwise the original is printed and `original` names its language ('und' when it is only
 * known not to be the report's), so the report can mark it. `original` is null when the text is in
 * the report's language or its language is unknown.
 */
export interface Localized {
  text: string;
  original: string | null;
}

type LocalizableQuestion = Pick<Question, 'text' | 'language' | 'translation' | 'translationLanguage' | 'answer' | 'answerLanguage' | 'answerTranslation'>;

/** The language of a resident's words: as recorded, else guessed; 'und' for a non-Latin script nobody named. */
function questionLanguage(q: Pick<Question, 'text' | 'language'>): string | null {
  return languageCode(q.language) ?? guessLanguage(q.text) ?? (isOtherScript(q.text) ? 'und' : null);
}

function choose(want: ReportLanguage, options: { text: string; lang: string | null }[]): Localized {
  const usable = options.filter((o) => o.text.trim() !== '');
  const match = usable.find((o) => o.lang === want);
  if (match) return { text: match.text, original: null };
  const first = usable[0] ?? options[0] ?? { text: '', lang: null };
  return { text: first.text, original: first.lang && first.lang !== want ? first.lang : null };
}

/** The language of a question's translation: as recorded, else guessed, else the other report language. */
export function translationLanguageOf(q: Pick<Question, 'text' | 'language' | 'translation' | 'translationLanguage'>): string | null {
  if (!q.translation?.trim()) return null;
  const own = languageCode(q.translationLanguage) ?? guessLanguage(q.translation);
  if (own) return own;
  const asked = questionLanguage(q);
  return isReportLanguage(asked) ? otherReportLanguage(asked) : null;
}

/** A question's wording for a report in `want`: its text, or its translation when that is in `want`. */
export function questionIn(q: LocalizableQuestion, want: ReportLanguage): Localized {
  return choose(want, [
    { text: q.text, lang: questionLanguage(q) },
    { text: q.translation ?? '', lang: translationLanguageOf(q) },
  ]);
}

/** The languages of an answer and of its translation (the other report language of the two). */
export function answerLanguages(q: Pick<Question, 'answer' | 'answerLanguage' | 'answerTranslation'>): { answer: ReportLanguage | null; translation: ReportLanguage | null } {
  let answer = reportLanguageCode(q.answerLanguage) ?? guessLanguage(q.answer);
  const hasTranslation = !!q.answerTranslation?.trim();
  if (!answer && hasTranslation) {
    const t = guessLanguage(q.answerTranslation);
    if (t) answer = otherReportLanguage(t);
  }
  return { answer, translation: hasTranslation && answer ? otherReportLanguage(answer) : hasTranslation ? guessLanguage(q.answerTranslation) : null };
}

/** A question's answer for a report in `want` (empty text when there is none). */
export function answerIn(q: LocalizableQuestion, want: ReportLanguage): Localized {
  const langs = answerLanguages(q);
  return choose(want, [
    { text: q.answer, lang: langs.answer },
    { text: q.answerTranslation ?? '', lang: langs.translation },
  ]);
}

/** The language of an FAQ entry's own wording: as recorded, else guessed from its question and answer. */
export function faqLanguage(faq: Pick<Faq, 'question' | 'answer' | 'language' | 'translation'>): ReportLanguage | null {
  if (isReportLanguage(faq.language)) return faq.language;
  const own = guessLanguage(`${faq.question}\n${faq.answer}`);
  if (own) return own;
  const t = faq.translation ? guessLanguage(`${faq.translation.question}\n${faq.translation.answer}`) : null;
  return t ? otherReportLanguage(t) : null;
}

/** An FAQ entry's question and answer for a report in `want`. */
export function faqIn(faq: Pick<Faq, 'question' | 'answer' | 'language' | 'translation'>, want: ReportLanguage): { question: Localized; answer: Localized } {
  const own = faqLanguage(faq);
  const other = own ? otherReportLanguage(own) : null;
  return {
    question: choose(want, [{ text: faq.question, lang: own }, { text: faq.translation?.question ?? '', lang: other }]),
    answer: choose(want, [{ text: faq.answer, lang: own }, { text: faq.translation?.answer ?? '', lang: other }]),
  };
}

/**
 * For the editors, which show one field per report language: a stored pair (text in `lang`, and
 * its translation in the other language) as { en, es }. An unknown `lang` counts as `fallback`.
 */
export function byLanguage(text: string, lang: ReportLanguage | null, translation: string, fallback: ReportLanguage): Record<ReportLanguage, string> {
  const own = lang ?? fallback;
  return own === 'en' ? { en: text, es: translation } : { en: translation, es: text };
}

/**
 * The inverse of `byLanguage`: fields per language back to the stored pair. The stored text stays
 * in `preferred` (the language it was in) unless only the other language has text.
 */
export function fromLanguages(values: Record<ReportLanguage, string>, preferred: ReportLanguage): { text: string; lang: ReportLanguage; translation: string } {
  const other = otherReportLanguage(preferred);
  const lang = values[preferred].trim() === '' && values[other].trim() !== '' ? other : preferred;
  return { text: values[lang], lang, translation: values[otherReportLanguage(lang)] };
}
