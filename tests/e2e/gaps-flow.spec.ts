import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeWestSidePackage } from './gaps-package';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

async function addNeed(page: Page, title: string, category: string, area: string, note: string) {
  await page.getByLabel('What is needed').fill(title);
  await page.getByLabel('Category', { exact: true }).first().selectOption({ label: category });
  await page.getByLabel('Community area', { exact: true }).first().selectOption({ label: area });
  await page.getByLabel('Evidence (what was seen or said)').fill(note);
  await page.getByRole('button', { name: 'Add need' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Need “${title}” recorded.` })).toBeVisible();
}

const cell = (page: Page, area: string, category: string) => page.getByRole('button', { name: new RegExp(`^${area}, ${category}: `) });

test('import a directory, capture needs, link on the map and by keyboard, close a gap, export the report', async ({ page, host }) => {
  test.setTimeout(60_000);
  const folder = await writeWestSidePackage(host.dir);

  // 1. Import a directory (a folder holding datapackage.json and CSVs): dry run, report, apply.
  await page.goto(`${host.url}#/gaps/import`);
  await page.getByLabel('Choose a folder…').setInputFiles(folder);
  const report = page.getByTestId('import-report');
  await expect(report.getByRole('row', { name: /^Services/ })).toContainText('4');
  await expect(report).toContainText('Service area "Far North Shore" of Evening peace walks matches no community area');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'west-side-directory was imported.' })).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Data as of' })).toContainText('west-side-directory');

  // The directory lists, searches and filters what came in.
  await page.getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByText('4 services from 3 organizations.')).toBeVisible();
  await page.getByLabel('Search services').fill('grief');
  await expect(page.getByText('1 of 4 services match')).toBeVisible();
  await page.getByLabel('Search services').fill('');
  await page.getByLabel('Community area', { exact: true }).selectOption({ label: '25 · Austin' });
  await expect(page.getByRole('row', { name: /Evening peace walks/ })).toBeVisible();
  await expect(page.getByText('1 of 4 services match')).toBeVisible();

  // 2. Capture needs.
  await page.getByRole('link', { name: 'Needs' }).click();
  await addNeed(page, 'Outreach after dark on Chicago Ave', 'Street outreach and violence interruption', '25 · Austin', 'Residents asked for walkers near the bus stop.');
  await addNeed(page, 'Grief support in Spanish', 'Family and grief support', '23 · Humboldt Park', 'Two families asked for counselling in Spanish.');

  // The matrix shows both gaps open.
  await page.getByRole('link', { name: 'Coverage matrix' }).click();
  await expect(page.getByTestId('matrix-totals')).toContainText('2 open needs, 2 gaps.');
  await expect(cell(page, 'Austin', 'Street outreach and violence interruption')).toHaveAccessibleName(/1 service, 1 need, 1 gap$/);

  // 3. Link on the map by dragging a resource's card and dropping it on the body of a need's card
  //    (near its lower right corner, far from any edge handle), as the help text says.
  await page.getByRole('link', { name: 'Gap map' }).click();
  const map = page.getByTestId('gap-map');
  await expect(page.getByTestId('map-summary')).toContainText('2 open needs');
  const resource = map.getByTestId('rf__node-s:svc-walks');
  const need = map.locator('[data-testid^="rf__node-n:"]', { hasText: 'Outreach after dark' });
  await expect(need).toContainText('Uncovered');
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-map-before-en.png'), fullPage: false });
  await map.scrollIntoViewIfNeeded();
  const from = (await resource.boundingBox())!;
  const to = (await need.boundingBox())!;
  // Resources left, needs right; the card text is readable at the zoom the map opens with.
  expect(from.x + from.width).toBeLessThan(to.x);
  const titleSize = await need.locator('.map-node-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight);
  expect(titleSize).toBeGreaterThanOrEqual(11);
  await page.mouse.move(from.x + from.width * 0.4, from.y + from.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width * 0.8, to.y + to.height * 0.75, { steps: 12 });
  await page.mouse.up();
  await expect(need).toContainText('Fully covered');
  await expect(page.getByTestId('map-summary')).toContainText('1 link shown');

  // 4. The same linking by keyboard alone, from the list.
  const needSelect = page.getByLabel('Need', { exact: true });
  await needSelect.focus();
  await needSelect.selectOption({ label: 'Grief support in Spanish — Humboldt Park' });
  await page.getByLabel('Language needed').selectOption({ label: 'Spanish' });
  const suggested = page.getByRole('list', { name: 'Suggested resources' });
  await expect(suggested.getByRole('listitem').first()).toContainText('Grief circle for families');
  await expect(suggested.getByRole('listitem').first()).toContainText('same category · serves this area · offers the language');
  const linkButton = suggested.getByRole('button', { name: 'Link Grief circle for families as full cover' });
  await linkButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Linked resources (1)' })).toContainText('Grief circle for families');
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-map-en.png'), fullPage: true });

  // 5. The gap closes in the coverage matrix; a cell opens its evidence.
  await page.getByRole('link', { name: 'Coverage matrix' }).click();
  await expect(page.getByTestId('matrix-totals')).toContainText('2 open needs, 0 gaps.');
  const austin = cell(page, 'Austin', 'Street outreach and violence interruption');
  await expect(austin).toHaveAccessibleName(/1 service, 1 need, 0 gaps$/);
  await austin.click();
  const evidence = page.getByTestId('cell-evidence');
  await expect(evidence).toContainText('Outreach after dark on Chicago Ave');
  await expect(evidence).toContainText('Residents asked for walkers near the bus stop.');
  await expect(evidence).toContainText('Evening peace walks');
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-matrix-en.png'), fullPage: true });

  // 6. Export the report and read its text.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByLabel('Report language').selectOption('es');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  const pdf = join(host.dir, download.suggestedFilename());
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Informe de brechas de servicios');
  expect(text).toContain('west-side-directory');
  expect(text).toContain('Matriz de cobertura');
  expect(text).toContain('Todas las necesidades abiertas están cubiertas por completo');
  // Verified in January 2023: over a year ago.
  expect(text).toMatch(/Registros sin verificar[\s\S]*Grief circle for families/);

  // The same screens in Spanish, to look at.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: 'Matriz de cobertura' }).click();
  await expect(page.getByTestId('matrix-totals')).toContainText('0 brechas');
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-matrix-es.png'), fullPage: true });
  await page.getByRole('link', { name: 'Mapa de brechas' }).click();
  await expect(page.getByTestId('map-summary')).toContainText('2 necesidades abiertas');
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-map-es.png'), fullPage: true });
  await page.getByRole('link', { name: 'Directorio' }).click();
  await page.screenshot({ path: join(ARTIFACTS, 'gaps-directory-es.png'), fullPage: true });
});
