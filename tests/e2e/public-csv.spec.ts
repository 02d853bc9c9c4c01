import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/** Issue 10 item 2: the questions CSV has a public file through the redaction layer, and an internal one; the names say which. */
test('moderation exports a public CSV with personal details hidden and an internal CSV with everything', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Chatham safety night', date: '2025-05-15' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'My name is Rosa Delgado, call me at 773-555-0162 about the alley lights.', askedBy: 'Rosa Delgado' });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);

  const publicDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 1 question to a public CSV (personal details hidden)' }).click();
  const pub = await publicDownload;
  expect(pub.suggestedFilename()).toBe('Chatham-safety-night-2025-05-15-public.csv');
  const publicCsv = await readFile(await pub.path(), 'utf8');
  expect(publicCsv).toContain('call me at [phone number] about the alley lights');
  expect(publicCsv).not.toContain('555-0162');
  expect(publicCsv).not.toContain('Rosa');
  expect(publicCsv).not.toContain('asked_by');

  const internalDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 1 question to an internal CSV (everything)' }).click();
  const internal = await internalDownload;
  // Everything as stored, personal details included: the name says so, and differs from the whole town hall's file.
  expect(internal.suggestedFilename()).toBe('Chatham-safety-night-2025-05-15-internal-with-personal-details.csv');
  const internalCsv = await readFile(await internal.path(), 'utf8');
  expect(internalCsv).toContain('773-555-0162');
  expect(internalCsv).toContain('Rosa Delgado');

  const allDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole town hall to an internal CSV (1 question, merged included)' }).click();
  expect((await allDownload).suggestedFilename()).toBe('Chatham-safety-night-2025-05-15-all-questions-internal-with-personal-details.csv');

  // In Spanish, the same three files with Spanish names, none the same.
  await useLanguage(page, 'es');
  const names: string[] = [];
  for (const button of ['Exportar 1 pregunta a un CSV público (sin datos personales)', 'Exportar 1 pregunta a un CSV interno (todo)', 'Exportar toda la reunión a un CSV interno (1 pregunta, con las fusionadas)']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    names.push((await downloading).suggestedFilename());
  }
  expect(names).toEqual([
    'Chatham-safety-night-2025-05-15-publico.csv',
    'Chatham-safety-night-2025-05-15-interno-con-datos-personales.csv',
    'Chatham-safety-night-2025-05-15-todas-las-preguntas-interno-con-datos-personales.csv',
  ]);
});
