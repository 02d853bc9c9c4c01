import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Issue 9 (second pass), item 8: the projector's clock ran about half a second ahead of the
 * console's, because each window ticked on its own timer from whenever it opened. Both now turn to
 * the next second when the stored clock does, with the same rounding. Time is Playwright's paused
 * clock (shared by the context's pages), stepped in uneven amounts; at every step the console and
 * the projector show the same time.
 */
test('the console and the projector show the same module time at every moment', async ({ page, host, context }) => {
  test.setTimeout(90_000);
  forbidNativeDialogs(page);
  await page.clock.install();
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  await page.getByRole('button', { name: 'Start exercise' }).click();
  await expect(page.getByRole('group', { name: 'Exercise controls' })).toContainText('Running');
  const projector = await context.newPage();
  await projector.goto(`${host.url}present?exercise=${ex.id}`);
  const consoleTime = page.getByRole('timer', { name: 'Module timer' }).locator('.clock-value');
  const projectorTime = projector.getByRole('timer', { name: 'Module timer' });
  await expect(projectorTime).toContainText(/\d\d:\d\d/);
  // The projector opened a fraction of a second after the console: exactly the old drift's cause.
  await page.clock.pauseAt(new Date(Date.now() + 10_000));
  for (const step of [370, 450, 610, 830, 290, 1_170, 540]) {
    await page.clock.runFor(step);
    const shown = (await consoleTime.textContent())!.trim();
    expect(shown).toMatch(/^\d\d:\d\d$/);
    await expect(projectorTime).toContainText(shown);
    await expect(consoleTime).toHaveText(shown);
  }
});
