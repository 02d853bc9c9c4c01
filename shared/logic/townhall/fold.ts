/**
 * Text folded for matching: accents and case removed, punctuation turned into spaces, so that
 * "Policía" finds "policia" and "¿Cuándo?" finds "cuando". Letters of every script are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
