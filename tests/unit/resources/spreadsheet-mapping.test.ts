import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessColumnMapping, spreadsheetLanguage, unusedColumns } from '../../../shared/logic';
import { openTestWorkspace } from './helpers';

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

/** The newcomer's Spanish Excel file (Windows-1252, semicolons), cut to three rows and with a column no field takes. */
const SHEET =
  'Nombre del servicio;Organización;Descripción;Teléfono;Dirección;Ciudad;Código postal;Idiomas;Horario;Correo;Sitio web;Última revisión;Categoría;Notas internas\r\n' +
  'Asesoría legal gratuita;Centro Jurídico Comunitario Pilsen;Asesoría sobre vivienda;312-555-0100 ext. 12;1820 S Blue Island Ave;Chicago;60608;Spanish, English;Lun-Vie 9:00-17:00;info@cjc.example;https://cjc.example;13/03/2024;Legal;llamar antes\r\n' +
  'Banco de alimentos;Despensa San José;Entrega semanal;312.555.0177;1300 W 18th St;Chicago;60608;Spanish;Sáb 10:00-13:00;N/A;N/A;25/01/2024;Food;\r\n' +
  'Consejería;Despensa San José;Sin dirección;312.555.0178;;;;Spanish;;;;25/01/2024;;\r\n';
const bytes = () => Buffer.from(SHEET, 'latin1');
const headers = () => SHEET.split('\r\n')[0].split(';').map((h) => h.toLowerCase());

describe('guessing the columns of a spreadsheet', () => {
  it('recognises Spanish headers, with or without accents and in any case', () => {
    expect(guessColumnMapping(headers())).toEqual({
      organization: 'organización',
      service: 'nombre del servicio',
      description: 'descripción',
      categories: 'categoría',
      languages: 'idiomas',
      phone: 'teléfono',
      email: 'correo',
      website: 'sitio web',
      schedule: 'horario',
      lastVerified: 'última revisión',
      address: 'dirección',
      city: 'ciudad',
      postalCode: 'código postal',
    });
    expect(guessColumnMapping(['NOMBRE DEL SERVICIO', 'ORGANIZACION', 'ULTIMA REVISION', 'DIRECCION', 'TELEFONO'].map((h) => h.toLowerCase()))).toMatchObject({ service: 'nombre del servicio', organization: 'organizacion', lastVerified: 'ultima revision', address: 'direccion', phone: 'telefono' });
  });
  it('recognises English template headers, including address columns', () => {
    expect(guessColumnMapping(['agency name', 'program name', 'street address', 'city', 'state', 'zip code', 'lat', 'lng', 'hours of operation', 'date verified'])).toEqual({
      organization: 'agency name',
      service: 'program name',
      address: 'street address',
      city: 'city',
      region: 'state',
      postalCode: 'zip code',
      latitude: 'lat',
      longitude: 'lng',
      schedule: 'hours of operation',
      lastVerified: 'date verified',
    });
  });
  it('does not take a contact name for the service name', () => {
    expect(guessColumnMapping(['organization', 'contact name', 'servicio ofrecido']).service).toBe('servicio ofrecido');
  });
  it('reads a Spanish header row as Spanish (day-first dates)', () => {
    expect(spreadsheetLanguage(['Nombre del servicio', 'Última revisión'])).toBe('es');
    expect(spreadsheetLanguage(['Service', 'Organization', 'Email'])).toBeNull();
  });
  it('lists the columns no field uses', () => {
    expect(unusedColumns(['Nombre', 'Notas internas', 'Ciudad'], { service: 'nombre', city: 'ciudad' })).toEqual(['Notas internas']);
  });
});

describe('importing a spreadsheet with address columns', () => {
  const importSheet = (dryRun: boolean) => t.call('resources.import', { fileName: 'servicios.csv', source: { kind: 'csv', base64: bytes().toString('base64'), mapping: guessColumnMapping(headers()) }, dryRun, acceptErrors: false });

  it('makes a location per service with an address, links it, and says which columns were left out', async () => {
    const report = await importSheet(false);
    expect(report.applied).toBe(true);
    expect(report.counts.services.added).toBe(3);
    expect(report.counts.organizations.added).toBe(2);
    expect(report.counts.locations.added).toBe(2);
    const unused = report.issues.find((i) => i.key === 'spreadsheet.unusedColumns');
    expect(unused?.message).toBe('Columns not imported: Notas internas. No field uses them; choose a field for a column to import it.');
    const dir = await t.call('resources.list', {});
    const legal = dir.services.find((s) => s.name === 'Asesoría legal gratuita')!;
    expect(legal.lastVerified).toBe('2024-03-13');
    const loc = dir.locations.find((l) => l.id === legal.locationIds[0])!;
    expect(loc).toMatchObject({ address1: '1820 S Blue Island Ave', city: 'Chicago', postalCode: '60608', organizationId: legal.organizationId });
    expect(dir.services.find((s) => s.name === 'Consejería')!.locationIds).toEqual([]);
  });

  it('re-importing the same file updates the locations, never duplicates them', async () => {
    await importSheet(false);
    const again = await importSheet(false);
    expect(again.counts.locations).toMatchObject({ added: 0, unchanged: 2 });
    expect((await t.call('resources.list', {})).locations).toHaveLength(2);
  });

  it('a coordinate out of range is left empty with a warning naming row and column', async () => {
    const csv = 'organization,service,latitude,longitude\nOrg,Svc,41.85,-87.65\nOrg,Other,123,-87.6\n';
    const report = await t.call('resources.import', { fileName: 'c.csv', source: { kind: 'csv', base64: Buffer.from(csv).toString('base64'), mapping: guessColumnMapping(['organization', 'service', 'latitude', 'longitude']) }, dryRun: false, acceptErrors: false });
    expect(report.issues.find((i) => i.key === 'spreadsheet.badCoordinate')).toMatchObject({ row: 3, column: 'latitude' });
    const dir = await t.call('resources.list', {});
    expect(dir.locations.map((l) => [l.latitude, l.longitude]).sort()).toEqual([[41.85, -87.65], [null, -87.6]].sort());
  });
});
