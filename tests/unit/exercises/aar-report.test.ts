import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/services/reports/registry';
import type { Workspace } from '../../../shared/model';
import { exerciseWithEntries } from '../../support/exercise-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { FONTS_DIR } from '../reports/kit-sample';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir()));
afterEach(() => tmp.cleanup());

function workspace(entries: number): Workspace {
  const area = { id: 'a1', number: 40, name: 'Washington Park', priority: true, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
  const { exercise, items } = exerciseWithEntries(entries, 'a1');
  return { schemaVersion: 2, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', areas: [area], exercises: [exercise], improvementItems: items, scenarios: [], needs: [], categories: [] } as unknown as Workspace;
}

function text(pdf: Buffer): string {
  const file = join(tmp.dir, 'r.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const env = { fontsDir: FONTS_DIR, now: new Date('2025-06-15T10:00:00Z') };

describe('AAR/IP report', () => {
  it('has the HSEEP sections in English, with ratings, findings and the plan; no names in a public report', async () => {
    const r = await buildReport(workspace(40), { kind: 'aar', id: 'ex-1', language: 'en', audience: 'public', includePersonalDetails: false }, env);
    expect(r.fileName).toBe('after-action-report-Washington-Park-spring-tabletop-public-2025-06-14.pdf');
    const internal = await buildReport(workspace(40), { kind: 'aar', id: 'ex-1', language: 'en', audience: 'internal', includePersonalDetails: false }, env);
    expect(internal.fileName).toBe('after-action-report-Washington-Park-spring-tabletop-internal-2025-06-14.pdf');
    const t = text(r.pdf);
    for (const heading of ['1. Exercise overview', '2. Analysis of capabilities', '3. Strengths and areas for improvement', 'Appendix A: Improvement plan', 'Appendix B: Participants']) expect(t).toContain(heading);
    expect(t).toContain('M: performed with major challenges');
    expect(t).toContain('Southside Peace Outreach');
    expect(t).toContain('advocate as first contact');
    // Plan owners as organizations in a public report; the point of contact only internally.
    expect(t).toContain('Family Advocacy Center');
    expect(t).not.toContain('Intake lead');
    expect(t).not.toContain('Dana Whitfield');
    expect(t).not.toContain('Appendix C');
  });

  it('is written in Spanish on request, with names and the full log only when asked for internally', async () => {
    const r = await buildReport(workspace(40), { kind: 'aar', id: 'ex-1', language: 'es', audience: 'internal', includePersonalDetails: true }, env);
    const t = text(r.pdf);
    for (const heading of ['1. Resumen del ejercicio', '2. Análisis de capacidades', 'Anexo A: Plan de mejora', 'Anexo B: Participantes', 'Anexo C: Todo lo registrado']) expect(t).toContain(heading);
    expect(t).toContain('Apoyo a la familia y a la víctima');
    expect(t).toContain('Dana Whitfield');
    expect(t).toContain('Intake lead');
    expect(r.fileName).toBe('informe-posterior-Washington-Park-spring-tabletop-interno-con-datos-personales-2025-06-14.pdf');
    expect(t).toContain('Necesitamos más trabajadores de alcance');
  });

  it('refuses an unknown exercise', async () => {
    await expect(buildReport(workspace(1), { kind: 'aar', id: 'nope', language: 'en', audience: 'public', includePersonalDetails: false }, env)).rejects.toMatchObject({ code: 'not_found' });
  });
});
