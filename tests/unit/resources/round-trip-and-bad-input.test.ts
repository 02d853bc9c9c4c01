import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, openTestWorkspace, zipFolder, zipOf } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

const zipImport = (base64: string, options: { dryRun?: boolean; acceptErrors?: boolean } = {}) =>
  t.call('resources.import', { fileName: 'pkg.zip', source: { kind: 'zip', base64 }, dryRun: options.dryRun ?? false, acceptErrors: options.acceptErrors ?? false });

const ORGS = 'id,name,description\no1,Ada Outreach,Street outreach\no2,Bea Victim Services,\n';
const SERVICES_HEAD = 'id,organization_id,name,status,assured_date\n';
const pkg = (services: string, extra: Record<string, string> = {}) => ({
  'datapackage.json': JSON.stringify({ version: '3.0.0', resources: [{ name: 'organization', path: 'organizations.csv' }, { name: 'service', path: 'services.csv' }, ...Object.keys(extra).map((p) => ({ name: p.replace(/s?\.csv$/, ''), path: p }))] }),
  'organizations.csv': ORGS,
  'services.csv': SERVICES_HEAD + services,
  ...extra,
});

async function snapshot() {
  const d = await t.call('resources.list', {});
  return { o: d.organizations.length, s: d.services.length, l: d.locations.length, i: d.imports.length };
}

describe('round trip', () => {
  it('exporting as HSDS 3.0 and importing into an empty directory gives back the same directory', async () => {
    const areas = await t.call('areas.list', {});
    await zipImport(zipFolder(join(FIXTURES, 'v1-sample-all')), { acceptErrors: true });
    await zipImport(zipFolder(join(FIXTURES, 'v3-examples')), { acceptErrors: true });
    // Staff edits on top: categories, areas served, capacity, a location in an area.
    const before = await t.call('resources.list', {});
    const s = before.services[0];
    await t.call('resources.saveService', { ...s, categoryIds: ['cat-youth', 'cat-housing'], areaIds: [areas[0].id, areas[3].id], capacity: [{ available: 3, maximum: 10, unit: 'beds', updated: '2024-01-02' }], lastVerified: '2024-02-01' });
    const loc = before.locations[0];
    await t.call('resources.saveLocation', { ...loc, areaId: areas[5].id });
    const original = await t.call('resources.list', {});

    const exported = await t.call('resources.export', {});
    expect(exported.fileName).toMatch(/\.zip$/);

    const other = await openTestWorkspace();
    try {
      const report = await other.call('resources.import', { fileName: exported.fileName, source: { kind: 'zip', base64: exported.base64 }, dryRun: false, acceptErrors: false });
      expect(report.format).toBe('hsds-3');
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(report.applied).toBe(true);
      const copy = await other.call('resources.list', {});
      // Each workspace made its own area ids: compare areas by number.
      const numbers = async (c: typeof t.call) => new Map((await c('areas.list', {})).map((a) => [a.id, a.number]));
      const [origAreas, copyAreas] = [await numbers(t.call), await numbers(other.call)];
      // Versions count each workspace's own edits: the copy starts at 1.
      const strip = <T extends { id: string; createdAt: string; updatedAt: string; version: number; areaIds?: string[]; areaId?: string | null }>(list: T[], areas: Map<string, number>) =>
        list
          .map(({ createdAt: _c, updatedAt: _u, version: _v, ...rest }) => ({ ...rest, ...(rest.areaIds ? { areaIds: rest.areaIds.map((a) => areas.get(a)) } : {}), ...(rest.areaId ? { areaId: areas.get(rest.areaId) } : {}) }))
          .sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(strip(copy.organizations, copyAreas)).toEqual(strip(original.organizations, origAreas));
      expect(strip(copy.services, copyAreas)).toEqual(strip(original.services, origAreas));
      expect(strip(copy.locations, copyAreas)).toEqual(strip(original.locations, origAreas));
      expect(original.services.some((x) => x.areaIds.length === 2 && x.capacity.length === 1)).toBe(true);
      expect(original.locations.some((x) => x.areaId)).toBe(true);
      expect(copy.categories.map((c) => c.id).sort()).toEqual(original.categories.map((c) => c.id).sort());
    } finally {
      await other.close();
    }
  });
});

