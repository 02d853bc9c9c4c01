import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

/** An HSDS package whose phones and opening hours are linked through a location and an organization, not the service. */
async function writeLinkedPackage(dir: string): Promise<string> {
  const folder = join(dir, 'linked-records');
  await mkdir(folder, { recursive: true });
  const files: Record<string, string> = {
    'datapackage.json': JSON.stringify({ name: 'linked', resources: ['organization', 'service', 'location', 'service_at_location', 'phone', 'schedule'].map((name) => ({ name, path: `${name}s.csv` })) }),
    'organizations.csv': 'id,name,description\norg-1,Red de Vecinos Little Village,Coalición vecinal\norg-2,Southside Youth Works,Youth employment\n',
    'services.csv': 'id,organization_id,name,status\nsvc-1,org-1,Patrullas a pie de padres,active\nsvc-2,org-2,Summer jobs for teens,active\n',
    'locations.csv': 'id,organization_id,name,address_1,city,state_province,postal_code\nloc-1,org-1,Oficina Little Village,3610 W 26th St,Chicago,IL,60623\nloc-2,org-2,SYW Bronzeville,4400 S King Dr,Chicago,IL,60653\n',
    'service_at_locations.csv': 'id,service_id,location_id\nsal-1,svc-1,loc-1\nsal-2,svc-2,loc-2\n',
    'phones.csv': 'id,location_id,service_id,organization_id,number,extension,type\nph-1,loc-1,,,312-555-0301,,voice\nph-2,loc-2,,,312-555-0302,45,voice\nph-3,,,org-2,312-555-0399,,fax\n',
    'schedules.csv': 'id,service_id,location_id,freq,byday,opens_at,closes_at\nsch-1,,loc-2,WEEKLY,SA,10:00,14:00\nsch-2,,loc-1,WEEKLY,"MO,TU,WE,TH,FR",09:00:00,17:00:00\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return folder;
}

test('phones and opening hours linked through a location and an organization are found on screen, in both languages', async ({ page, host }) => {
  const folder = await writeLinkedPackage(host.dir);
  await page.goto(`${host.url}#/gaps/import`);
  await page.getByLabel('Choose a folder…').setInputFiles(folder);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was imported.' })).toBeVisible();

  await page.getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('button', { name: 'Edit Summer jobs for teens' }).click();
  const locations = page.getByRole('region', { name: 'Location' });
  const bronzeville = locations.getByRole('listitem', { name: 'SYW Bronzeville' });
  await expect(bronzeville).toContainText('4400 S King Dr, Chicago, IL 60653');
  await expect(bronzeville).toContainText('312-555-0302 ext. 45');
  await expect(bronzeville).toContainText('Saturday 10:00–14:00');
  await page.screenshot({ path: join(ARTIFACTS, 'service-locations-en.png'), fullPage: true });

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('region', { name: 'Ubicación' }).getByRole('listitem', { name: 'SYW Bronzeville' })).toContainText('sábado 10:00–14:00');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await page.getByRole('button', { name: 'Editar Patrullas a pie de padres' }).click();
  const office = page.getByRole('region', { name: 'Ubicación' }).getByRole('listitem', { name: 'Oficina Little Village' });
  await expect(office).toContainText('lunes a viernes 09:00–17:00');
  await expect(office).toContainText('312-555-0301');
  await page.screenshot({ path: join(ARTIFACTS, 'service-locations-es.png'), fullPage: true });
  await page.getByRole('button', { name: 'Cancelar' }).click();

  // The organization's own phone: shown and editable in its editor.
  await page.getByRole('button', { name: 'Southside Youth Works' }).click();
  await expect(page.getByLabel('Teléfono 1', { exact: true })).toHaveValue('312-555-0399');
  await expect(page.getByLabel('Tipo del teléfono 1')).toHaveValue('fax');
  await page.getByRole('button', { name: 'Añadir un teléfono' }).click();
  await page.getByLabel('Teléfono 2', { exact: true }).fill('312-555-0400 ext. 7');
  await page.getByLabel('Nota del teléfono 2').fill('Línea de ayuda');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Southside Youth Works' })).toBeVisible();
  await page.getByRole('button', { name: 'Southside Youth Works' }).click();
  await expect(page.getByLabel('Teléfono 2', { exact: true })).toHaveValue('312-555-0400 ext. 7');
  await expect(page.getByLabel('Nota del teléfono 2')).toHaveValue('Línea de ayuda');
  await expect(page.getByLabel('Teléfono 1', { exact: true })).toHaveValue('312-555-0399');
});
