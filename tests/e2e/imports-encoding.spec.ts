import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const CASES = join(import.meta.dirname, '../../../shared/field-cases');
const ARTIFACTS = join(import.meta.dirname, '.artifacts');

test('a Windows-1252 directory CSV from Spanish Excel: encoding named, accents right, kept per table', async ({ page, host }) => {
  const file = join(host.dir, 'directorio-excel-1252.csv');
  await copyFile(join(CASES, '03-directory-csv-cp1252/directorio-excel-1252.csv'), file);
  await page.goto(`${host.url}#/gaps/import`);
  await page.getByLabel('Choose a spreadsheet CSV…').setInputFiles(file);

  // The mapping step shows the headers as the services will read them: no U+FFFD.
  const organization = page.getByLabel('Organization (required)');
  await expect(organization).toHaveValue('organización');
  await expect(page.getByLabel('Languages', { exact: true })).toHaveValue('idiomas');
  await page.getByRole('button', { name: 'Check the file' }).click();

  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('file-reading')).toHaveText('directorio-excel-1252.csv was read as Windows-1252 (Western European, what Excel saves as "CSV"), columns separated by semicolons.');
  await expect(report.getByRole('table', { name: 'Each table of the file: rows kept and skipped, and why' }).getByRole('row', { name: /directorio-excel-1252\.csv/ })).toContainText('Everything kept');
  await page.screenshot({ path: join(ARTIFACTS, 'import-cp1252-directory-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'directorio-excel-1252.csv was imported.' })).toBeVisible();

  await page.getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByText('Asesoría de vivienda')).toBeVisible();
  await expect(page.getByText('Centro Comunitario Fictício').first()).toBeVisible();
  await expect(page.getByText('\uFFFD')).toHaveCount(0);
});

test('a Windows-1252 MSEL with Conducttr columns and clock times: mapping step, encoding named, accents right', async ({ page, host }) => {
  const file = join(host.dir, 'simulacro-msel.csv');
  const csv = 'Number;Time;From;To;Subject;Message\r\n1;9:30 AM;Vecina;Alcaldía;Reunión en la escuela;Los vecinos piden una reunión.\r\n2;10:05 AM;Párroco;Alcaldía;Vigilia;La parroquia organiza una vigilia esta noche.\r\n';
  await writeFile(file, Buffer.from(csv, 'latin1'));
  await page.goto(`${host.url}#/exercises`);
  await page.getByLabel('Choose a YAML or CSV file…').setInputFiles(file);

  await expect(page.getByTestId('file-reading')).toHaveText('simulacro-msel.csv was read as Windows-1252 (Western European, what Excel saves as "CSV"), columns separated by semicolons.');
  const mapping = page.getByRole('form', { name: 'Which column holds what' });
  await expect(mapping.getByLabel('Time (offset or clock time) (required)')).toHaveValue('Time');
  await expect(mapping.getByLabel('Title / synopsis (required)')).toHaveValue('Subject');
  await expect(mapping.getByLabel('Intended players / to')).toHaveValue('To');
  await expect(page.getByText('simulacro-msel.csv is valid: “simulacro msel”, 1 module, 2 injects.')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'import-cp1252-msel-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import scenario' }).click();

  await expect(page.getByText('Reunión en la escuela')).toBeVisible();
  await expect(page.getByText('Párroco: La parroquia organiza una vigilia esta noche.')).toBeVisible();
  await expect(page.getByText('00:35')).toBeVisible();
});

