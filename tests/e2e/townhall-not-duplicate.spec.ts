import type { Browser, Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, makeTempDir, openApp, startHost, test, type RunningHost } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * "Not a duplicate" is a stored moderation decision: it survives leaving the screen and a reload,
 * reaches every moderator's screen, offers Undo, and can be taken back later ("Suggest again").
 */

async function townHallWithPairs(host: RunningHost) {
  const th = await apiCall(host, 'townhalls.create', { title: 'Englewood safety night', date: '2025-05-01', areaIds: [] });
  const ask = (text: string, translation?: string) => apiCall(host, 'questions.create', { townhallId: th.id, text, ...(translation ? { translation } : {}) });
  await ask('When will the streetlights on 63rd Street be fixed?');
  await ask('When will the broken streetlights on 63rd Street get fixed?');
  await ask('Are there summer jobs for teenagers this year?');
  await ask('¿Hay trabajos de verano para jóvenes este año?', 'Are there summer jobs for teenagers this year?');
  await ask('Who cleans the vacant lot on Halsted?');
  return th as { id: string };
}

async function moderatorPage(browser: Browser, host: RunningHost, townhallId: string, language: 'en' | 'es' = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  forbidNativeDialogs(page);
  await openApp(page, host.url);
  if (language === 'es') await useLanguage(page, 'es');
  await page.goto(`${host.url}#/townhalls/${townhallId}/moderate`);
  return page;
}

const pair = (page: Page, a: number, b: number) => page.getByTestId('duplicate-suggestion').filter({ hasText: `#${a} ` }).filter({ hasText: `#${b} ` });

