import en from './en.json';
import es from './es.json';

type Catalog = { [key: string]: string | Catalog };

/**
 * The app's own strings plus each feature's catalog (`renderer/<feature>/i18n/{en,es}.json`),
 * so features add strings without editing a shared file. A feature's top-level keys must not
 * collide with another's (tests/unit/renderer/i18n-catalogs.test.ts checks).
 */
const featureCatalogs = import.meta.glob<Catalog>(['../../*/i18n/{en,es}.json', '!../../app/**'], { eager: true, import: 'default' });

function merge(base: Catalog, language: 'en' | 'es'): Catalog {
  const merged: Catalog = { ...base };
  for (const [path, catalog] of Object.entries(featureCatalogs)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(catalog)) {
      if (key in merged) throw new Error(`i18n: the key "${key}" in ${path} is already defined elsewhere.`);
      merged[key] = value;
    }
  }
  return merged;
}

export const catalogs = { en: merge(en as Catalog, 'en'), es: merge(es as Catalog, 'es') };
