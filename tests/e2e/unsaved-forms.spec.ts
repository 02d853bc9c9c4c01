import { expect, test } from './fixtures';
import { apiCall, useLanguage } from './ux-support';

/**
 * Issue 9, item 4: every form holding unsaved changes asks before they are thrown away: a link
 * elsewhere opens Convene's own dialog (Stay is the default), a reload or closing the window gets
 * the browser's "leave site?" prompt. A form with nothing changed lets the person go at once.
 */

test('exercise setup, town hall details and the question editor ask before leaving with unsaved changes', async ({ page, host }) => {
  test.setTimeout(120_000);
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14', place: 'Harmon Elementary' });
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  const townHalls = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' });

  // Exercise setup: nothing changed yet, so leaving is free.
  await page.goto(`${host.url}#/exercises/run/${ex.id}/setup`);
  const place = page.getByRole('textbox', { name: 'Place' });
  await expect(place).toHaveValue('Harmon Elementary', { timeout: 15_000 });
  await townHalls.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Town halls' })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // A change: the link is held back; Stay keeps it.
  await page.goto(`${host.url}#/exercises/run/${ex.id}/setup`);
  await expect(place).toHaveValue('Harmon Elementary', { timeout: 15_000 });
  await place.fill('Harmon Elementary, gym');
  await townHalls.click();
  await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(place).toHaveValue('Harmon Elementary, gym');
  expect(new URL(page.url()).hash).toBe(`#/exercises/run/${ex.id}/setup`);

  // Town hall details: a change, then leaving on purpose drops it.
  await page.goto(`${host.url}#/townhalls/${th.id}/details`);
  const details = page.getByRole('form', { name: 'Town hall details' });
  await expect(details.getByRole('textbox', { name: 'Place' })).toHaveValue('Columbus Park');
  await details.getByRole('textbox', { name: 'Place' }).fill('Columbus Park fieldhouse');
  await page.getByRole('link', { name: 'Moderate' }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('button', { name: 'Open question 1', exact: true })).toBeVisible();
  expect((await apiCall(host, 'townhalls.list', {}))[0].place).toBe('Columbus Park');

  // The question editor: a typed answer survives a mis-click on another view.
  await page.getByRole('button', { name: 'Open question 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 1', exact: true });
  await editor.getByRole('textbox', { name: 'Answer in English' }).fill('Streets and Sanitation, by Friday.');
  await page.getByRole('link', { name: 'Details' }).click();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(editor.getByRole('textbox', { name: 'Answer in English' })).toHaveValue('Streets and Sanitation, by Friday.');

  // A reload or closing the window: the browser's own prompt.
  let prompted = '';
  page.once('dialog', (d) => {
    prompted = d.type();
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => prompted).toBe('beforeunload');
});

test('Spanish: a new organization being typed asks before leaving, in Spanish', async ({ page, host }) => {
  await useLanguage(page, 'es');
  await page.goto(`${host.url}#/gaps/directory`);
  await page.getByRole('button', { name: 'Nueva organización' }).click();
  await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill('Centro Comunitario La Villita');
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Informes' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Salir sin guardar?' });
  await expect(dialog).toContainText('todavía no se han guardado');
  await dialog.getByRole('button', { name: 'Quedarse en esta página' }).click();
  await expect(page.getByRole('textbox', { name: 'Nombre', exact: true })).toHaveValue('Centro Comunitario La Villita');
});
