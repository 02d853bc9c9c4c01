import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { useLanguage } from './ux-support';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

test('the Help page explains the main jobs in English and in Spanish', async ({ page }) => {
  await mkdir(ARTIFACTS, { recursive: true });
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const navEs = page.getByRole('navigation', { name: 'Secciones' });
  await nav.getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
  for (const title of ['Running a tabletop exercise', 'Capturing a town hall', 'Importing a resource directory', 'Importing a scenario or an MSEL', 'Backing up and moving your data', 'Public and internal reports']) {
    await expect(page.getByRole('region', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Capturing a town hall' })).toContainText('Alt+1 to Alt+9 adds a "me too"');
  await expect(page.getByRole('region', { name: 'Public and internal reports' })).toContainText("leaves out residents' names");
  await expect(page.getByRole('region', { name: 'Importing a scenario or an MSEL' })).toContainText('Responsible Controller stays with the facilitator');
  // The contents move focus to a topic.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('button', { name: 'Backing up and moving your data' }).click();
  await expect(page.getByRole('heading', { name: 'Backing up and moving your data' })).toBeFocused();
  await page.screenshot({ path: join(ARTIFACTS, 'help-en.png'), fullPage: true });

  await useLanguage(page, 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Ayuda' })).toBeVisible();
  await expect(navEs.getByRole('link', { name: 'Ayuda' })).toHaveAttribute('aria-current', 'page');
  for (const title of ['Dirigir un ejercicio de mesa', 'Registrar una reunión comunitaria', 'Importar un directorio de recursos', 'Importar un escenario o una MSEL', 'Copias de seguridad y traslado de datos', 'Informes públicos e internos']) {
    await expect(page.getByRole('region', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Registrar una reunión comunitaria' })).toContainText('Ctrl+Z');
  await page.screenshot({ path: join(ARTIFACTS, 'help-es.png'), fullPage: true });
});
