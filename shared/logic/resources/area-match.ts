import type { Area } from '../../model';

/** Case- and accent-insensitive key: "Humboldt  Park" and "humboldt park" match, as do "Peñalolén" and "penalolen". */
export function matchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Finds the community area a text names: by name (case/accent-insensitive), or by number
 * ("25", "Area 25", "Community Area 25"). Returns null rather than guess.
 */
export function areaMatcher(areas: readonly Area[]): (text: string) => Area | null {
  const byName = new Map(areas.map((a) => [matchKey(a.name), a]));
  const byNumber = new Map(areas.map((a) => [a.number, a]));
  return (text) => {
    const key = matchKey(text);
    if (!key) return null;
    const named = byName.get(key);
    if (named) return named;
    const number = /^(?:community area |area )?(\d+)$/.exec(key)?.[1];
    return number ? (byNumber.get(Number(number)) ?? null) : null;
  };
}
