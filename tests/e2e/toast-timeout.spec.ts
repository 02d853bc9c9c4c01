import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Issue 9 (second pass), item 7: every undo toast times out, and pauses while the pointer or
 * keyboard focus is on it (WCAG 2.2.1). An "Undone" toast once stayed for minutes because the
 * Undo button that had focus disappeared without a blur. Time is driven by Playwright's clock.
 */
test('undo toasts time out, pause on hover and focus, and "Undone" goes too', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01' });
  for (const text of ['Who fixes the lights?', 'When are the lights fixed?', 'Can the park stay open?', 'Can the park close later?']) await apiCall(host, 'questions.create', { townhallId: th.id, text });
  await page.clock.install();
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  const merge = async (a: number, b: number) => {
    await page.getByRole('checkbox', { name: `Select question ${a}` }).check();
    await page.getByRole('checkbox', { name: `Select question ${b}` }).check();
    await page.getByRole('button', { name: 'Merge into the kept question' }).click();
  };
  // The toast: the status message that has a "Close the message" button.
  const toast = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Close the message' }) });

  // 1. Left alone, it goes after its time.
  await merge(1, 2);
  await expect(toast).toContainText('Merged 1 question into question');
  await page.clock.runFor(5_000);
  await expect(toast).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(toast).toHaveCount(0);

  // 2. Keyboard focus on it pauses it; the Undo used by keyboard gives "Undone", which goes too.
  await merge(3, 4);
  const undo = toast.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.clock.runFor(60_000);
  await expect(undo).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(toast).toContainText('Undone');
  await page.clock.runFor(7_000);
  await expect(toast).toHaveCount(0);

  // 3. The pointer on it pauses it; leaving lets the rest of its time run.
  await merge(3, 4);
  await toast.hover();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();
  await page.mouse.move(0, 0);
  await page.clock.runFor(11_000);
  await expect(toast).toHaveCount(0);
});
