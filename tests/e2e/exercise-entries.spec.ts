import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

async function runningExercise(host: { api(method: string, input: unknown): Promise<unknown> }): Promise<string> {
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14', place: 'Harmon Elementary' });
  await apiCall(host, 'exercises.control', { id: ex.id, action: 'start' });
  await apiCall(host, 'exercises.inject', { id: ex.id, module: 0, inject: 0, action: 'release' });
  return ex.id;
}

test('exercise capture: no capability unless chosen, edit text and kind, delete with confirm and undo, draft kept across reload', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const id = await runningExercise(host);
  await page.goto(`${host.url}#/exercises/run/${id}`);
  const capture = page.getByRole('textbox', { name: /What the room said/ });
  await capture.fill('need: Interpreters at the pickup gate');
  await capture.press('Enter');
  const log = page.getByRole('region', { name: 'Captured' });
  const entry = log.getByRole('listitem').filter({ hasText: 'Interpreters at the pickup gate' });
  // The released inject names a capability, but nobody chose one.
  await expect(entry).toContainText('Capability: Not set');

  // A chosen capability is filed.
  await page.getByLabel('Capability (optional)').selectOption({ index: 1 });
  const chosenName = (await page.getByLabel('Capability (optional)').locator('option:checked').textContent())!;
  await capture.fill('s: Staff pulled the children inside fast');
  await capture.press('Enter');
  await expect(log.getByRole('listitem').filter({ hasText: 'Staff pulled the children inside fast' })).toContainText(`Capability: ${chosenName}`);
  await expect(page.getByLabel('Capability (optional)')).toHaveValue('');

  // Edit: new words, another kind.
  await entry.getByRole('button', { name: 'Edit entry “Interpreters at the pickup gate”' }).click();
  await page.getByRole('textbox', { name: 'What the room said', exact: true }).fill('Spanish and Arabic interpreters at the pickup gate');
  await page.getByRole('combobox', { name: 'Kind of entry' }).selectOption({ label: 'Decision' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const edited = log.getByRole('listitem').filter({ hasText: 'Spanish and Arabic interpreters' });
  await expect(edited.getByRole('button', { name: 'Edit entry “Spanish and Arabic interpreters at the pickup gate”' })).toBeVisible();
  await expect(edited).toContainText('Decision');
  const saved = await apiCall(host, 'exercises.get', { id });
  expect(saved.entries.find((e: any) => e.text.startsWith('Spanish and Arabic')).type).toBe('decision');
  expect((await apiCall(host, 'needs.list', {})).length).toBe(0);

  // Back to a need, then delete: it takes the need with it, so the app asks first (in the app).
  await edited.getByRole('button', { name: /^Edit entry/ }).click();
  await page.getByRole('combobox', { name: 'Kind of entry' }).selectOption({ label: 'Need' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(log.getByRole('button', { name: 'Edit entry “Spanish and Arabic interpreters at the pickup gate”' })).toBeVisible();
  await expect(log.getByRole('listitem').filter({ hasText: 'Spanish and Arabic interpreters' })).toContainText('Need');
  await log.getByRole('button', { name: 'Delete entry “Spanish and Arabic interpreters at the pickup gate”' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete the entry/ });
  await expect(dialog).toContainText('The need it recorded goes too');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete entry' }).click();
  await expect(log.getByText('Spanish and Arabic interpreters')).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Entry deleted' });
  await expect(toast).toBeVisible();
  // Focus moves to the entry that took its place, not to <body>.
  await expect(log.getByRole('button', { name: 'Edit entry “Staff pulled the children inside fast”' })).toBeFocused();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(log.getByRole('listitem').filter({ hasText: 'Spanish and Arabic interpreters' })).toContainText('Need');
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  const needs = await apiCall(host, 'needs.list', {});
  expect(needs.map((n: any) => n.categoryId)).toEqual([null]);

  // A draft survives a reload, and so does the type and capability picked for it.
  await capture.fill('d: Principal calls the parents at 4 p.m.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: /What the room said/ })).toHaveValue('d: Principal calls the parents at 4 p.m.');
});

test('Spanish: deleting an entry says so in Spanish and undoes', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const id = await runningExercise(host);
  await useLanguage(page, 'es');
  await page.goto(`${host.url}#/exercises/run/${id}`);
  const capture = page.getByRole('textbox', { name: /Lo que dijo la sala/ });
  await capture.fill('n: La directora llama a las familias');
  await capture.press('Enter');
  const log = page.getByRole('region', { name: 'Registrado' });
  await expect(log.getByRole('listitem').filter({ hasText: 'La directora llama' })).toContainText('Capacidad: Sin definir');
  await log.getByRole('button', { name: 'Eliminar la anotación «La directora llama a las familias»' }).click();
  await expect(log.getByText('La directora llama')).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Anotación eliminada' });
  await toast.getByRole('button', { name: 'Deshacer' }).click();
  await expect(log.getByText('La directora llama a las familias')).toBeVisible();
});

test('an undo message follows a language switch: "Deshecho: Anotación eliminada…", never the English inside', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const id = await runningExercise(host);
  await page.goto(`${host.url}#/exercises/run/${id}`);
  const capture = page.getByRole('textbox', { name: /What the room said/ });
  await capture.fill('s: outreach workers walked the pickup line');
  await capture.press('Enter');
  const log = page.getByRole('region', { name: 'Captured' });
  await log.getByRole('button', { name: 'Delete entry “outreach workers walked the pickup line”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry deleted: “outreach workers' })).toBeVisible();
  await useLanguage(page, 'es');
  const toast = page.getByRole('status').filter({ hasText: 'Anotación eliminada: «outreach workers' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deshecho: Anotación eliminada: «outreach workers walked the pickup line»' })).toBeVisible();
  await expect(page.getByText('Entry deleted')).toHaveCount(0);
});
