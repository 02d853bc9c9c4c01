import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/services/reports/registry';
import { FIXTURES, openTestWorkspace, zipFolder } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'convene-gap-pdf-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small directory with one covered and one uncovered need, in a priority area. */
async function scenario() {
  await t.call('resources.import', { fileName: 'v1-sample-all.zip', source: { kind: 'zip', base64: zipFolder(join(FIXTURES, 'v1-sample-all')) }, dryRun: false, acceptErrors: true });
  const areas = await t.call('areas.list', {});
  const austin = areas.find((a) => a.name === 'Austin')!;
  await t.call('areas.update', { id: austin.id, priority: true });
  const org = await t.call('resources.saveOrganization', { name: 'Westside Peace Partners' });
  const walks = await t.call('resources.saveService', { organizationId: org.id, name: 'Evening peace walks', categoryIds: ['cat-street-outreach'], areaIds: [austin.id], languages: [{ code: 'es', name: 'Español' }], lastVerified: '2025-01-10' });
  const covered = await t.call('needs.create', { title: 'Outreach after dark on Chicago Ave', categoryId: 'cat-street-outreach', areaId: austin.id, severity: 'high', source: 'manual', evidence: [{ kind: 'note', text: 'Residents asked for walkers near the bus stop.' }] });
  await t.call('needs.create', { title: 'Grief support for families on Lavergne', categoryId: 'cat-family-support', areaId: austin.id, severity: 'critical', source: 'manual', evidence: [{ kind: 'note', text: 'Two families asked for counselling in Spanish.' }] });
  await t.call('links.set', { needId: covered.id, serviceId: walks.id, coverage: 'full' });
}

describe('service-gap report', () => {
  it('has the method and sources, inventory, matrix, priority gaps with evidence, and stale records (English)', async () => {
    await scenario();
    const report = await buildReport(t.ctx.store.data, { kind: 'gaps', language: 'en', audience: 'public', includePersonalDetails: false }, { fontsDir: t.ctx.fontsDir, now: new Date('2025-06-01T12:00:00Z') });
    // Audience and the data's as-of date (the newest import or need) in the name: public and internal never collide.
    expect(report.fileName).toMatch(/^Service-gap-report-public-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(report.pdf);
    if (process.env.GAP_REPORT_OUT) writeFileSync(process.env.GAP_REPORT_OUT, report.pdf);
    for (const s of ['Method and data sources', 'v1-sample-all.zip', 'HSDS 1.x/2.x', 'Inventory of services', 'By language', 'Coverage matrix', 'Priority gaps', 'Records not verified in over a year']) expect(text).toContain(s);
    expect(text).toContain('Grief support for families on Lavergne');
    expect(text).toContain('Two families asked for counselling in Spanish.');
    // The covered need is not a gap; the stale list holds the imported services never verified.
    expect(text).not.toContain('Outreach after dark on Chicago Ave');
    expect(text).toContain('Never Homeless Helpline');
    expect(text).toMatch(/Evening peace walks/);
  });

  it('is written in Spanish when asked', async () => {
    await scenario();
    const report = await buildReport(t.ctx.store.data, { kind: 'gaps', language: 'es', audience: 'public', includePersonalDetails: false }, { fontsDir: t.ctx.fontsDir, now: new Date('2025-06-01T12:00:00Z') });
    const text = pdfText(report.pdf);
    for (const s of ['Informe de brechas de servicios', 'Método y fuentes de datos', 'Matriz de cobertura', 'Brechas prioritarias', 'Apoyo a familias y en el duelo', 'Registros sin verificar desde hace más de un año', 'Página']) expect(text).toContain(s);
  });

  it('says so plainly for an empty directory', async () => {
    const report = await buildReport(t.ctx.store.data, { kind: 'gaps', language: 'en', audience: 'public', includePersonalDetails: false }, { fontsDir: t.ctx.fontsDir, now: new Date('2025-06-01T12:00:00Z') });
    const text = pdfText(report.pdf);
    expect(text).toContain('no file was imported');
    expect(text).toContain('Every open need is fully covered');
  });
});
