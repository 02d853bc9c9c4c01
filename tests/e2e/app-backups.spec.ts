import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, makeTempDir, openApp, openSettings, startHost, test } from './fixtures';

// Each test starts at least one host and reloads Settings after a write: slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

function dataPanel(page: import('@playwright/test').Page) {
  return page.getByRole('region', { name: 'Data' });
}

test('Settings describes the workspace as the data file plus its journal and backs up to one complete file', async ({ page, host }) => {
  await host.api('areas.create', { name: 'Backed Up Village' });
  await openSettings(page);
  const panel = dataPanel(page);
  await expect(panel.getByText('Change journal', { exact: true })).toBeVisible();
  await expect(panel).toContainText(`${host.dataFile}.journal`);
  await expect(panel).toContainText('Never copy the data file alone');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Back up now…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^convene-data-backup-.*\.json$/);
  const saved = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(saved.areas.some((a: { name: string }) => a.name === 'Backed Up Village')).toBe(true);
  await expect(panel.getByRole('status').filter({ hasText: 'holds every saved change' })).toBeVisible();
  // Listed with their time and size: the one taken when the workspace was created and this one.
  const rows = panel.getByRole('table', { name: 'Backups' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(/\d kB/);
  await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'data-panel-en.png'), fullPage: true });
});

test('restores a listed backup after asking, keeping what was there as a backup', async ({ page, host }) => {
  await host.api('areas.create', { name: 'Kept Town' });
  await host.api('workspace.backupNow', {});
  await host.api('areas.create', { name: 'Later Town' });
  await openSettings(page);
  await expect(page.getByText('Later Town')).toBeVisible();
  const panel = dataPanel(page);
  // What Settings says about when copies are taken matches the rows a restore adds: "before" and the restored one.
  await expect(panel).toContainText('a restore adds two: "before", what you had, so the restore can be undone, and the restored workspace');
  const table = panel.getByRole('table', { name: 'Backups' });
  const rowsBefore = await table.getByRole('row').count();
  await table.getByRole('row').nth(1).getByRole('button', { name: /^Restore the backup taken/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the workspace with this backup?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'What you had before is kept as the backup' })).toBeVisible();
  await expect(page.getByText('Later Town')).toHaveCount(0);
  await expect(page.getByText('Kept Town')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(rowsBefore + 2);
});

test('restore from a backup file refuses a file that is not a workspace, changing nothing', async ({ page, host }) => {
  await openSettings(page);
  const panel = dataPanel(page);
  await panel.getByLabel('Restore from a backup…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByRole('alert')).toContainText('is not a Convene backup');
  await expect(page.getByText('Showing 77 of 77 areas')).toBeVisible();
  expect(host.url).toBeTruthy();
});

test('after a crash and a damaged data file, Settings says it was restored to the last saved change with none lost', async ({ page }) => {
  test.slow(); // two host starts
  const dir = await makeTempDir();
  const dataFile = join(dir, 'convene-data.json');
  let host = await startHost(dataFile, dir);
  try {
    for (const name of ['Journaled One', 'Journaled Two']) await host.api('areas.create', { name });
    await host.kill();
    await writeFile(dataFile, '{"schemaVersion": 2, "areas": [ cut by a crash');
    host = await startHost(dataFile, dir);
    await openApp(page, host.url);
    await expect(page.getByText('Convene repaired a damaged data file when it started.')).toBeVisible();
    await openSettings(page);
    const warning = page.getByRole('region', { name: 'Your data file was damaged and has been recovered' });
    await expect(warning).toContainText('2 saved changes were applied from the journal.');
    await expect(warning).toContainText(/Restored to the last saved change at \d\d:\d\d:\d\d\./);
    await expect(warning).toContainText('No saved change was lost.');
    await expect(warning).toContainText('The backup was taken');
    await expect(warning).not.toContainText('started a new workspace');
    await warning.getByRole('button', { name: 'Open the folder' }).click();
    await expect(warning).toContainText(join(dir, 'convene-data-backups'));
    await expect(page.getByText('Journaled Two')).toBeVisible();
    await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'recovery-pitr-en.png'), fullPage: true });
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a torn journal tail is reported as a repaired journal, never as a new workspace', async ({ page }) => {
  test.slow(); // two host starts
  const dir = await makeTempDir();
  const dataFile = join(dir, 'convene-data.json');
  let host = await startHost(dataFile, dir);
  try {
    await host.api('areas.create', { name: 'Before The Cut' });
    await host.kill();
    const journal = await readFile(`${dataFile}.journal`);
    await writeFile(`${dataFile}.journal`, Buffer.concat([journal, Buffer.alloc(300)]));
    host = await startHost(dataFile, dir);
    await openApp(page, host.url);
    await expect(page.getByText('Convene repaired its change journal when it started; your data file was kept.')).toBeVisible();
    await openSettings(page);
    const warning = page.getByRole('region', { name: 'Convene repaired its change journal when it started' });
    await expect(warning).toContainText('Your data file was kept.');
    await expect(warning).toContainText('No saved change was lost.');
    await expect(warning).toContainText('convene-data.json.journal.damaged-');
    await expect(warning).not.toContainText('new workspace');
    await expect(page.getByText('Before The Cut')).toBeVisible();
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('after a process is killed right after a save, Settings says Convene was not closed properly and the change was recovered', async ({ page }) => {
  test.slow(); // two host starts
  const dir = await makeTempDir();
  const dataFile = join(dir, 'convene-data.json');
  let host = await startHost(dataFile, dir);
  try {
    await host.api('areas.create', { name: 'Saved Before The Kill' });
    await host.kill();
    host = await startHost(dataFile, dir);
    await openApp(page, host.url);
    await openSettings(page);
    const notice = dataPanel(page).getByRole('status', { name: 'Convene was not closed properly last time' });
    await expect(notice).toContainText('1 saved change was recovered from the journal when this workspace opened. Nothing was lost.');
    await expect(page.getByText('Saved Before The Kill')).toBeVisible();
    await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'unclean-stop-en.png'), fullPage: true });
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
  // A clean close and a new start say nothing.
  const dir2 = await makeTempDir();
  const dataFile2 = join(dir2, 'convene-data.json');
  let clean = await startHost(dataFile2, dir2);
  try {
    await clean.api('areas.create', { name: 'Closed Cleanly' });
    await clean.stop();
    clean = await startHost(dataFile2, dir2);
    await openApp(page, clean.url);
    await openSettings(page);
    await expect(page.getByText('Closed Cleanly')).toBeVisible();
    await expect(dataPanel(page).getByRole('status', { name: 'Convene was not closed properly last time' })).toHaveCount(0);
  } finally {
    await clean.stop();
    await rm(dir2, { recursive: true, force: true });
  }
});
