import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, makeTempDir, openApp, startHost, test } from './fixtures';
import { rm } from 'node:fs/promises';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

/**
 * A city's directory (10,000 services, 200 needs nothing covers yet) opens on the gap map as an
 * overview of category cards; a category opens on demand with resources left and needs right,
 * and a link is made by dropping a resource's card on the body of a need's card.
 */
test('a 10,000-service directory opens on the map as an overview; a category opens and links by drag and drop', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await makeTempDir();
  const dataFile = join(dir, 'convene-data.json');
  const repo = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'tests/support/write-gaps-workspace.ts'), dataFile, '10000', '200', '0'], { cwd: repo });
  const host = await startHost(dataFile, dir);
  try {
    await openApp(page, host.url);
    await page.goto(`${host.url}#/gaps/map`);
    await expect(page.getByTestId('map-summary')).toContainText('200 open needs, 500 resources, 0 links shown.', { timeout: 30_000 });
    await expect(page.getByText('A large map opens as an overview')).toBeVisible();
    const map = page.getByTestId('gap-map');
    // The overview: one card per category, no resource or need cards yet.
    await expect(map.locator('.react-flow__node-resource')).toHaveCount(0);
    const open = map.getByRole('button', { name: /^Open / }).first();
    await expect(open).toBeVisible();
    // Each card counts its gaps as the coverage matrix does: needs not fully covered.
    const group = ((await open.getAttribute('aria-label')) ?? (await open.textContent()) ?? '').replace(/^Open /, '');
    const card = map.locator('.map-group-card', { hasText: group });
    const gapsBefore = Number((await card.textContent())!.match(/(\d+) gaps? \(not fully covered\)/)![1]);
    expect(gapsBefore).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'gaps-map-overview-en.png') });
    await open.click();
    await expect(page.getByRole('button', { name: 'Back to the overview' })).toBeVisible();
    const resource = map.locator('.react-flow__node-resource').first();
    const need = map.locator('.react-flow__node-need', { hasText: 'Uncovered' }).first();
    await expect(resource).toBeVisible();
    await expect(need).toBeVisible();
    const from = (await resource.boundingBox())!;
    const to = (await need.boundingBox())!;
    expect(from.x + from.width).toBeLessThan(to.x);
    const needTitle = (await need.locator('.map-node-title').textContent())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width * 0.7, to.y + to.height * 0.7, { steps: 10 });
    await page.mouse.up();
    await expect(map.locator('.react-flow__node-need', { hasText: needTitle })).toContainText('Fully covered');
    await expect(page.getByTestId('map-summary')).toContainText('1 link shown.');
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await expect(card).toContainText(`${gapsBefore - 1} gap`);
    await page.screenshot({ path: join(ARTIFACTS, 'gaps-map-group-open-en.png') });
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
