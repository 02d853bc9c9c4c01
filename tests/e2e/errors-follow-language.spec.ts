import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Issue 9: problems shown before a language switch are said again in the new language at once
 * (beside the field and in the error summary), not only after the next save.
 */
test('a service form problem shown in English is said in Spanish as soon as the language changes', async ({ page, host }) => {
  forbidNativeDialogs(page);
  await apiCall(host, 'resources.saveOrganization', { name: 'Eastside Food Pantry' });
  await page.goto(`${host.url}#/gaps/directory`);
  await page.getByRole('button', { name: 'New service' }).click();
  await page.getByRole('textbox', { name: 'Service name' }).fill('Weekend groceries');
  const verified = page.getByLabel('Last verified');
  await verified.fill(`${new Date().getFullYear() + 1}-01-15`);
  const email = page.getByRole('textbox', { name: 'Contact email' });
  await email.fill('bad@');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(verified).toHaveAccessibleDescription('This date is in the future: enter the day it was last checked.');
  await expect(page.getByRole('alert').filter({ hasText: 'There are 2 problems' })).toBeVisible();

  await useLanguage(page, 'es');
  const future = 'Esta fecha está en el futuro: indique el día en que se comprobó por última vez.';
  await expect(page.getByLabel('Última verificación')).toHaveAccessibleDescription(future);
  await expect(page.getByRole('textbox', { name: 'Correo de contacto' })).toHaveAccessibleDescription('Escriba una dirección de correo, por ejemplo nombre@ejemplo.org.');
  const summary = page.getByRole('alert').filter({ hasText: 'Hay 2 problemas' });
  await expect(summary.getByRole('link', { name: `Última verificación: ${future}` })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('This date is in the future');
});

test('an organization problem shown in Spanish is said in English after switching back', async ({ page, host }) => {
  forbidNativeDialogs(page);
  await page.goto(`${host.url}#/gaps/directory`);
  await useLanguage(page, 'es');
  await page.getByRole('button', { name: 'Nueva organización' }).click();
  await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Nombre', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await useLanguage(page, 'en');
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveAccessibleDescription('Fill this in.');
  await expect(page.locator('main')).not.toContainText('Complete este campo.');
});