test('an MSEL whose columns are not recognised is mapped by hand, and a bad time names the line, column and value', async ({ page, host }) => {
  const file = join(host.dir, 'odd.csv');
  await writeFile(file, 'When,Headline,Body\n00:10,Lights out,The block is dark.\nsoon,Crowd,People gather.\n');
  await page.goto(`${host.url}#/exercises`);
  await page.getByLabel('Choose a YAML or CSV file…').setInputFiles(file);
  const mapping = page.getByRole('form', { name: 'Which column holds what' });
  await mapping.getByLabel('Time (offset or clock time) (required)').selectOption('When');
  await mapping.getByLabel('Title / synopsis (required)').selectOption('Headline');
  await mapping.getByLabel('Inject text / message').selectOption('Body');
  await mapping.getByRole('button', { name: 'Check again with these columns' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 3, column "When": "soon" is not a time.');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('alert')).toContainText('Línea 3, columna "When": "soon" no es una hora.');
  // No English location ahead of the Spanish sentence.
  await expect(page.getByRole('alert')).not.toContainText('line 3');
});

test('a scenario YAML with a syntax error names the line and column in the UI language', async ({ page, host }) => {
  const file = join(host.dir, 'broken.yaml');
  await writeFile(file, 'title: Heat wave\nmodules:\n  - title: [unclosed\n');
  await page.goto(`${host.url}#/exercises`);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByLabel('Elegir un archivo YAML o CSV…').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/Línea \d+, columna \d+: /);
  await expect(alert).not.toContainText(/line \d+, column/);
});

test('an MSEL row that breaks a scenario rule names its line and column in Spanish, not in English', async ({ page, host }) => {
  const file = join(host.dir, 'msel.csv');
  await writeFile(file, 'Time,Title,Description,Audience\n00:05,,The radio goes quiet,room\n');
  await page.goto(`${host.url}#/exercises`);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByLabel('Elegir un archivo YAML o CSV…').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Línea 2, Title: ');
  await expect(alert).not.toContainText('line 2');
});

test('a messy HSDS package read in the Spanish UI: every row problem and every per-table reason in Spanish', async ({ page, host }) => {
  const folder = join(host.dir, 'directorio-desordenado');
  await mkdir(folder, { recursive: true });
  const files: Record<string, string> = {
    'datapackage.json': JSON.stringify({ name: 'desordenado', resources: ['organization', 'service', 'location', 'phone', 'schedule', 'contact'].map((name) => ({ name, path: `${name}s.csv` })) }),
    'organizations.csv': 'id,name\no1,Centro Comunitario\no1,Centro Repetido\n',
    'services.csv': 'id,organization_id,name,status\ns1,o1,Despensa de alimentos,a veces\ns2,oX,Servicio huérfano,\n',
    'locations.csv': 'id,organization_id,name,latitude,longitude\nl1,o1,Salón parroquial,100,200\n',
    'phones.csv': 'id,number,service_id,location_id\np1,555-0101,sX,\np2,555-0102,,\n',
    'schedules.csv': 'id,service_id,location_id,freq,byday\nsc1,sX,,WEEKLY,MO\n',
    'contacts.csv': 'id,name,organization_id\nc1,Ana Persona,o1\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);

  await page.goto(`${host.url}#/gaps/import`);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByLabel('Elegir una carpeta…').setInputFiles(folder);
  const report = page.getByTestId('import-report');
  const tables = report.getByRole('table', { name: 'Cada tabla del archivo: filas conservadas y omitidas, y por qué' });
  await expect(tables.getByRole('row', { name: /^phone \(.*phones\.csv\)/ })).toContainText('1 fila: Teléfono no importado: su servicio no está en el paquete');
  await expect(tables.getByRole('row', { name: /^phone \(.*phones\.csv\)/ })).toContainText('1 fila: Teléfono no importado: no está enlazado con nada');
  await expect(tables.getByRole('row', { name: /^schedule \(.*schedules\.csv\)/ })).toContainText('Horario no importado: no apunta a nada del paquete');
  await expect(tables.getByRole('row', { name: /^organization \(.*organizations\.csv\)/ })).toContainText('Organización omitida: su id aparece dos veces');
  await expect(report.getByRole('heading', { name: '2 errores, 6 advertencias' })).toBeVisible();
  await expect(report).toContainText('Organización omitida: el id o1 aparece dos veces en el archivo.');
  await expect(report).toContainText('Estado desconocido "a veces", leído como activo');
  await expect(report).toContainText('El lugar Salón parroquial tiene coordenadas fuera de rango; se dejaron vacías.');
  await expect(report).toContainText('El contacto Ana Persona de una organización no se importó');
  // Nothing of the services' English sentences is left on the screen.
  for (const english of ['not imported', 'skipped', 'Row not used', 'read as active', 'out of range']) await expect(report).not.toContainText(english);
  await page.screenshot({ path: join(ARTIFACTS, 'import-report-messages-es.png'), fullPage: true });
});

test('an HSEEP MSEL: the Responsible Controller is kept for the facilitator and never becomes part of the inject text', async ({ page, host }) => {
  const file = join(host.dir, 'hseep-msel.csv');
  await writeFile(file, 'Event/Inject No.,Scenario Time,Event Synopsis,Inject/Message,Responsible Controller,Intended Player,Expected Player Action\n1,0:15:00,Shots reported,Two calls report shots near the park.,Lead controller (M. Ortega),Police; Outreach,Confirm the location\n2,T+1h,Crowd forms,A crowd gathers at the corner.,Lead controller (M. Ortega),Outreach,Send two workers\n');
  await page.goto(`${host.url}#/exercises`);
  await page.getByLabel('Choose a YAML or CSV file…').setInputFiles(file);
  const mapping = page.getByRole('form', { name: 'Which column holds what' });
  await expect(mapping.getByLabel('Responsible controller (facilitator only)')).toHaveValue('Responsible Controller');
  await expect(mapping.getByLabel('From (sender)')).toHaveValue('');
  await expect(page.getByText('hseep-msel.csv is valid: “hseep msel”, 1 module, 2 injects.')).toBeVisible();
  await page.getByRole('button', { name: 'Import scenario' }).click();
  await expect(page.getByText('Two calls report shots near the park.')).toBeVisible();
  await expect(page.getByText(/Lead controller \(M\. Ortega\): /)).toHaveCount(0);
});
