import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startInProcessHost } from '../../support/in-process-host';
import { zipOf } from './helpers';

let host: Awaited<ReturnType<typeof startInProcessHost>>;
beforeEach(async () => (host = await startInProcessHost()));
afterEach(async () => host.stop());

const PKG = {
  'pkg/datapackage.json': JSON.stringify({ version: '3.0.0', resources: [{ name: 'organization', path: 'organizations.csv' }, { name: 'service', path: 'services.csv' }] }),
  'pkg/organizations.csv': 'id,name\no1,Ada Outreach\n',
  'pkg/services.csv': 'id,organization_id,name\ns1,o1,Night walks\n',
};

const raw = (query: string, type: string, body: Buffer) => host.fetch(`/api/resources.import?${query}`, { method: 'POST', headers: { 'Content-Type': type }, body: new Uint8Array(body) });

describe('POST /api/resources.import with the file as the body', () => {
  it('takes a zip: a dry run by default, then an apply', async () => {
    const zip = Buffer.from(zipOf(PKG), 'base64');
    const dry = await raw('fileName=pkg.zip', 'application/zip', zip);
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ applied: false, format: 'hsds-3', counts: { services: { added: 1 } } });
    expect(host.ctx.store.data.services).toHaveLength(0);
    const applied = await raw('fileName=pkg.zip&dryRun=0', 'application/zip', zip);
    expect(await applied.json()).toMatchObject({ applied: true });
    expect(host.ctx.store.data.services.map((s) => s.name)).toEqual(['Night walks']);
  });

  it('takes a spreadsheet CSV with its mapping as JSON', async () => {
    const csv = Buffer.from('Agency,Program\nAda Outreach,Night walks\n');
    const r = await raw(`fileName=s.csv&dryRun=0&mapping=${encodeURIComponent(JSON.stringify({ organization: 'agency', service: 'program' }))}`, 'text/csv', csv);
    expect(await r.json()).toMatchObject({ applied: true, format: 'csv' });
  });

  it('refuses a zip with a path outside its folder (zip-slip) with 400, importing nothing', async () => {
    const zip = Buffer.from(zipOf({ ...PKG, '../../etc/evil.csv': 'x' }), 'base64');
    const r = await raw('fileName=evil.zip&dryRun=0', 'application/zip', zip);
    expect(r.status).toBe(400);
    expect((await r.json()).error.message).toMatch(/path outside its folder \(\.\.\/\.\.\/etc\/evil\.csv\)/);
    expect(host.ctx.store.data.services).toHaveLength(0);
  });

  it('refuses a 100 MB upload with 413 and a plain sentence, without reading it', async () => {
    const url = new URL(`${host.url}/api/resources.import?fileName=big.zip`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: { ...host.auth, 'Content-Type': 'application/zip', 'Content-Length': String(100 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: 'too_large', key: 'upload.tooLarge', message: 'big.zip is larger than 50 MB, the most this import takes. Nothing was imported.' });
  });

  it('keeps the JSON limit for other content types', async () => {
    const r = await raw('fileName=x', 'application/octet-stream', Buffer.from('x'));
    expect(r.status).toBe(415);
  });
});
