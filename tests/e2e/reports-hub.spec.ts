import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';

const PHONE = '312-555-0147';

const api = (host: RunningHost, method: string, input: unknown) => host.api(method, input);

async function downloadPdfText(page: Page, dir: string, button: string, confirm?: string): Promise<{ file: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  if (confirm) await page.getByRole('dialog').getByRole('button', { name: confirm }).click();
  const download = await downloading;
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file: download.suggestedFilename(), text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

test('the Reports section exports a Spanish series summary and the gap report, with personal details kept out', async ({ page, host }) => {
  // Two town halls of one series, made through the API: this test is about the Reports section.
  const first = await api(host, 'townhalls.create', { title: 'Englewood spring town hall', date: '2026-04-02', series: 'Englewood 2026' });
  const second = await api(host, 'townhalls.create', { title: 'Englewood summer town hall', date: '2026-07-09', series: 'Englewood 2026' });
  await api(host, 'townhalls.create', { title: 'Pilsen listening session', date: '2026-05-01' });
  await api(host, 'questions.create', { townhallId: first.id, text: `Who fixes the alley lights? Call me at ${PHONE}` });
  await api(host, 'questions.create', { townhallId: second.id, text: '¿Habrá programas de verano para jóvenes en el parque?' });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  // No exercise yet: the form says so and cannot export an AAR.
  await page.getByRole('radio', { name: /After-action report/ }).check();
  await expect(page.getByText('No exercises yet: run one from Exercises first.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();

  await page.getByRole('radio', { name: /Town-hall series summary/ }).check();
  await expect(page.getByRole('combobox', { name: 'Series' })).toHaveValue('Englewood 2026');
  await expect(page.getByRole('option', { name: 'Englewood 2026 (2 town halls)' })).toBeAttached();
  await page.getByRole('combobox', { name: 'Report language' }).selectOption('es');
  await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'reports-en.png') });
  // The phone number's question was never reviewed: the public export asks first; "Review first" opens the town hall's review.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const asking = page.getByRole('dialog', { name: 'Review personal details before publishing?' });
  await expect(asking).toContainText('1 of the 1 questions with personal details to hide has not been reviewed by a person yet.');
  await asking.getByRole('button', { name: 'Review first' }).click();
  await expect(page.getByRole('region', { name: 'Review personal details before publishing' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/townhalls/${first.id}/report$`));
  await page.goBack();
  await page.getByRole('radio', { name: /Town-hall series summary/ }).check();
  await page.getByRole('combobox', { name: 'Report language' }).selectOption('es');
  const series = await downloadPdfText(page, host.dir, 'Export PDF', 'Export anyway');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(series.file);
  expect(series.text).toContain('Englewood spring town hall');
  expect(series.text).toContain('Englewood summer town hall');
  expect(series.text).not.toContain('Pilsen listening session');
  expect(series.text).toContain('¿Habrá programas de verano para jóvenes en el parque?');
  expect(series.text).toContain('Página 1 de');
  expect(series.text).not.toContain(PHONE);

  // Internal, with personal details asked for: the phone number is kept.
  await page.getByRole('combobox', { name: 'Audience' }).selectOption('internal');
  await page.getByRole('checkbox', { name: "Include residents' names, phone numbers and addresses" }).check();
  const internal = await downloadPdfText(page, host.dir, 'Export PDF');
  expect(internal.text).toContain(PHONE);

  await page.getByRole('radio', { name: /Service-gap report/ }).check();
  await page.getByRole('combobox', { name: 'Report language' }).selectOption('en');
  const gaps = await downloadPdfText(page, host.dir, 'Export PDF');
  expect(gaps.text).toMatch(/Page 1 of \d+/);
  expect(gaps.file).toMatch(/\.pdf$/);
});
