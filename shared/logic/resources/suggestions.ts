import type { CoverLink, Need, Service } from '../../model';

export type SuggestionReason = 'category' | 'area' | 'language';

export interface Suggestion {
  service: Service;
  score: number;
  reasons: SuggestionReason[];
}

/**
 * Services that could answer a need, best first: same category (weighs most), serving the need's
 * area, offering the language asked for. Only active services not already linked to the need, and
 * only those matching the category or the area.
 */
export function suggestServices(need: Need, services: readonly Service[], links: readonly CoverLink[], options: { language?: string; limit?: number } = {}): Suggestion[] {
  const linked = new Set(links.filter((l) => l.needId === need.id).map((l) => l.serviceId));
  const language = options.language?.toLowerCase();
  const out: Suggestion[] = [];
  for (const s of services) {
    if (s.status !== 'active' || linked.has(s.id)) continue;
    const reasons: SuggestionReason[] = [];
    let score = 0;
    if (need.categoryId && s.categoryIds.includes(need.categoryId)) {
      reasons.push('category');
      score += 4;
    }
    if (need.areaId && s.areaIds.includes(need.areaId)) {
      reasons.push('area');
      score += 2;
    }
    if (score === 0) continue;
    if (language && s.languages.some((l) => l.code.toLowerCase() === language || l.name.toLowerCase() === language)) {
      reasons.push('language');
      score += 1;
    }
    out.push({ service: s, score, reasons });
  }
  out.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name));
  return out.slice(0, options.limit ?? 10);
}
