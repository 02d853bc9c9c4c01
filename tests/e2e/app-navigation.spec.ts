import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const SECTIONS = [
  { link: 'Exercises', heading: 'Exercises', hash: '#/exercises' },
  { link: 'Town halls', heading: 'Town halls', hash: '#/townhalls' },
  { link: 'Resources & gaps', heading: 'Resources & gaps', hash: '#/gaps' },
  { link: 'Reports', heading: 'Reports', hash: '#/reports' },
  { link: 'Settings', heading: 'Settings', hash: '#/settings' },
  { link: 'Help', heading: 'Help', hash: '#/help' },
];

/** Presses Shift+Tab until the element named `name` has focus; fails if it never does. */
async function shiftTabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Shift+Tab never reached the ${name} link.`);
}

test('every section can be reached by keyboard alone, and its heading takes focus', async ({ page }) => {
  // Tab order: skip link, language switch, then the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Español' })).toBeFocused();
  await page.keyboard.press('Tab');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Exercises' })).toBeFocused();

  // The skip link moves focus to the main content.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // From the main content, Shift+Tab walks back into the navigation; Enter opens the section.
  for (const section of [...SECTIONS].reverse()) {
    await shiftTabTo(page, section.link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeFocused();
    await expect(nav.getByRole('link', { name: section.link, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    expect(new URL(page.url()).hash).toBe(section.hash);
  }

  // The Exercises section (the last one opened) shows its exercises and scenario library.
  await expect(page.getByRole('main')).toContainText('Scenario library');
});

test('switching to Español changes the navigation and is remembered after a reload', async ({ page, host }) => {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Español' }).click();
  const spanishNav = page.getByRole('navigation', { name: 'Secciones' });
  for (const label of ['Ejercicios', 'Reuniones comunitarias', 'Recursos y brechas', 'Informes', 'Configuración']) {
    await expect(spanishNav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(nav).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Ejercicios' })).toBeVisible();

  await page.reload();
  await openApp(page, host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await expect(spanishNav.getByRole('link', { name: 'Configuración' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
