import type { Area, Category, CoverLink, Need, Service } from '../../model';
import { sortAreas } from '../areas';

/** One cell of the coverage matrix: supply (active services) beside expressed need, and what is still open. */
export interface CoverageCell {
  areaId: string;
  categoryId: string;
  services: number;
  needs: number;
  /** Open needs no link covers at all. */
  uncovered: number;
  /** Open needs covered only partly. */
  partial: number;
  /** Needs not fully covered: uncovered + partial. Zero means the gap is closed. */
  gaps: number;
}

export interface CoverageMatrix {
  areas: Area[];
  categories: Category[];
  /** cells[areaIndex][categoryIndex] */
  cells: CoverageCell[][];
  totals: { services: number; needs: number; gaps: number };
  /** Active services with no community area or no category: they cannot be placed in a cell. */
  unplacedServices: number;
  /** Open needs with no area or no category. */
  unplacedNeeds: number;
}

const key = (areaId: string, categoryId: string) => `${areaId}\u0000${categoryId}`;

/** Coverage of each open need by its links: the best link decides. */
export function needCoverage(links: readonly CoverLink[]): Map<string, 'full' | 'partial'> {
  const out = new Map<string, 'full' | 'partial'>();
  for (const l of links) if (l.coverage === 'full' || !out.has(l.needId)) out.set(l.needId, l.coverage);
  return out;
}

/**
 * The coverage matrix: community areas (priority first) by categories, counting active services
 * and open needs per cell and the needs still not fully covered. One pass over services, needs
 * and links; cells are looked up by key.
 */
export function coverageMatrix(input: { areas: readonly Area[]; categories: readonly Category[]; services: readonly Service[]; needs: readonly Need[]; links: readonly CoverLink[] }): CoverageMatrix {
  const areas = sortAreas(input.areas);
  const categories = [...input.categories];
  const index = new Map<string, CoverageCell>();
  const cells = areas.map((a) =>
    categories.map((c) => {
      const cell: CoverageCell = { areaId: a.id, categoryId: c.id, services: 0, needs: 0, uncovered: 0, partial: 0, gaps: 0 };
      index.set(key(a.id, c.id), cell);
      return cell;
    }),
  );
  let services = 0;
  let unplacedServices = 0;
  for (const s of input.services) {
    if (s.status !== 'active') continue;
    let placed = false;
    for (const a of s.areaIds) {
      for (const c of s.categoryIds) {
        const cell = index.get(key(a, c));
        if (cell) {
          cell.services++;
          placed = true;
        }
      }
    }
    if (placed) services++;
    else unplacedServices++;
  }
  const coverage = needCoverage(input.links);
  let needs = 0;
  let gaps = 0;
  let unplacedNeeds = 0;
  for (const n of input.needs) {
    if (n.status !== 'open') continue;
    const cell = n.areaId && n.categoryId ? index.get(key(n.areaId, n.categoryId)) : undefined;
    if (!cell) {
      unplacedNeeds++;
      continue;
    }
    needs++;
    cell.needs++;
    const c = coverage.get(n.id);
    if (c === 'full') continue;
    if (c === 'partial') cell.partial++;
    else cell.uncovered++;
    cell.gaps++;
    gaps++;
  }
  return { areas, categories, cells, totals: { services, needs, gaps }, unplacedServices, unplacedNeeds };
}

/** What a cell stands on: the services and needs behind its numbers. */
export function cellEvidence(input: { services: readonly Service[]; needs: readonly Need[]; links: readonly CoverLink[] }, areaId: string, categoryId: string) {
  const coverage = needCoverage(input.links);
  return {
    services: input.services.filter((s) => s.status === 'active' && s.areaIds.includes(areaId) && s.categoryIds.includes(categoryId)),
    needs: input.needs
      .filter((n) => n.status === 'open' && n.areaId === areaId && n.categoryId === categoryId)
      .map((n) => ({ need: n, coverage: coverage.get(n.id) ?? null })),
  };
}
