import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

const SHEET =
  'Nombre del servicio;Organización;Teléfono;Dirección;Ciudad;Código postal;Última revisión;Notas internas\r\n' +
  'Asesoría legal gratuita;Centro Jurídico Pilsen;312-555-0100 ext. 12;1820 S Blue Island Ave;Chicago;60608;13/03/2024;llamar antes\r\n' +
  'Banco de alimentos;Despensa San José;312.555.0177;1300 W 18th St;Chicago;60608;25/01/2024;\r\n';

test('a Spanish spreadsheet: columns guessed, address kept as a location, unused columns named, mapping changed and remembered', async ({ page, host }) => {
  const file = join(host.dir, 'servicios.csv');
  await writeFile(file, Buffer.from(SHEET, 'latin1'));
  await page.goto(`${host.url}#/gaps/import`);
  await page.getByLabel('Choose a spreadsheet CSV…').setInputFiles(file);
  const mapping = page.getByRole('form', { name: 'Which column holds what?' });
  await expect(mapping.getByLabel('Service name (required)')).toHaveValue('nombre del servicio');
  await expect(mapping.getByLabel('Last verified')).toHaveValue('última revisión');
  await expect(mapping.getByLabel('Address (street)')).toHaveValue('dirección');
  await expect(mapping.getByLabel('City')).toHaveValue('ciudad');
  await expect(mapping.getByLabel('Postal code')).toHaveValue('código postal');
  await expect(mapping.getByTestId('unused-columns')).toHaveText('Column not imported: Notas internas. Choose a field for it to import it.');
  await mapping.getByRole('button', { name: 'Check the file' }).click();

  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Columns not imported: Notas internas.');
  await expect(report.getByRole('row', { name: /^Locations/ })).toContainText('2');
  // Back to the mapping: take the notes as the description after all.
  await page.getByRole('button', { name: 'Change the column mapping' }).click();
  await page.getByLabel('Description').selectOption('notas internas');
  await expect(page.getByTestId('unused-columns')).toHaveText('Every column of the file is used.');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(report).not.toContainText('Columns not imported');
  await page.screenshot({ path: join(ARTIFACTS, 'import-spreadsheet-addresses-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'servicios.csv was imported.' })).toBeVisible();

  // The same headers again: the mapping chosen last time, notes as description included.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByLabel('Elegir una hoja de cálculo CSV…').setInputFiles(file);
  const again = page.getByRole('form', { name: '¿Qué columna contiene cada dato?' });
  await expect(again).toContainText('Estas son las columnas que eligió la última vez');
  await expect(again.getByLabel('Descripción')).toHaveValue('notas internas');
  await page.getByRole('button', { name: 'Cancelar' }).click();

  await page.getByRole('link', { name: 'Directorio' }).click();
  await page.getByRole('button', { name: 'Editar Asesoría legal gratuita' }).click();
  await expect(page.getByRole('region', { name: 'Ubicación' })).toContainText('1820 S Blue Island Ave, Chicago, 60608');
});
