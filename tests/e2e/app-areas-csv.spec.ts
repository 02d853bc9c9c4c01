import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { areasTable, expect, openSettings, readWorkspace, test } from './fixtures';

test('replacing the list from a CSV shows a preview, then the new areas, in the file too', async ({ page, host }) => {
  const csv = join(host.dir, 'areas.csv');
  await writeFile(csv, 'number,name,priority\n10,Riverbend,no\n11,North Shore,yes\n12,Lakeside,\n');
  await openSettings(page);
  await expect(page.getByText('Showing 77 of 77 areas')).toBeVisible();

  await page.getByLabel('Replace list from CSV…').setInputFiles(csv);
  const preview = page.getByRole('region', { name: 'Preview of areas.csv' });
  await expect(preview).toContainText('The file holds 3 areas.');
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row').nth(2)).toContainText('North Shore');
  // A dry run writes nothing.
  expect((await readWorkspace(host.dataFile)).areas).toHaveLength(77);
  await preview.screenshot({ path: join(import.meta.dirname, '.artifacts', 'csv-preview-en.png') });

  await preview.getByRole('button', { name: 'Replace with 3 areas' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText('The list was replaced: 3 areas.');
  await expect(preview).toHaveCount(0);
  await expect(page.getByText('Showing 3 of 3 areas')).toBeVisible();
  const rows = areasTable(page).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('North Shore');
  await expect(page.getByRole('checkbox', { name: 'Priority: North Shore' })).toBeChecked();

  const ws = await readWorkspace(host.dataFile);
  expect(ws.areas.map((a) => [a.number, a.name, a.priority]).sort()).toEqual([
    [10, 'Riverbend', false],
    [11, 'North Shore', true],
    [12, 'Lakeside', false],
  ]);
});

test('a CSV without a name column is refused whole, with the line and reason', async ({ page, host }) => {
  const csv = join(host.dir, 'bad.csv');
  await writeFile(csv, 'number,label\n1,Somewhere\n2,Elsewhere\n');
  await openSettings(page);
  const before = await readWorkspace(host.dataFile);

  await page.getByLabel('Replace list from CSV…').setInputFiles(csv);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file was not imported: 1 line needs fixing.');
  await expect(alert).toContainText('Line 1: Missing column name.');
  await expect(alert).toContainText('Nothing was changed.');
  await alert.screenshot({ path: join(import.meta.dirname, '.artifacts', 'csv-errors-en.png') });
  await expect(page.getByRole('button', { name: /^Replace with/ })).toHaveCount(0);

  await expect(page.getByText('Showing 77 of 77 areas')).toBeVisible();
  const after = await readWorkspace(host.dataFile);
  expect(after.areas).toEqual(before.areas);
});