test('not a duplicate: stored, kept across screens and reloads, seen by a second moderator, undone, and suggested again', async ({ browser, host }) => {
  test.setTimeout(120_000);
  const th = await townHallWithPairs(host);
  const first = await moderatorPage(browser, host, th.id);
  const suggestions = first.getByTestId('duplicate-suggestion');
  await expect(suggestions).toHaveCount(2);
  // Each button says which pair it belongs to.
  await expect(first.getByRole('button', { name: /^Not a duplicate: #\d+ and #\d+$/ })).toHaveCount(2);
  await expect(pair(first, 1, 2).getByRole('button', { name: 'Not a duplicate: #1 and #2', exact: true })).toBeVisible();
  await expect(pair(first, 3, 4).getByRole('button', { name: 'Not a duplicate: #3 and #4', exact: true })).toBeVisible();

  await first.getByRole('button', { name: 'Not a duplicate: #1 and #2', exact: true }).click();
  await expect(pair(first, 1, 2)).toHaveCount(0);
  await expect(suggestions).toHaveCount(1);
  const toast = first.getByRole('status').filter({ hasText: '#1 and #2 marked as not duplicates.' });
  await expect(toast.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await expect(first.getByText('Dismissed pairs (1)')).toBeVisible();

  // Leaving the screen and coming back, then a reload: still not suggested.
  await first.getByRole('link', { name: 'FAQ', exact: true }).click();
  await expect(suggestions).toHaveCount(0);
  await first.getByRole('link', { name: 'Moderate', exact: true }).click();
  await expect(pair(first, 3, 4)).toBeVisible();
  await expect(pair(first, 1, 2)).toHaveCount(0);
  await first.reload();
  await expect(pair(first, 3, 4)).toBeVisible();
  await expect(pair(first, 1, 2)).toHaveCount(0);
  await expect(first.getByText('Dismissed pairs (1)')).toBeVisible();

  // A second moderator (another browser) is not offered the pair either.
  const second = await moderatorPage(browser, host, th.id);
  await expect(pair(second, 3, 4)).toBeVisible();
  await expect(pair(second, 1, 2)).toHaveCount(0);
  await expect(second.getByText('Dismissed pairs (1)')).toBeVisible();

  // The second moderator dismisses the other pair: the first screen follows without a reload.
  await second.getByRole('button', { name: 'Not a duplicate: #3 and #4', exact: true }).click();
  await expect(pair(second, 3, 4)).toHaveCount(0);
  await expect(pair(first, 3, 4)).toHaveCount(0);
  await expect(first.getByText('Dismissed pairs (2)')).toBeVisible();
  await expect(first.getByText('No likely duplicates.')).toBeVisible();

  // Undo from the toast: the pair is suggested again on both screens.
  await second.getByRole('status').filter({ hasText: '#3 and #4 marked as not duplicates.' }).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Undone: #3 and #4 marked as not duplicates.' })).toBeVisible();
  await expect(pair(second, 3, 4)).toBeVisible();
  await expect(pair(first, 3, 4)).toBeVisible();
  await expect(first.getByText('Dismissed pairs (1)')).toBeVisible();

  // Later, "Suggest again" from the dismissed pairs takes the first decision back.
  await first.getByText('Dismissed pairs (1)').click();
  const dismissed = first.getByTestId('dismissed-pair');
  await expect(dismissed).toHaveCount(1);
  await expect(dismissed).toContainText('#1 When will the streetlights');
  await dismissed.getByRole('button', { name: 'Suggest again: #1 and #2', exact: true }).click();
  await expect(pair(first, 1, 2)).toBeVisible();
  await expect(pair(second, 1, 2)).toBeVisible();
  await expect(first.getByText(/^Dismissed pairs/)).toHaveCount(0);
  expect(await apiCall(host, 'questions.listDismissals', { townhallIds: [th.id] })).toEqual([]);
  await first.context().close();
  await second.context().close();
});

test('no es un duplicado: en español, con nombres que dicen el par, deshacer y volver a sugerir', async ({ browser, host }) => {
  test.setTimeout(90_000);
  const th = await townHallWithPairs(host);
  const page = await moderatorPage(browser, host, th.id, 'es');
  await expect(page.getByTestId('duplicate-suggestion')).toHaveCount(2);
  await page.getByRole('button', { name: 'No es un duplicado: #3 y #4', exact: true }).click();
  await expect(pair(page, 3, 4)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '#3 y #4 marcadas como no duplicadas.' }).getByRole('button', { name: 'Deshacer', exact: true })).toBeVisible();
  await page.reload();
  await expect(pair(page, 1, 2)).toBeVisible();
  await expect(pair(page, 3, 4)).toHaveCount(0);
  await page.getByText('Pares descartados (1)').click();
  await page.getByRole('button', { name: 'Volver a sugerir: #3 y #4', exact: true }).click();
  await expect(pair(page, 3, 4)).toBeVisible();
  await page.context().close();
});

test('a room moderator device: "Not a duplicate" reaches the laptop at once, and its Undo works from the device', async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = await makeTempDir();
  const hub = await startHost(join(dir, 'convene-data.json'), dir, { args: ['--room-address', '127.0.0.2'] });
  try {
    const th = await townHallWithPairs(hub);
    const room = await apiCall(hub, 'townhalls.openRoom', { id: th.id });
    const invite = room.invites.find((i: { role: string }) => i.role === 'moderator');
    const device = await (await browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    forbidNativeDialogs(device);
    await device.goto(invite.url);
    await expect(device.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 30_000 });
    const laptop = await moderatorPage(browser, hub, th.id);
    await expect(pair(laptop, 1, 2)).toBeVisible();
    await expect(pair(device, 1, 2)).toBeVisible();

    await device.getByRole('button', { name: 'Not a duplicate: #1 and #2', exact: true }).click();
    await expect(pair(device, 1, 2)).toHaveCount(0);
    await expect(pair(laptop, 1, 2)).toHaveCount(0);
    await expect(laptop.getByText('Dismissed pairs (1)')).toBeVisible();

    await device.getByRole('status').filter({ hasText: '#1 and #2 marked as not duplicates.' }).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(device.getByRole('status').filter({ hasText: 'Undone: #1 and #2 marked as not duplicates.' })).toBeVisible();
    await expect(pair(device, 1, 2)).toBeVisible();
    await expect(pair(laptop, 1, 2)).toBeVisible();
    await device.context().close();
    await laptop.context().close();
  } finally {
    await hub.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
