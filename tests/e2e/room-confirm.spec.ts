import { expect, test } from './fixtures';

// Replacing a code and closing the room cut devices off at once: both ask first, in the app.
test('replacing a code and closing the room ask first, in an in-app dialog, and Cancel changes nothing', async ({ page, host }) => {
  const townhall = await host.api('townhalls.create', { title: 'Austin safety night', date: '2026-10-14' });
  await page.goto(`${host.url}#/townhalls/${townhall.id}/room`);
  await page.getByRole('button', { name: 'Open to the room' }).click();
  const residents = page.getByRole('region', { name: 'Residents' });
  const code = residents.getByTestId('code-resident');
  await expect(code).not.toBeEmpty();
  const first = await code.textContent();

  await residents.getByRole('button', { name: 'Replace this code' }).click();
  const replaceDialog = page.getByRole('dialog', { name: 'Replace the Residents code?' });
  await expect(replaceDialog).toContainText('Every device that joined with this code is cut off at once');
  await replaceDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(replaceDialog).toBeHidden();
  await expect(code).toHaveText(first!);
  await residents.getByRole('button', { name: 'Replace this code' }).click();
  await replaceDialog.getByRole('button', { name: 'Replace the code' }).click();
  await expect(replaceDialog).toBeHidden();
  await expect(code).not.toHaveText(first!);
  const second = await code.textContent();
  expect((await fetch(`${host.url}r/${first}`)).status).toBe(404);

  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Cerrar la sala' }).click();
  const closeDialog = page.getByRole('dialog', { name: '¿Cerrar la sala?' });
  await expect(closeDialog).toContainText('Las preguntas se conservan');
  await closeDialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(closeDialog).toBeHidden();
  expect((await fetch(`${host.url}r/${second}`)).status).toBe(200);
  await page.getByRole('button', { name: 'Cerrar la sala' }).click();
  await closeDialog.getByRole('button', { name: 'Cerrar la sala' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La sala está cerrada' })).toBeVisible();
  expect((await fetch(`${host.url}r/${second}`)).status).toBe(404);
});
