/** The sections in the navigation, in order. The hash route is `#/<id>`. */
export const SECTIONS = ['exercises', 'townhalls', 'gaps', 'reports', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const DEFAULT_SECTION: SectionId = 'exercises';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/** `#/settings` → 'settings'; anything else (including in-page anchors) → null. */
export function sectionFromHash(hash: string): SectionId | null {
  const match = /^#\/([a-z-]+)\/?$/.exec(hash);
  const id = match?.[1];
  return id && (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : null;
}
