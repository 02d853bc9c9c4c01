import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { createFormatters } from '../../../renderer/app/format';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from '../../../renderer/app/i18n/languages';
import { routeFromHash, routeHref, sectionFromHash, SECTIONS } from '../../../renderer/app/routes';

describe('renderer/index.html', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');

  it('carries the same Content-Security-Policy as the host and the desktop session', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sets a language', () => {
    expect(html).toMatch(/<html lang="en">/);
  });
});

describe('routes', () => {
  it('reads #/<section> and ignores anything else', () => {
    for (const id of SECTIONS) expect(sectionFromHash(`#/${id}`)).toBe(id);
    expect(sectionFromHash('#/settings/')).toBe('settings');
    expect(sectionFromHash('')).toBeNull();
    expect(sectionFromHash('#main-content')).toBeNull();
    expect(sectionFromHash('#/nowhere')).toBeNull();
  });

  it('reads a feature sub-path and writes it back', () => {
    expect(routeFromHash('#/exercises/ab%2012/console')).toEqual({ section: 'exercises', path: ['ab 12', 'console'] });
    expect(routeHref('exercises', 'ab 12', 'console')).toBe('#/exercises/ab%2012/console');
    expect(routeFromHash('#/nowhere/x')).toBeNull();
  });
});

describe('initial language', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null) });

  it('prefers the remembered choice, then the system language, then English', () => {
    expect(initialLanguage(storage('es'), ['en-US'])).toBe('es');
    expect(initialLanguage(storage(null), ['es-MX', 'en-US'])).toBe('es');
    expect(initialLanguage(storage('fr'), ['pl-PL'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(initialLanguage(throwing, ['es'])).toBe('es');
  });
});

describe('formatters', () => {
  it('format numbers, sizes and dates per locale', () => {
    const en = createFormatters('en-US');
    const es = createFormatters('es-US');
    expect(en.number(12345)).toBe('12,345');
    expect(en.bytes(512)).toBe('512 B');
    expect(en.bytes(13504)).toBe('13.2 kB');
    expect(es.bytes(13504)).toMatch(/^13[.,]2\s?kB$/);
    expect(en.dateTime('2026-01-01T15:00:00.000Z')).toMatch(/2026/);
    expect(en.dateTime('not a date')).toBe('not a date');
  });
});
