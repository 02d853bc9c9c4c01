import type { Category } from '../../model';
import { matchKey } from './area-match';

/** A taxonomy term from a source: id, code and name, any of which may be empty. */
export interface SourceTerm {
  id: string;
  code: string;
  name: string;
}

/** Words that say nothing about the kind of help ("and", "services"). */
const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'a', 'an', 'services', 'service', 'support', 'programs', 'program', 'y', 'e', 'de', 'del', 'la', 'el', 'los', 'las', 'para', 'en', 'servicios', 'servicio', 'apoyo', 'programas', 'programa']);
const significantWords = (text: string) => matchKey(text).split(' ').filter((w) => w && !STOP_WORDS.has(w));
/** The same word, or its plural ("meal" / "meals", "alimento" / "alimentos"). */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;

/** Names of common directory categories in both languages, for a category an import creates. */
const TRANSLATIONS: readonly { en: string; es: string }[] = [
  { en: 'Childcare', es: 'Cuidado infantil' },
  { en: 'Education', es: 'Educación' },
  { en: 'Utilities', es: 'Servicios básicos del hogar' },
  { en: 'Harm reduction', es: 'Reducción de daños' },
  { en: 'Immigration', es: 'Inmigración' },
  { en: 'Domestic violence', es: 'Violencia doméstica' },
  { en: 'Conflict resolution', es: 'Resolución de conflictos' },
  { en: 'Transportation', es: 'Transporte' },
  { en: 'Health care', es: 'Atención médica' },
  { en: 'Clothing', es: 'Ropa' },
  { en: 'Seniors', es: 'Personas mayores' },
  { en: 'Disability services', es: 'Servicios para personas con discapacidad' },
  { en: 'Veterans', es: 'Veteranos' },
  { en: 'Financial assistance', es: 'Ayuda económica' },
  { en: 'Recreation', es: 'Recreación' },
];

/**
 * Maps source taxonomy terms onto the workspace taxonomy: by id, then code, then name in either
 * language (case/accent-insensitive), then by words ("Legal" is "Legal aid", "Shelter" is "Housing and shelter",
 * when exactly one category holds them). A term that matches nothing becomes a new category, keeping
 * its id and code, so a re-import maps onto it again and staff can rename or merge it later.
 */
export function categoryMapper(existing: readonly Category[]) {
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byKey = new Map<string, Category>();
  for (const c of existing) for (const k of [c.code, c.name.en, c.name.es]) if (matchKey(k)) byKey.set(matchKey(k), byKey.get(matchKey(k)) ?? c);
  const created = new Map<string, Category>();
  const wordsOf = (c: Category) => [c.name.en, c.name.es].map(significantWords);
  /** The one existing category whose name (either language) holds every significant word of the term ("Legal" → "Legal aid"). */
  const byWords = (text: string): Category | undefined => {
    const words = significantWords(text);
    if (words.length === 0) return undefined;
    const hits = existing.filter((c) => wordsOf(c).some((names) => words.every((w) => names.some((n) => sameWord(n, w)))));
    return hits.length === 1 ? hits[0] : undefined;
  };
  return {
    map(term: SourceTerm): Category | null {
      const found = byId.get(term.id) ?? byKey.get(matchKey(term.code)) ?? byKey.get(matchKey(term.name)) ?? byWords(term.name || term.code);
      if (found) return found;
      const name = (term.name || term.code || term.id).slice(0, 200);
      if (!name) return null;
      const translated = TRANSLATIONS.find((t) => matchKey(t.en) === matchKey(name) || matchKey(t.es) === matchKey(name));
      const category: Category = { version: 1, id: term.id.slice(0, 100) || `cat-${matchKey(name).replace(/ /g, '-').slice(0, 90)}`, code: (term.code || name).slice(0, 100), name: translated ? { en: translated.en, es: translated.es } : { en: name, es: name }, parentId: null };
      byId.set(category.id, category);
      for (const k of [category.code, name]) if (matchKey(k) && !byKey.has(matchKey(k))) byKey.set(matchKey(k), category);
      created.set(category.id, category);
      return category;
    },
    created: () => [...created.values()],
  };
}