describe('bad input: a clear report and nothing half-imported', () => {
  it('a service pointing at no organization is skipped with its row; without acceptance nothing changes', async () => {
    const report = await zipImport(zipOf(pkg('s1,o1,Night walks,active,2024-01-01\ns2,ghost,Lost service,active,\n')));
    expect(report.applied).toBe(false);
    expect(report.counts.services).toMatchObject({ added: 1, skipped: 1 });
    expect(report.issues).toContainEqual(expect.objectContaining({ file: 'services.csv', row: 3, severity: 'error', column: 'organization_id', key: 'hsds.service.organizationMissing', message: 'Service skipped: its organization ghost is not in the package or the directory.' }));
    expect(await snapshot()).toEqual({ o: 0, s: 0, l: 0, i: 0 });
    const accepted = await zipImport(zipOf(pkg('s1,o1,Night walks,active,2024-01-01\ns2,ghost,Lost service,active,\n')), { acceptErrors: true });
    expect(accepted.applied).toBe(true);
    expect(await snapshot()).toEqual({ o: 2, s: 1, l: 0, i: 1 });
  });

  it('a BOM, CRLF line ends and quoted newlines are read correctly', async () => {
    const services = '\ufeff' + SERVICES_HEAD.replace('\n', '\r\n') + 's1,o1,"Night\r\nwalks, together",active,2024-01-01\r\n';
    const report = await zipImport(zipOf({ ...pkg(''), 'services.csv': services }));
    expect(report.applied).toBe(true);
    const dir = await t.call('resources.list', {});
    expect(dir.services[0].name).toBe('Night\r\nwalks, together');
    expect(dir.services[0].lastVerified).toBe('2024-01-01');
  });

  it('malformed CSV rows (wrong field count, unclosed quote) are skipped with their row number', async () => {
    const report = await zipImport(zipOf(pkg('s1,o1,Good,active,\ns2,o1,Too,many,fields,here\ns3,o1,"unclosed,active,\n')));
    expect(report.applied).toBe(false);
    const rows = report.issues.filter((i) => i.file === 'services.csv' && i.severity === 'error').map((i) => i.row);
    expect(rows).toContain(3);
    expect(report.issues.some((i) => /never closed|values but the header/.test(i.message))).toBe(true);
    expect(await snapshot()).toEqual({ o: 0, s: 0, l: 0, i: 0 });
  });

  it('missing required columns block the whole import', async () => {
    const report = await zipImport(zipOf({ ...pkg(''), 'services.csv': 'id,name\ns1,No org column\n' }), { acceptErrors: true });
    expect(report.applied).toBe(false);
    expect(report.blocked).toMatch(/required columns/);
    expect(report.issues[0].message).toMatch(/Required column missing: organization_id/);
    expect(await snapshot()).toEqual({ o: 0, s: 0, l: 0, i: 0 });
  });

  it('unknown taxonomy terms become new categories, listed in the report', async () => {
    const extra = {
      'taxonomy_terms.csv': 'id,code,name\nt1,youth,Youth\nt2,boxing,Boxing gyms\n',
      'attributes.csv': 'id,link_id,taxonomy_term_id,link_entity\na1,s1,t1,service\na2,s1,t2,service\na3,s1,t9,service\n',
    };
    const report = await zipImport(zipOf(pkg('s1,o1,Night walks,active,\n', extra)), { acceptErrors: true });
    expect(report.newCategories).toEqual(['Boxing gyms', 't9']);
    const dir = await t.call('resources.list', {});
    expect(dir.services[0].categoryIds).toEqual(['cat-youth', 't2', 't9']);
    expect(dir.categories.find((c) => c.id === 't2')).toMatchObject({ code: 'boxing', name: { en: 'Boxing gyms' } });
  });

  it('a zip with a path outside its folder is refused whole', async () => {
    await expect(zipImport(zipOf({ ...pkg('s1,o1,Night walks,active,\n'), '../evil.csv': 'x' }))).rejects.toThrow(/outside its folder/);
    expect(await snapshot()).toEqual({ o: 0, s: 0, l: 0, i: 0 });
  });

  it('a file that is not a zip, or has no package, gets a plain sentence', async () => {
    await expect(zipImport(Buffer.from('id,name\n1,x\n').toString('base64'))).rejects.toThrow(/not a zip archive/);
    const report = await zipImport(zipOf({ 'readme.txt': 'hello', 'notes.json': '{}' }));
    expect(report.blocked).toMatch(/No HSDS data package/);
  });

  it('a package without datapackage.json is read by file names, with a warning', async () => {
    const files = pkg('s1,o1,Night walks,active,\n');
    delete (files as Record<string, string>)['datapackage.json'];
    const report = await zipImport(zipOf(files));
    expect(report.applied).toBe(true);
    expect(report.issues[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/no datapackage.json/) });
  });
});

describe('spreadsheet CSV with a column mapping', () => {
  const csv = 'Agency,Program,Category,Community area,Languages,Phone\nAda Outreach,Night walks,Youth programs and engagement,Austin; Nowhere,Spanish; English,555-0100\nAda Outreach,Peace circles,Street outreach and violence interruption,25,English,\n';
  const mapping = { organization: 'agency', service: 'program', categories: 'category', areas: 'community area', languages: 'languages', phone: 'phone' };
  const run = () => t.call('resources.import', { fileName: 'sheet.csv', source: { kind: 'csv', base64: Buffer.from(csv).toString('base64'), mapping }, dryRun: false, acceptErrors: false });

  it('maps columns, matches areas by name or number, and re-imports without duplicates', async () => {
    const report = await run();
    expect(report.applied).toBe(true);
    expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'warning', row: 2, message: 'Column "Community area": area "Nowhere" matches no community area; kept as text.', column: 'Community area' }));
    const dir = await t.call('resources.list', {});
    const areas = await t.call('areas.list', {});
    const austin = areas.find((a) => a.name === 'Austin')!;
    expect(dir.organizations).toHaveLength(1);
    expect(dir.services).toHaveLength(2);
    const walks = dir.services.find((s) => s.name === 'Night walks')!;
    expect(walks).toMatchObject({ categoryIds: ['cat-youth'], areaIds: [austin.id], languages: [{ code: 'es', name: 'Spanish' }, { code: 'en', name: 'English' }] });
    expect(walks.contacts[0].phone).toBe('555-0100');
    const again = await run();
    expect(again.counts.services).toMatchObject({ added: 0, unchanged: 2 });
    expect((await t.call('resources.list', {})).services).toHaveLength(2);
  });

  it('refuses a mapping without the required fields', async () => {
    const report = await t.call('resources.import', { fileName: 'sheet.csv', source: { kind: 'csv', base64: Buffer.from(csv).toString('base64'), mapping: { service: 'program' } }, dryRun: false, acceptErrors: true });
    expect(report.applied).toBe(false);
    expect(report.blocked).toMatch(/no column is chosen for the required field organization/);
  });
});
