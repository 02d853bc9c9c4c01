/** The sections in the navigation, in order. The hash route is `#/<id>`. */
export const SECTIONS = ['exercises', 'townhalls', 'gaps', 'reports', 'settings', 'help'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const DEFAULT_SECTION: SectionId = 'exercises';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/** `#/settings` → 'settings'; anything else (including in-page anchors) → null. */
export function sectionFromHash(hash: string): SectionId | null {
  return routeFromHash(hash)?.section ?? null;
}

/** A feature's own place inside its section: `#/exercises/ab12/console` → { section: 'exercises', path: ['ab12', 'console'] }. */
export interface Route {
  section: SectionId;
  path: string[];
}

export function routeFromHash(hash: string): Route | null {
  const match = /^#\/([a-z-]+)((?:\/[^/?#]+)*)\/?$/.exec(hash);
  const id = match?.[1];
  if (!id || !(SECTIONS as readonly string[]).includes(id)) return null;
  const path = (match[2] ?? '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { section: id as SectionId, path };
}

export function routeHref(section: SectionId, ...path: string[]): string {
  return `#/${section}${path.map((p) => `/${encodeURIComponent(p)}`).join('')}`;
}
