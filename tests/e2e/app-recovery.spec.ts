import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, makeTempDir, openApp, openSettings, startHost, test } from './fixtures';

const BACKUP_NAME = 'convene-data.2026-01-01T00-00-00-000Z.json';

test('a damaged data file is moved aside, the backup restored, and Settings says so', async ({ page }) => {
  test.slow(); // two host starts
  // A valid workspace to restore: made by a host of its own.
  const seedDir = await makeTempDir();
  const dir = await makeTempDir();
  let host: Awaited<ReturnType<typeof startHost>> | null = null;
  try {
    const seed = await startHost(join(seedDir, 'convene-data.json'), seedDir);
    await seed.stop();
    const backups = join(dir, 'convene-data-backups');
    await mkdir(backups);
    await copyFile(seed.dataFile, join(backups, BACKUP_NAME));
    const dataFile = join(dir, 'convene-data.json');
    await writeFile(dataFile, '{"schemaVersion": 1, "areas": [ this is not json');

    host = await startHost(dataFile, dir);
    await openApp(page, host.url);

    // Every section points to the explanation.
    await expect(page.getByText('Convene repaired a damaged data file when it started.')).toBeVisible();

    await openSettings(page);
    const warning = page.getByRole('region', { name: 'Your data file was damaged and has been recovered' });
    await expect(warning).toBeVisible();
    const moved = (await readdir(dir)).find((n) => n.startsWith('convene-data.corrupt-'));
    expect(moved).toBeTruthy();
    await expect(warning).toContainText('The damaged copy was moved to:');
    await expect(warning).toContainText(join(dir, moved!));
    await expect(warning).toContainText('Convene restored the newest good backup');
    await expect(warning).toContainText(BACKUP_NAME);
    await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'recovery-en.png') });
    // The restored workspace is the seed's, and the damaged bytes were kept.
    await expect(page.getByText('Showing 77 of 77 areas')).toBeVisible();
    expect(await readFile(join(dir, moved!), 'utf8')).toContain('this is not json');
  } finally {
    await host?.stop();
    await rm(seedDir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
});

test('a healthy data file shows no recovery warning', async ({ page }) => {
  await openSettings(page);
  await expect(page.getByRole('heading', { name: 'Data' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your data file was damaged and has been recovered' })).toHaveCount(0);
  await expect(page.getByText('Convene repaired a damaged data file')).toHaveCount(0);
});
