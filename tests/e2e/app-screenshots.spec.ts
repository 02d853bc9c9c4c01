import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

/** Pictures of the shell and Settings in both languages at 1280x800, for a person to look at. */
test('screenshots of the shell and Settings in English and Spanish', async ({ page }) => {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const language of ['en', 'es'] as const) {
    if (language === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page.mouse.move(1200, 700);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('nav a').first().click();
    await expect(page.locator('nav a').first()).toHaveAttribute('aria-current', 'page');
    await page.screenshot({ path: join(ARTIFACTS, `shell-${language}.png`) });
    // Settings by its name: Help now follows it in the navigation.
    await page.getByRole('navigation').getByRole('link', { name: language === 'en' ? 'Settings' : 'Configuración' }).click();
    await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, `settings-${language}.png`) });
    await page.screenshot({ path: join(ARTIFACTS, `settings-${language}-full.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.mouse.move(600, 700);
  await page.screenshot({ path: join(ARTIFACTS, 'settings-es-1024.png') });

  // Keyboard focus is visible.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.screenshot({ path: join(ARTIFACTS, 'focus-en-1024.png') });
});
