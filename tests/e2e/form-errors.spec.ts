import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Issue 9 (second pass), items 1, 3, 4 and 6: every form's problems are in the UI's language and
 * beside their field; a failed submit brings an error summary into view and focus ("There is a
 * problem", GOV.UK pattern) whose items name the field and move focus to it; a problem clears as
 * soon as its field is right again.
 */

test('es: exercise setup problems are in Spanish, named in the summary, beside the field, and clear once the field is right', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const list = await apiCall(host, 'scenarios.list', {});
  await page.goto(`${host.url}#/exercises/new/${list[0].id}`);
  await useLanguage(page, 'es');
  const title = page.getByRole('textbox', { name: 'Nombre del ejercicio' });
  await expect(title).not.toHaveValue('');
  await title.fill('   ');
  await page.getByRole('button', { name: 'Crear ejercicio' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Hay un problema' });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  // The item names the field in the UI's words and says the problem in Spanish, never English.
  const item = summary.getByRole('link', { name: 'Nombre del ejercicio: Complete este campo.' });
  await expect(item).toBeVisible();
  await expect(page.locator('main')).not.toContainText('must not be empty');
  await expect(title).toHaveAccessibleDescription('Complete este campo.');
  await expect(title).toHaveAttribute('aria-invalid', 'true');

  // The link moves focus to the field.
  await item.click();
  await expect(title).toBeFocused();
  // Typing a title makes it right: the problem and the summary go, without saving again.
  await title.fill('Ejercicio de invierno');
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
  // Emptying it again brings the problem back (it follows the field, not the keystroke).
  await title.fill('');
  await expect(title).toHaveAccessibleDescription('Complete este campo.');
  expect(await apiCall(host, 'exercises.list', {})).toHaveLength(0);
});

for (const lang of ['en', 'es'] as const) {
  const w =
    lang === 'en'
      ? { title: 'Title', create: 'Create town hall', required: 'Give the town hall a title.', problem: 'There is a problem' }
      : { title: 'Título', create: 'Crear reunión', required: 'Escriba un título para la reunión.', problem: 'Hay un problema' };

  test(`${lang}: the town hall's "give it a title" problem goes as soon as a title is typed`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    await page.goto(`${host.url}#/townhalls`);
    if (lang === 'es') await useLanguage(page, 'es');
    await page.getByRole('button', { name: w.create }).click();
    const title = page.getByRole('textbox', { name: w.title, exact: true });
    await expect(title).toHaveAccessibleDescription(w.required);
    const summary = page.getByRole('alert').filter({ hasText: w.problem });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: `${w.title}: ${w.required}` }).click();
    await expect(title).toBeFocused();
    await page.keyboard.type('Winter safety night');
    await expect(page.getByText(w.required)).toHaveCount(0);
    await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  });
}

for (const lang of ['en', 'es'] as const) {
  const w =
    lang === 'en'
      ? { newService: 'New service', name: 'Service name', available: 'Places available', total: 'Places in total', verified: 'Last verified', save: 'Save', over: 'Available capacity cannot be more than the total capacity (10).', future: 'This date is in the future: enter the day it was last checked.', problems: 'There are 2 problems' }
      : { newService: 'Nuevo servicio', name: 'Nombre del servicio', available: 'Cupos disponibles', total: 'Cupos en total', verified: 'Última verificación', save: 'Guardar', over: 'La capacidad disponible no puede ser mayor que la capacidad total (10).', future: 'Esta fecha está en el futuro: indique el día en que se comprobó por última vez.', problems: 'Hay 2 problemas' };

  test(`${lang}: a service with more places available than in total, verified in the future, is refused beside both fields`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    await apiCall(host, 'resources.saveOrganization', { name: 'Eastside Food Pantry' });
    await page.goto(`${host.url}#/gaps/directory`);
    if (lang === 'es') await useLanguage(page, 'es');
    await page.getByRole('button', { name: w.newService }).click();
    await page.getByRole('textbox', { name: w.name }).fill('Weekend groceries');
    const available = page.getByRole('spinbutton', { name: w.available });
    const total = page.getByRole('spinbutton', { name: w.total });
    await available.fill('25');
    await total.fill('10');
    const nextYear = `${new Date().getFullYear() + 1}-01-15`;
    const verified = page.getByLabel(w.verified);
    await verified.fill(nextYear);
    await page.getByRole('button', { name: w.save, exact: true }).click();

    await expect(available).toHaveAccessibleDescription(w.over);
    await expect(verified).toHaveAccessibleDescription(w.future);
    const summary = page.getByRole('alert').filter({ hasText: w.problems });
    await expect(summary).toBeFocused();
    await mkdir(join(import.meta.dirname, '.artifacts'), { recursive: true });
    await page.screenshot({ path: join(import.meta.dirname, '.artifacts', `error-summary-${lang}.png`) });
    await summary.getByRole('link', { name: `${w.verified}: ${w.future}` }).click();
    await expect(verified).toBeFocused();
    expect((await apiCall(host, 'resources.list', {})).services).toHaveLength(0);

    // Fixing each field clears its problem at once; then the service saves.
    await total.fill('30');
    await expect(available).not.toHaveAttribute('aria-invalid', 'true');
    await verified.fill('2024-05-01');
    await expect(verified).not.toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toHaveCount(0);
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(async () => (await apiCall(host, 'resources.list', {})).services.length).toBe(1);
  });
}

test('scenario editor: the first failed save brings the summary into view and focus; each item moves focus to its field', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const list = await apiCall(host, 'scenarios.list', {});
  const copy = await apiCall(host, 'scenarios.duplicate', { id: list[0].id });
  await page.goto(`${host.url}#/exercises/scenarios/${copy.id}/edit`);
  const times = page.getByRole('textbox', { name: 'Scenario time (hh:mm)' });
  await expect(times.first()).toHaveValue(/\d+:\d\d/, { timeout: 15_000 });
  // A problem far down the page: the last inject's time.
  const last = times.last();
  const before = await last.inputValue();
  await last.fill('soon');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Not saved: 1 problem to fix.' });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const item = summary.getByRole('link', { name: /Scenario time \(hh:mm\): Write the scenario time/ });
  await item.click();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  // Correcting the field clears its problem and the summary, before saving again.
  await last.fill(before);
  await expect(summary).toHaveCount(0);
  await expect(last).not.toHaveAttribute('aria-invalid', 'true');
});
