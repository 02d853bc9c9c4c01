import { expect, test } from './fixtures';
import { apiCall, useLanguage } from './ux-support';

test('the scenario editor keeps unsaved edits: an in-app dialog on navigation, the browser prompt on reload', async ({ page, host }) => {
  const list = await apiCall(host, 'scenarios.list', {});
  const copy = await apiCall(host, 'scenarios.duplicate', { id: list[0].id });
  await page.goto(`${host.url}#/exercises/scenarios/${copy.id}/edit`);
  const title = page.getByRole('group', { name: /^Title/ }).getByLabel('English');
  await expect(title).toHaveValue(copy.content.overview.title.en, { timeout: 15_000 });
  await title.fill('Wabash Court, tailored for the 5th district');

  // A link elsewhere: Convene's own dialog; Stay is the default and keeps the edit.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(title).toHaveValue('Wabash Court, tailored for the 5th district');
  expect(new URL(page.url()).hash).toBe(`#/exercises/scenarios/${copy.id}/edit`);

  // Reload or closing the window: the browser's own "leave site?" prompt (the only guard a page
  // can put on a reload); Playwright sees it as a beforeunload dialog.
  let prompted = '';
  page.once('dialog', (d) => {
    prompted = d.type();
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => prompted).toBe('beforeunload');
});

test('Spanish: an entry being edited asks before leaving, in Spanish', async ({ page, host }) => {
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await apiCall(host, 'exercises.control', { id: ex.id, action: 'start' });
  await apiCall(host, 'exercises.capture', { id: ex.id, entryId: crypto.randomUUID(), type: 'note', text: 'Nota original' });
  await useLanguage(page, 'es');
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  await page.getByRole('button', { name: 'Editar la anotación «Nota original»' }).click();
  await page.getByRole('textbox', { name: 'Lo que dijo la sala', exact: true }).fill('Nota corregida');
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Informes' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Salir sin guardar?' });
  await expect(dialog).toContainText('todavía no se han guardado');
  await dialog.getByRole('button', { name: 'Quedarse en esta página' }).click();
  await expect(page.getByRole('textbox', { name: 'Lo que dijo la sala', exact: true })).toHaveValue('Nota corregida');
  // Leaving on purpose works.
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Informes' }).click();
  await dialog.getByRole('button', { name: 'Salir sin guardar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Informes' })).toBeVisible();
});
