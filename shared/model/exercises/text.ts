import { z } from 'zod';

/** Longest single text in a scenario or an exercise: a long narrative fits, a pasted book does not. */
export const MAX_TEXT = 20_000;

/**
 * Text a scenario author writes in English and, optionally, Spanish. Trimmed and NFC-normalised
 * so the same accented word typed two ways compares equal.
 */
const part = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, `must be at most ${max} characters`));

export const BiText = (max = MAX_TEXT) =>
  z.object({
    en: part(max).pipe(z.string().min(1, 'English text must not be empty')),
    es: part(max).optional(),
  });
export type BiText = { en: string; es?: string };

/** The text in a language, falling back to English when the Spanish is missing or empty. */
export function textIn(text: BiText | undefined, language: 'en' | 'es'): string {
  if (!text) return '';
  return (language === 'es' && text.es ? text.es : text.en) ?? '';
}
