import { addForm, areasTable, expect, openSettings, readWorkspace, test } from './fixtures';

test('add, rename, mark priority and delete an area; the data file follows each step', async ({ page, host }) => {
  await openSettings(page);
  const table = areasTable(page);
  const status = page.getByRole('status').filter({ hasText: /\S/ });
  const form = addForm(page);
  const before = (await readWorkspace(host.dataFile)).areas.length;

  // Add
  await form.name.fill('Harbor Point');
  await form.number.fill('900');
  await form.submit.click();
  await expect(status).toHaveText('Added Harbor Point as area 900.');
  await expect(table.getByRole('row', { name: /Harbor Point/ })).toBeVisible();
  await expect(form.name).toHaveValue('');
  let ws = await readWorkspace(host.dataFile);
  expect(ws.areas).toHaveLength(before + 1);
  expect(ws.areas.find((a) => a.number === 900)).toMatchObject({ name: 'Harbor Point', priority: false });

  // Rename in place
  await page.getByRole('button', { name: 'Edit Harbor Point' }).click();
  const nameBox = page.getByRole('textbox', { name: 'Name of area 900' });
  await expect(nameBox).toBeFocused();
  await nameBox.fill('Harbor Point East');
  await nameBox.press('Enter');
  await expect(status).toHaveText('Saved Harbor Point East.');
  await expect(table.getByRole('row', { name: /Harbor Point East/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Harbor Point East' })).toBeFocused();
  ws = await readWorkspace(host.dataFile);
  expect(ws.areas.find((a) => a.number === 900)?.name).toBe('Harbor Point East');

  // Mark priority: it moves to the top
  await expect(table.getByRole('row').nth(1)).not.toContainText('Harbor Point East');
  await page.getByRole('checkbox', { name: 'Priority: Harbor Point East' }).check();
  await expect(status).toHaveText('Harbor Point East is now a priority area.');
  await expect(table.getByRole('row').nth(1)).toContainText('Harbor Point East');
  await expect(page.getByRole('checkbox', { name: 'Priority: Harbor Point East' })).toBeChecked();
  ws = await readWorkspace(host.dataFile);
  expect(ws.areas.find((a) => a.number === 900)?.priority).toBe(true);

  // Delete, after confirming
  await page.getByRole('button', { name: 'Delete Harbor Point East' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Harbor Point East?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete area' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(status).toHaveText('Deleted Harbor Point East.');
  await expect(table.getByRole('row', { name: /Harbor Point East/ })).toHaveCount(0);
  ws = await readWorkspace(host.dataFile);
  expect(ws.areas).toHaveLength(before);
  expect(ws.areas.some((a) => a.number === 900)).toBe(false);
});

test('cancelling a delete keeps the area', async ({ page, host }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Delete Rogers Park' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Rogers Park?' });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete Rogers Park' })).toBeFocused();
  expect((await readWorkspace(host.dataFile)).areas.some((a) => a.name === 'Rogers Park')).toBe(true);
});

test('a duplicate number shows the server’s plain sentence and changes nothing', async ({ page, host }) => {
  await openSettings(page);
  const form = addForm(page);
  await form.name.fill('Second Rogers');
  await form.number.fill('1');
  await form.submit.click();
  await expect(form.form.getByRole('alert')).toHaveText(/^Area number 1 is already used by Rogers Park\./);
  await expect(form.name).toHaveValue('Second Rogers');
  const ws = await readWorkspace(host.dataFile);
  expect(ws.areas.some((a) => a.name === 'Second Rogers')).toBe(false);
  expect(ws.areas.filter((a) => a.number === 1)).toHaveLength(1);
});

test('an empty name shows a field error beside the field', async ({ page, host }) => {
  await openSettings(page);
  const form = addForm(page);
  const before = await readWorkspace(host.dataFile);
  await form.name.fill('   ');
  await form.submit.click();
  await expect(form.form.getByText('Enter a name for the area.')).toBeVisible();
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.name).toHaveAccessibleDescription('Enter a name for the area.');
  await expect(form.name).toBeFocused();
  expect((await readWorkspace(host.dataFile)).areas).toHaveLength(before.areas.length);

  // A renamed area cannot be emptied either; Escape leaves it as it was.
  await page.getByRole('button', { name: 'Edit West Ridge' }).click();
  const nameBox = page.getByRole('textbox', { name: 'Name of area 2' });
  await nameBox.fill('');
  await nameBox.press('Enter');
  await expect(areasTable(page).getByText('Enter a name for the area.')).toBeVisible();
  await nameBox.press('Escape');
  await expect(areasTable(page).getByRole('row', { name: /West Ridge/ })).toBeVisible();
});

// Regression: the store once kept a stale `flushing` promise after a mutation that only
// rejected, and every later write then waited forever.
test('after a refused change, the next change is still saved', async ({ page, host }) => {
  await openSettings(page);
  const form = addForm(page);
  await form.name.fill('Second Rogers');
  await form.number.fill('1');
  await form.submit.click();
  await expect(form.form.getByRole('alert')).toContainText('Area number 1 is already used by Rogers Park.');

  await form.number.fill('901');
  await form.submit.click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Added Second Rogers as area 901.');
  expect((await readWorkspace(host.dataFile)).areas.find((a) => a.number === 901)?.name).toBe('Second Rogers');
});

test('in Spanish, the server’s refusal is said in Spanish', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Configuración' }).click();
  const form = page.getByRole('form', { name: 'Agregar un área' });
  await form.getByRole('textbox', { name: 'Nombre', exact: true }).fill('Segundo Rogers');
  await form.getByRole('textbox', { name: 'Número', exact: true }).fill('1');
  await form.getByRole('button', { name: 'Agregar área' }).click();
  await expect(form.getByRole('alert')).toContainText('El número de área 1 ya lo usa Rogers Park.');
  expect((await readWorkspace(host.dataFile)).areas.some((a) => a.name === 'Segundo Rogers')).toBe(false);
});
