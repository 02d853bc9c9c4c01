import { describe, expect, it } from 'vitest';
import { buildReport, reportFileName } from '../../../electron/services/reports/registry';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';
import { exerciseWithEntries } from '../../support/exercise-fixture';
import type { Workspace } from '../../../shared/model';
import { FONTS_DIR } from './kit-sample';

/**
 * Every export that can keep personal details gets a file name that says so: an internal report
 * with personal details never overwrites, nor can be mistaken for, the one without (trial finding:
 * both were "…-internal-en-DATE.pdf").
 */
const env = { fontsDir: FONTS_DIR, now: new Date('2025-06-15T10:00:00Z') };
const AUDIENCES = [
  { audience: 'public', includePersonalDetails: false },
  { audience: 'internal', includePersonalDetails: false },
  { audience: 'internal', includePersonalDetails: true },
] as const;

async function names(ws: Workspace, base: { kind: 'townhall' | 'aar' | 'gaps'; id?: string }, language: 'en' | 'es'): Promise<string[]> {
  const out: string[] = [];
  for (const a of AUDIENCES) out.push((await buildReport(ws, { ...base, language, ...a }, env)).fileName);
  return out;
}

describe('report file names tell public, internal and internal with personal details apart', () => {
  it('town hall report, in English and Spanish', async () => {
    const ws = makeTownHallWorkspace({ questions: 3 });
    const id = ws.townhalls[0].id;
    expect(await names(ws, { kind: 'townhall', id }, 'en')).toEqual([
      'Public-safety-town-hall-1-public-en-2025-03-10.pdf',
      'Public-safety-town-hall-1-internal-en-2025-03-10.pdf',
      'Public-safety-town-hall-1-internal-with-personal-details-en-2025-03-10.pdf',
    ]);
    expect(await names(ws, { kind: 'townhall', id }, 'es')).toEqual([
      'Public-safety-town-hall-1-publico-es-2025-03-10.pdf',
      'Public-safety-town-hall-1-interno-es-2025-03-10.pdf',
      'Public-safety-town-hall-1-interno-con-datos-personales-es-2025-03-10.pdf',
    ]);
  });

  it('after-action report, in English and Spanish', async () => {
    const area = { id: 'a1', number: 40, name: 'Washington Park', priority: true, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
    const { exercise, items } = exerciseWithEntries(5, 'a1');
    const ws = { schemaVersion: 2, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', areas: [area], exercises: [exercise], improvementItems: items, scenarios: [], needs: [], categories: [] } as unknown as Workspace;
    const en = await names(ws, { kind: 'aar', id: exercise.id }, 'en');
    expect(en[2]).toBe('after-action-report-Washington-Park-spring-tabletop-internal-with-personal-details-2025-06-14.pdf');
    const es = await names(ws, { kind: 'aar', id: exercise.id }, 'es');
    expect(es[2]).toBe('informe-posterior-Washington-Park-spring-tabletop-interno-con-datos-personales-2025-06-14.pdf');
    for (const list of [en, es]) expect(new Set(list).size).toBe(3);
  });

  it('gap report, in English and Spanish', async () => {
    const ws = makeTownHallWorkspace({ questions: 1 });
    for (const language of ['en', 'es'] as const) {
      const list = await names(ws, { kind: 'gaps' }, language);
      expect(new Set(list).size, list.join()).toBe(3);
      expect(list[2]).toContain(language === 'en' ? '-internal-with-personal-details-' : '-interno-con-datos-personales-');
    }
  });

  it('a long title is shortened, never the audience and language that tell exports apart', () => {
    const long = 'Little Village and South Lawndale joint community public safety town hall for winter';
    expect(reportFileName([long, 'internal-with-personal-details', 'en'], '2026-12-01')).toMatch(/^Little-Village-.*-internal-with-personal-details-en-2026-12-01\.pdf$/);
    expect(reportFileName([long, 'interno', 'es'], '2026-12-01')).toMatch(/-interno-es-2026-12-01\.pdf$/);
    expect(reportFileName(['Short', 'public', 'en'], '2026-12-01')).toBe('Short-public-en-2026-12-01.pdf');
  });
});
