import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../renderer/app/i18n/catalogs';

const { en, es } = catalogs;

const RENDERER = resolve(import.meta.dirname, '../../../renderer');

/** `{ a: { b: 'x' } }` → [['a.b', 'x']]. */
function flatten(catalog: unknown, prefix = ''): [string, unknown][] {
  if (catalog && typeof catalog === 'object' && !Array.isArray(catalog)) {
    return Object.entries(catalog).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, catalog]];
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

describe('UI catalogs', () => {
  const enEntries = flatten(en);
  const esEntries = flatten(es);

  it('English and Spanish have exactly the same keys', () => {
    const enKeys = enEntries.map(([k]) => k).sort();
    const esKeys = esEntries.map(([k]) => k).sort();
    expect(esKeys.filter((k) => !enKeys.includes(k)), 'keys only in es.json').toEqual([]);
    expect(enKeys.filter((k) => !esKeys.includes(k)), 'keys only in en.json').toEqual([]);
  });

  it('every value is a non-empty string', () => {
    for (const [key, value] of [...enEntries, ...esEntries]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const esMap = new Map(esEntries);
    for (const [key, value] of enEntries) expect(placeholders(esMap.get(key)), key).toEqual(placeholders(value));
  });

  it('Spanish is actually translated (few values equal to English)', () => {
    const esMap = new Map(esEntries);
    const same = enEntries.filter(([key, value]) => esMap.get(key) === value).map(([key]) => key);
    // Names that are the same in both languages (encoding names as save dialogs write them), "1 error"
    // (the same word), and lists of counted phrases ("{{modules}} · {{injects}}") whose words come from `counts`.
    const countedLists = ['resources.import.issuesTitle', 'resources.matrix.cellLabel', 'resources.matrix.totals', 'tabletop.library.counts', 'townhall.list.counts'];
    expect(same.sort()).toEqual(['app.name', 'counts.error_one', 'csv.no', 'resources.import.severity.error', 'fileReading.encoding.utf-16be', 'fileReading.encoding.utf-16le', 'fileReading.encoding.utf-8', 'language.en', 'language.es', 'reportsHub.exerciseOption', ...countedLists].sort());
  });

  it('a count followed by a word has singular and plural forms ("1 resource", never "1 resources")', () => {
    // Reviewed exceptions: the word after the count reads right for any number.
    const countFree = new Set(['resources.directory.showing', 'townhall.moderate.showing', 'resources.import.moreIssues', 'resources.map.truncated', 'townhall.room.pendingCount', 'townhall.room.projectorRaised']);
    const unpluralized = [...enEntries, ...esEntries]
      .filter(([key, value]) => /\{\{count\}\} \p{L}/u.test(String(value)) && !/_(zero|one|two|few|many|other)$/.test(key) && !countFree.has(key))
      .map(([key]) => key);
    expect([...new Set(unpluralized)]).toEqual([]);
  });

  it('every key the renderer asks for exists', () => {
    const keys = new Set(enEntries.map(([k]) => k.replace(/_(one|other)$/, '')));
    const missing: string[] = [];
    for (const file of filesUnder(RENDERER, '.tsx')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!keys.has(m[1])) missing.push(`${relative(RENDERER, file)}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('no English text outside the catalogs', () => {
  /**
   * A heuristic: JSX text between tags (`>Save<`) and string literals in user-visible attributes
   * (`aria-label="Save"`, `placeholder`, `title`, `alt`) that contain letters. Expressions in
   * braces are fine: they go through `t()`.
   */
  const JSX_TEXT = /(?<!=)>\s*([^<>{}]*\p{L}[^<>{}]*?)\s*</gu;
  const VISIBLE_ATTRIBUTE = /\b(aria-label|aria-description|placeholder|title|alt|label)="([^"]*\p{L}[^"]*)"/gu;

  const tsxFiles = filesUnder(RENDERER, '.tsx');

  it('finds the .tsx files', () => {
    expect(tsxFiles.length).toBeGreaterThan(10);
  });

  it.each(tsxFiles.map((f) => [relative(RENDERER, f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8')
      // Comments are for developers.
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const found: string[] = [];
    for (const m of source.matchAll(JSX_TEXT)) {
      const text = m[1].trim();
      // TypeScript generics and comparisons also put text between < and >: keep only JSX-like text.
      if (/[=;()[\]&|]/.test(text)) continue;
      found.push(text);
    }
    for (const m of source.matchAll(VISIBLE_ATTRIBUTE)) found.push(`${m[1]}="${m[2]}"`);
    expect(found).toEqual([]);
  });

  it('the heuristic catches a literal', () => {
    const sample = '<p className="x">Save changes</p><button aria-label="Close">{t(\'a\')}</button>';
    expect([...sample.matchAll(JSX_TEXT)].map((m) => m[1])).toContain('Save changes');
    expect([...sample.matchAll(VISIBLE_ATTRIBUTE)].map((m) => m[2])).toContain('Close');
  });
});

describe('counts over long lists', () => {
  it("write numbers the language's way and agree in number (a new user saw 'Showing 10000 of 10000 questions')", async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'en', interpolation: { escapeValue: false } });
    const both = (key: string, params: Record<string, unknown>) => [i18next.t(key, { ...params, lng: 'en' }), i18next.t(key, { ...params, lng: 'es' })];
    expect(both('townhall.moderate.showing', { count: 10_000, total: 12_345 })).toEqual(['Showing 10,000 of 12,345 questions', 'Se muestran 10.000 de 12.345 preguntas']);
    expect(both('townhall.moderate.showing', { count: 1, total: 3 })).toEqual(['Showing 1 of 3 questions', 'Se muestra 1 de 3 preguntas']);
    expect(both('resources.directory.showing', { shown: 9_999, count: 10_000 })).toEqual(['9,999 of 10,000 services match', 'Coinciden 9999 de 10.000 servicios']);
    expect(both('tabletop.log.matches', { count: 1_500, total: 2_000 })[0]).toBe('1,500 of 2,000 entries match');
  });
});
