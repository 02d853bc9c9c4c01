import { addForm, areasTable, expect, openApp, openSettings, test } from './fixtures';

test('an edit in one page appears in another page on the same host', async ({ page, host, context }) => {
  const other = await context.newPage();
  await openApp(other, host.url);
  await openSettings(other);
  await openSettings(page);

  const form = addForm(page);
  await form.name.fill('Lighthouse Park');
  await form.submit.click();
  await expect(areasTable(other).getByRole('row', { name: /Lighthouse Park/ })).toBeVisible();

  await other.getByRole('button', { name: 'Edit Lighthouse Park' }).click();
  const nameBox = other.getByRole('textbox', { name: /^Name of area/ });
  await nameBox.fill('Lighthouse Point');
  await nameBox.press('Enter');
  await expect(areasTable(page).getByRole('row', { name: /Lighthouse Point/ })).toBeVisible();
  await expect(areasTable(page).getByRole('row', { name: /Lighthouse Park/ })).toHaveCount(0);

  await other.getByRole('checkbox', { name: 'Priority: Lighthouse Point' }).check();
  await expect(areasTable(page).getByRole('row').nth(1)).toContainText('Lighthouse Point');
  await other.close();
});
