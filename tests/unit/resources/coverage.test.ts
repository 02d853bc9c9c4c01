import { describe, expect, it } from 'vitest';
import { cellEvidence, coverageMatrix, emptyService, suggestServices } from '../../../shared/logic';
import type { Area, CoverLink, Need, Service } from '../../../shared/model';

const at = '2025-01-01T00:00:00.000Z';
const area = (id: string, number: number, priority = false): Area => ({ version: 1, id, number, name: `Area ${number}`, priority, createdAt: at, updatedAt: at });
const cat = (id: string) => ({ version: 1, id, code: id, name: { en: id, es: id }, parentId: null });
const svc = (id: string, categoryIds: string[], areaIds: string[], extra: Partial<Service> = {}): Service => ({ version: 1, ...emptyService(id, 'o', id), categoryIds, areaIds, createdAt: at, updatedAt: at, ...extra });
const need = (id: string, categoryId: string | null, areaId: string | null, extra: Partial<Need> = {}): Need => ({ version: 1, id, title: id, description: '', categoryId, areaId, severity: 'high', status: 'open', source: 'manual', evidence: [], createdAt: at, updatedAt: at, ...extra });
const link = (needId: string, serviceId: string, coverage: 'full' | 'partial'): CoverLink => ({ version: 1, id: `${needId}-${serviceId}`, needId, serviceId, coverage, note: '', createdAt: at, updatedAt: at });

describe('coverage matrix', () => {
  const areas = [area('a1', 1), area('a2', 2, true)];
  const categories = [cat('c1'), cat('c2')];
  const services = [svc('s1', ['c1'], ['a1', 'a2']), svc('s2', ['c2'], ['a1'], { status: 'inactive' }), svc('s3', [], ['a1'])];
  const needs = [need('n1', 'c1', 'a1'), need('n2', 'c2', 'a1'), need('n3', 'c2', 'a2'), need('n4', null, 'a1'), need('n5', 'c1', 'a1', { status: 'addressed' })];

  it('puts priority areas first and counts active services, open needs and gaps per cell', () => {
    const m = coverageMatrix({ areas, categories, services, needs, links: [link('n1', 's1', 'full'), link('n2', 's1', 'partial')] });
    expect(m.areas.map((a) => a.id)).toEqual(['a2', 'a1']);
    const cell = (a: number, c: number) => m.cells[a][c];
    expect(cell(1, 0)).toMatchObject({ services: 1, needs: 1, uncovered: 0, partial: 0, gaps: 0 });
    expect(cell(1, 1)).toMatchObject({ services: 0, needs: 1, uncovered: 0, partial: 1, gaps: 1 });
    expect(cell(0, 1)).toMatchObject({ services: 0, needs: 1, uncovered: 1, gaps: 1 });
    expect(cell(0, 0)).toMatchObject({ services: 1, needs: 0, gaps: 0 });
    expect(m.totals).toEqual({ services: 1, needs: 3, gaps: 2 });
    expect(m.unplacedNeeds).toBe(1);
    expect(m.unplacedServices).toBe(1);
  });

  it('a full link anywhere closes the gap; the evidence lists what stands behind a cell', () => {
    const links = [link('n3', 's1', 'partial'), link('n3', 's2', 'full')];
    expect(coverageMatrix({ areas, categories, services, needs, links }).cells[0][1].gaps).toBe(0);
    const e = cellEvidence({ services, needs, links }, 'a2', 'c2');
    expect(e.needs.map((x) => [x.need.id, x.coverage])).toEqual([['n3', 'full']]);
    expect(e.services).toEqual([]);
  });
});

describe('suggestions', () => {
  it('ranks by category, then area, then language; skips inactive and already linked services', () => {
    const services = [
      svc('area-only', ['c9'], ['a1']),
      svc('cat-only', ['c1'], ['a9']),
      svc('cat-area', ['c1'], ['a1']),
      svc('cat-area-es', ['c1'], ['a1'], { languages: [{ code: 'es', name: 'Spanish' }] }),
      svc('inactive', ['c1'], ['a1'], { status: 'inactive' }),
      svc('linked', ['c1'], ['a1']),
      svc('unrelated', ['c9'], ['a9']),
    ];
    const n = need('n', 'c1', 'a1');
    const got = suggestServices(n, services, [link('n', 'linked', 'full')], { language: 'es' });
    expect(got.map((s) => s.service.id)).toEqual(['cat-area-es', 'cat-area', 'cat-only', 'area-only']);
    expect(got[0].reasons).toEqual(['category', 'area', 'language']);
  });
});
