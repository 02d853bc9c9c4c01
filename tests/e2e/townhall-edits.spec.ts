import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

test('town hall: default area rule, delete a question and a merge with undo, delete the town hall with an in-app confirm and undo', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const areas = await apiCall(host, 'areas.list', {});
  const area = areas.find((a: any) => a.number === 23);
  const th = await apiCall(host, 'townhalls.create', { title: 'Humboldt Park safety night', date: '2025-05-01', areaIds: [area.id] });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the streetlights on Division be fixed?' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the streetlights on Division Street be fixed?' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who cleans the vacant lot on Kedzie?' });

  // Capture: the rule is stated, and a question without @area takes the town hall's one area.
  await page.goto(`${host.url}#/townhalls/${th.id}/capture`);
  await expect(page.getByTestId('area-rule')).toHaveText(`A question without @area is filed under ${area.name}, this town hall's only area.`);
  await page.getByRole('combobox', { name: 'Question', exact: true }).fill('Can the park stay open later in summer?');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((q: any) => q.text.startsWith('Can the park'))?.areaId).toBe(area.id);

  // Delete a question: no native confirm, an undo toast instead.
  await page.getByRole('link', { name: 'Moderate' }).click();
  await page.getByRole('button', { name: 'Open question 3', exact: true }).click();
  await page.getByRole('button', { name: 'Delete question 3' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Question 3 deleted' });
  await expect(toast).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open question 3', exact: true })).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Open question 3', exact: true })).toBeVisible();

  // Merge the two streetlight questions, then undo: both stand alone again.
  const before = await apiCall(host, 'questions.list', { townhallIds: [th.id] });
  await page.getByTestId('duplicate-suggestion').first().getByRole('button', { name: /^Merge \d+ into \d+$/ }).click();
  const merged = page.getByRole('status').filter({ hasText: /Merged 1 question into question [12]\./ });
  await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).filter((q: any) => q.status === 'merged').length).toBe(1);
  await merged.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  const after = await apiCall(host, 'questions.list', { townhallIds: [th.id] });
  expect(after.map((q: any) => [q.id, q.status, q.mergedInto, q.meToo])).toEqual(before.map((q: any) => [q.id, q.status, q.mergedInto, q.meToo]));

  // Delete the town hall from the list: it takes 4 questions, so the app asks, in the app.
  await page.goto(`${host.url}#/townhalls`);
  await page.getByRole('button', { name: 'Delete the town hall Humboldt Park safety night' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the town hall “Humboldt Park safety night”?' });
  await expect(dialog).toContainText('Its 4 questions go with it');
  await dialog.getByRole('button', { name: 'Delete town hall' }).click();
  await expect(page.getByRole('link', { name: 'Humboldt Park safety night', exact: true })).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Town hall deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Humboldt Park safety night', exact: true })).toBeVisible();
  expect(await apiCall(host, 'questions.list', { townhallIds: [th.id] })).toHaveLength(4);
});

test('Spanish: an exercise is deleted from the list after an in-app confirmation, and comes back with Deshacer', async ({ page, host }) => {
  forbidNativeDialogs(page);
  await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14', title: 'Prueba de sala' });
  await useLanguage(page, 'es');
  await page.goto(`${host.url}#/exercises`);
  await page.getByRole('button', { name: 'Eliminar el ejercicio Prueba de sala' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminar el ejercicio «Prueba de sala»?' });
  await expect(dialog).toContainText('Podrá deshacerlo');
  await dialog.getByRole('button', { name: 'Eliminar ejercicio' }).click();
  await expect(page.getByRole('link', { name: 'Prueba de sala', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ejercicios', level: 2 })).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Ejercicio eliminado' }).getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByRole('link', { name: 'Prueba de sala', exact: true })).toBeVisible();
});
