import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, openTestWorkspace, zipFolder, zipOf } from './helpers';

/** The field cases of issue 11 (../shared/field-cases/01, 02, 03), each with its right values. */
const CASES = join(import.meta.dirname, '../../../../shared/field-cases');

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

const importZip = (base64: string, fileName = 'pkg.zip') => t.call('resources.import', { fileName, source: { kind: 'zip', base64 }, dryRun: false, acceptErrors: true });

describe('01 data package with plural resource names', () => {
  it('maps organizations/services/phones to their HSDS tables: 1 organization, 1 service with its phone', async () => {
    const report = await importZip(zipFolder(join(CASES, '01-datapackage-plural-names/pkg')));
    expect(report.blocked).toBeNull();
    expect(report.applied).toBe(true);
    const dir = await t.call('resources.list', {});
    expect(dir.organizations.map((o) => o.name)).toEqual(['Riverton Tenant Union']);
    expect(dir.services).toHaveLength(1);
    expect(dir.services[0].contacts.map((c) => c.phone)).toEqual(['(555) 010-0147']);
    expect(report.tables.map((x) => [x.table, x.rows, x.kept])).toEqual([
      ['organization', 1, 1],
      ['service', 1, 1],
      ['phone', 1, 1],
    ]);
  });

  it('reads paths that do not resolve from the file of that name, with a warning per table', async () => {
    const report = await importZip(zipFolder(join(CASES, '01-datapackage-plural-names/pkg-path')));
    expect(report.applied).toBe(true);
    const dir = await t.call('resources.list', {});
    expect(dir.services[0].contacts[0].phone).toBe('(555) 010-0147');
    const fallbacks = report.issues.filter((i) => i.key === 'hsds.pathFallback');
    expect(fallbacks.map((i) => i.params?.table)).toEqual(['organizations', 'services', 'phones']);
    expect(fallbacks[0].message).toBe('The table organizations is listed at tmp/datapackage/data/organizations.csv, which is not in the package; data/organizations.csv was read instead.');
  });
});

describe('02 HSDS 3.0 phones and schedules linked through service_at_location, location, organization, contact', () => {
  it('keeps every phone and schedule on the record it describes', async () => {
    const report = await importZip(zipFolder(join(CASES, '02-hsds3-sal-schedules-phones/pkg')));
    expect(report.format).toBe('hsds-3');
    expect(report.applied).toBe(true);
    const dir = await t.call('resources.list', {});
    const svc = dir.services.find((s) => s.id === 'svc-1')!;
    // sch-1 through sal-1: Tuesday 10:00-14:00
    expect(svc.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'TU', opensAt: '10:00', closesAt: '14:00', description: 'Pantry at the hall' })]);
    // both phones of contact c-1 kept; ph-1 (through sal-1) on the service
    expect(svc.contacts).toEqual([
      expect.objectContaining({ name: 'Pat Example', phone: '(555) 010-0103; (555) 010-0104 (text)' }),
      expect.objectContaining({ name: '', phone: '(555) 010-0100', title: 'voice at Riverton Community Hall' }),
    ]);
    const hall = dir.locations.find((l) => l.id === 'loc-1')!;
    expect(hall.phones).toEqual([{ number: '(555) 010-0101', type: 'voice', description: '' }]);
    expect(hall.schedules).toEqual([expect.objectContaining({ byday: 'MO,TU,WE,TH,FR', opensAt: '09:00', closesAt: '17:00' })]);
    expect(dir.organizations[0].phones).toEqual([{ number: '(555) 010-0102', type: 'voice', description: '' }]);
    const phones = report.tables.find((x) => x.table === 'phone')!;
    expect(phones).toMatchObject({ rows: 5, kept: 5, skipped: 0 });
  });

  it('counts linked rows it has no place for, never dropping them silently', async () => {
    const base = join(CASES, '02-hsds3-sal-schedules-phones/pkg');
    const phones = readFileSync(join(base, 'phones.csv'), 'utf8') + 'ph-6,,,,,c-404,(555) 010-0199,voice\nph-7,,loc-404,,,,(555) 010-0198,voice\n';
    const report = await importZip(zipFolder(base, { 'phones.csv': phones }));
    const table = report.tables.find((x) => x.table === 'phone')!;
    expect(table).toMatchObject({ rows: 7, kept: 5, skipped: 2 });
    expect(table.reasons.map((r) => r.count).reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('HSDS fixtures and variants', () => {
  it('the HSDS 1.1 v1-sample-all fixture keeps all 5 phones, extensions included', async () => {
    await importZip(zipFolder(join(FIXTURES, 'v1-sample-all')));
    const dir = await t.call('resources.list', {});
    const all = [
      ...dir.organizations.flatMap((o) => o.phones.map((p) => p.number)),
      ...dir.locations.flatMap((l) => l.phones.map((p) => p.number)),
      ...dir.services.flatMap((s) => s.contacts.map((c) => c.phone).filter(Boolean)),
    ];
    expect(all.sort()).toEqual(['(0123) 4567 8900 ext. 42', '(223) 346 12361', '(223) 346 12361', '(223) 4567 12534', '(773) 2351 2461'].sort());
  });

  it('reads an HSDS 3.0 package without a version field (it has taxonomy and attribute) as 3.0', async () => {
    const pkg = {
      'datapackage.json': JSON.stringify({ resources: ['organization', 'service', 'taxonomy', 'taxonomy_term', 'attribute'].map((n) => ({ name: n, path: `${n}.csv` })) }),
      'organization.csv': 'id,name\no1,Ada Outreach\n',
      'service.csv': 'id,organization_id,name\ns1,o1,Night walks\n',
      'taxonomy.csv': 'id,name\ntx1,Open Eligibility\n',
      'taxonomy_term.csv': 'id,code,name,taxonomy_id\nt1,food,Food,tx1\n',
      'attribute.csv': 'id,link_id,link_entity,taxonomy_term_id\na1,s1,service,t1\n',
    };
    const report = await importZip(zipOf(pkg));
    expect(report.format).toBe('hsds-3');
    expect(report.applied).toBe(true);
  });

  it('service areas linked to a service reach it and match community areas by name', async () => {
    const areas = await t.call('areas.list', {});
    const pkg = zipOf({
      'datapackage.json': JSON.stringify({ version: '3.0', resources: ['organization', 'service', 'service_area', 'service_at_location'].map((n) => ({ name: n, path: `${n}.csv` })) }),
      'organization.csv': 'id,name\no1,Ada Outreach\n',
      'service.csv': 'id,organization_id,name\ns1,o1,Night walks\ns2,o1,Day walks\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal1,s2,\n',
      'service_area.csv': `id,service_id,service_at_location_id,name\nsa1,s1,,${areas[0].name}\nsa2,,sal1,"${areas[1].name}, ${areas[2].name}"\n`,
    });
    await importZip(pkg);
    const dir = await t.call('resources.list', {});
    expect(dir.services.find((s) => s.id === 's1')!.areaIds).toEqual([areas[0].id]);
    expect(dir.services.find((s) => s.id === 's2')!.areaIds).toEqual([areas[1].id]);
  });
});
