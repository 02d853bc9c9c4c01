import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, openTestWorkspace, zipFolder } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

const importZip = (base64: string, options: { dryRun?: boolean; acceptErrors?: boolean } = {}) =>
  t.call('resources.import', { fileName: 'pkg.zip', source: { kind: 'zip', base64 }, dryRun: options.dryRun ?? false, acceptErrors: options.acceptErrors ?? true });

describe('importing the official HSDS fixtures', () => {
  it('HSDS 3.0 examples: one organization, service and location with their details', async () => {
    const report = await importZip(zipFolder(join(FIXTURES, 'v3-examples')));
    expect(report.format).toBe('hsds-3');
    expect(report.applied).toBe(true);
    expect(report.counts.organizations).toMatchObject({ added: 1, skipped: 0 });
    expect(report.counts.services).toMatchObject({ added: 1, skipped: 0 });
    expect(report.counts.locations).toMatchObject({ added: 1, skipped: 0 });
    // The example's location points at an organization that is not in the package: kept, reported.
    expect(report.issues.some((i) => i.file === 'locations.csv' && /not in the package/.test(i.message))).toBe(true);
    const dir = await t.call('resources.list', {});
    const s = dir.services[0];
    expect(s).toMatchObject({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Community Counselling', organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', status: 'active', minimumAge: 12, maximumAge: 100, lastVerified: '2005-01-01', program: 'Community Mental Health Support' });
    expect(s.languages).toEqual([{ code: 'ur', name: 'Urdu' }]);
    expect(s.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TH,FR', opensAt: '10:00:00', closesAt: '18:00:00' });
    expect(s.contacts[0]).toMatchObject({ name: 'Ann Persona', title: 'Reception Manager', phone: '+44 1234 234567 ext. 100' });
    expect(s.eligibility).toMatch(/aged 12 and over/);
    expect(s.locationIds).toEqual(['3a19ff88-4620-4d17-9830-ac1d859eb5d5']);
    expect(s.serviceAreaText).toMatch(/MyCity/);
    expect(dir.organizations[0]).toMatchObject({ name: 'Example Organization Inc.', website: 'http://example.com' });
    expect(dir.locations[0]).toMatchObject({ name: 'MyCity Civic Center', address1: '1-30 Main Street', city: 'MyCity', latitude: null, organizationId: null });
    expect(dir.imports).toHaveLength(1);
    expect(dir.imports[0]).toMatchObject({ format: 'hsds-3', asOf: '2023-03-15', added: 3 });
  });

  it('HSDS 1.1 simple sample: 10 organizations, 13 services, 10 locations', async () => {
    const report = await importZip(zipFolder(join(FIXTURES, 'v1-sample-simple')));
    expect(report.format).toBe('hsds-1');
    const dir = await t.call('resources.list', {});
    expect(dir.organizations).toHaveLength(10);
    expect(dir.services).toHaveLength(13);
    expect(dir.locations).toHaveLength(10);
    expect(report.counts.services.added).toBe(13);
    const helpline = dir.services.find((s) => s.id === 'c89eb05c-62dd-4b64-b494-0cc347b6ea7f')!;
    expect(helpline).toMatchObject({ name: 'Never Homeless Helpline', email: 'neverhomeless@example.com', interpretationServices: 'over the phone' });
    expect(helpline.locationIds.length).toBeGreaterThan(0);
  });

  it('HSDS 1.1 full sample: languages, weekday schedules, eligibility and taxonomy from the 1.x tables', async () => {
    const report = await importZip(zipFolder(join(FIXTURES, 'v1-sample-all')));
    expect(report.format).toBe('hsds-1');
    const dir = await t.call('resources.list', {});
    expect(dir.organizations).toHaveLength(10);
    expect(dir.services).toHaveLength(13);
    expect(dir.locations).toHaveLength(10);
    const helpline = dir.services.find((s) => s.id === 'c89eb05c-62dd-4b64-b494-0cc347b6ea7f')!;
    expect(helpline.languages).toEqual([{ code: 'en', name: 'English' }, { code: 'es', name: 'Spanish' }]);
    expect(helpline.schedules.map((s) => s.byday)).toEqual(['MO', 'TU', 'WE']);
    expect(helpline.eligibility).toBe('adult');
    // "Sample service area" names no community area: kept as text and reported, never guessed.
    expect(helpline.areaIds).toEqual([]);
    expect(helpline.serviceAreaText).toBe('Sample service area');
    expect(report.issues.some((i) => /Sample service area.*matches no community area/.test(i.message))).toBe(true);
  });

  it('re-importing the same package updates by id and never duplicates', async () => {
    const zip = zipFolder(join(FIXTURES, 'v1-sample-all'));
    await importZip(zip);
    const again = await importZip(zip);
    expect(again.counts.services).toMatchObject({ added: 0, updated: 0, unchanged: 13 });
    const dir = await t.call('resources.list', {});
    expect(dir.services).toHaveLength(13);
    expect(dir.organizations).toHaveLength(10);
  });

  it('a dry run reports the counts and writes nothing', async () => {
    const report = await importZip(zipFolder(join(FIXTURES, 'v1-sample-simple')), { dryRun: true });
    expect(report.applied).toBe(false);
    expect(report.counts.services.added).toBe(13);
    expect((await t.call('resources.list', {})).services).toHaveLength(0);
  });
});
