import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

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
  expect(internal.suggestedFilename()).toBe('Chatham-safety-night-2025-05-15-internal.csv');
  const internalCsv = await readFile(await internal.path(), 'utf8');
  expect(internalCsv).toContain('773-555-0162');
  expect(internalCsv).toContain('Rosa Delgado');
});
