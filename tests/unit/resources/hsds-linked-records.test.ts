import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, zipOf } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

const PACKAGE = {
  'datapackage.json': JSON.stringify({ name: 'flat', resources: ['organization', 'service', 'location', 'service_at_location', 'phone', 'schedule'].map((name) => ({ name, path: `${name}s.csv` })) }),
  'organizations.csv': 'id,name\norg-1,Red de Vecinos\n',
  'services.csv': 'id,organization_id,name\nsvc-1,org-1,Patrullas\n',
  'locations.csv': 'id,organization_id,name,address_1,city,state_province,postal_code,latitude,longitude\nloc-1,org-1,Oficina,3610 W 26th St,Chicago,IL,60623,41.8445,-87.7159\n',
  'service_at_locations.csv': 'id,service_id,location_id\nsal-1,svc-1,loc-1\n',
  'phones.csv': 'id,location_id,organization_id,number,extension,type\nph-1,loc-1,,312-555-0301,12,voice\nph-2,,org-1,312-555-0399,,fax\n',
  'schedules.csv': 'id,location_id,freq,byday,opens_at,closes_at\nsch-1,loc-1,WEEKLY,SA,10:00,14:00\n',
};

describe('an HSDS export with the address on the location row', () => {
  it('keeps the address, the location phones and hours and the organization phone', async () => {
    const report = await t.call('resources.import', { fileName: 'flat.zip', source: { kind: 'zip', base64: zipOf(PACKAGE) }, dryRun: false, acceptErrors: false });
    expect(report.applied).toBe(true);
    const dir = await t.call('resources.list', {});
    expect(dir.locations[0]).toMatchObject({ address1: '3610 W 26th St', city: 'Chicago', stateProvince: 'IL', postalCode: '60623', latitude: 41.8445, longitude: -87.7159 });
    expect(dir.locations[0].phones).toEqual([{ number: '312-555-0301 ext. 12', type: 'voice', description: '' }]);
    expect(dir.locations[0].schedules[0]).toMatchObject({ byday: 'SA', opensAt: '10:00', closesAt: '14:00' });
    expect(dir.organizations[0].phones).toMatchObject([{ number: '312-555-0399', type: 'fax' }]);
    expect(dir.services[0].locationIds).toEqual(['loc-1']);
  });
});
