import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Long lists scroll by keyboard: the moderation list is a focusable, named region, so PageDown
 * and End move the list, not the page around it (a new user pressed End in a 10,000-question
 * list and the page scrolled instead).
 */
test('the moderation list of 400 questions scrolls with End and Home once focused', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Chatham safety night', date: '2025-05-01' });
  const csv = `question\n${Array.from({ length: 400 }, (_, i) => `Question number ${i + 1} about the block club`).join('\n')}\n`;
  await apiCall(host, 'questions.import', { townhallId: th.id, base64: Buffer.from(csv).toString('base64'), mapping: { text: 'question' } });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  const list = page.getByRole('region', { name: 'Questions, filtered and sorted' });
  const first = list.locator('tr[aria-rowindex="2"]');
  const last = list.locator('tr[aria-rowindex="401"]');
  await expect(first).toBeVisible();
  await expect(last).toHaveCount(0);
  await list.focus();
  await page.keyboard.press('End');
  await expect(last).toBeInViewport();
  await expect(first).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(first).toBeInViewport();
});
