import type { Category } from '../../model';
import { matchKey } from './area-match';

/** A taxonomy term from a source: id, code and name, any of which may be empty. */
export interface SourceTerm {
  id: string;
  code: string;
  name: string;
}

/**
 * Maps source taxonomy terms onto the workspace taxonomy: by id, then code, then name in either
 * language (case/accent-insensitive). A term that matches nothing becomes a new category, keeping
 * its id and code, so a re-import maps onto it again and staff can rename or merge it later.
 */
export function categoryMapper(existing: readonly Category[]) {
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byKey = new Map<string, Category>();
  for (const c of existing) for (const k of [c.code, c.name.en, c.name.es]) if (matchKey(k)) byKey.set(matchKey(k), byKey.get(matchKey(k)) ?? c);
  const created = new Map<string, Category>();
  return {
    map(term: SourceTerm): Category | null {
      const found = byId.get(term.id) ?? byKey.get(matchKey(term.code)) ?? byKey.get(matchKey(term.name));
      if (found) return found;
      const name = (term.name || term.code || term.id).slice(0, 200);
      if (!name) return null;
      const category: Category = { version: 1, id: term.id.slice(0, 100) || `cat-${matchKey(name).replace(/ /g, '-').slice(0, 90)}`, code: (term.code || name).slice(0, 100), name: { en: name, es: name }, parentId: null };
      byId.set(category.id, category);
      for (const k of [category.code, name]) if (matchKey(k) && !byKey.has(matchKey(k))) byKey.set(matchKey(k), category);
      created.set(category.id, category);
      return category;
    },
    created: () => [...created.values()],
  };
}
