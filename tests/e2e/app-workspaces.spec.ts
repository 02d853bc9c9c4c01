import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addForm, areasTable, expect, openSettings, readWorkspace, startHost, test } from './fixtures';

// Switching closes and opens data files, and one test starts a second host: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

function switcher(page: import('@playwright/test').Page) {
  const panel = page.getByRole('region', { name: 'Data' });
  const form = panel.getByRole('form', { name: 'Open or start another workspace' });
  return {
    panel,
    form,
    path: form.getByRole('textbox', { name: 'Workspace file (full path)' }),
    open: form.getByRole('button', { name: 'Open workspace…' }),
    create: form.getByRole('button', { name: 'New workspace…' }),
    dataFile: panel.getByRole('definition').first(),
  };
}

test('New workspace… starts another file; Open workspace… brings the first back with its records', async ({ page, host }) => {
  await host.api('areas.create', { name: 'First Town' });
  await openSettings(page);
  const s = switcher(page);
  const table = areasTable(page);
  await expect(table.getByRole('row', { name: /First Town/ })).toBeVisible();
  await expect(s.form).toContainText('If the other file cannot be opened, this workspace stays open as it is.');

  const second = join(host.dir, 'second-workspace.json');
  await s.path.fill(second);
  await s.create.click();
  await expect(s.form.getByRole('status')).toHaveText(`Started a new workspace in ${second}. convene-data.json was saved and closed.`);
  await expect(s.dataFile).toHaveText(second);
  // The header names the open workspace: its file name, the full path as the title and for screen readers.
  const header = page.getByRole('banner');
  await expect(header.getByTitle(second)).toContainText('second-workspace.json');
  await expect(header).toContainText(`(full path: ${second})`);
  await expect(header.getByTitle(host.dataFile)).toHaveCount(0);
  await expect(table.getByRole('row', { name: /First Town/ })).toHaveCount(0);
  await expect(page.getByText('Showing 77 of 77 areas')).toBeVisible();

  // A record in the new workspace, through the UI.
  const add = addForm(page);
  await add.name.fill('Second Town');
  await add.submit.click();
  await expect(table.getByRole('row', { name: /Second Town/ })).toBeVisible();
  expect((await readWorkspace(second)).areas.some((a) => a.name === 'Second Town')).toBe(true);
  // The first workspace was folded into its data file and released.
  expect((await readWorkspace(host.dataFile)).areas.some((a) => a.name === 'First Town')).toBe(true);

  await s.path.fill(host.dataFile);
  await s.open.click();
  await expect(s.form.getByRole('status')).toHaveText(`Opened ${host.dataFile}. second-workspace.json was saved and closed.`);
  await expect(s.dataFile).toHaveText(host.dataFile);
  await expect(page.getByRole('banner').getByTitle(host.dataFile)).toContainText('convene-data.json');
  await expect(table.getByRole('row', { name: /First Town/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Second Town/ })).toHaveCount(0);
  // Nothing the areas panel said about the other workspace is left over this one.
  await expect(page.getByText(/Second Town/)).toHaveCount(0);
  // Saving goes to the first workspace again.
  await host.api('areas.create', { name: 'First Town Again' });
  expect((await readWorkspace(host.dataFile)).areas.some((a) => a.name === 'First Town Again')).toBe(true);
  await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'workspace-switch-en.png'), fullPage: true });
});

test('refuses a file that is not a workspace and one open in another Convene, in the user\'s language, keeping this workspace', async ({ page, host }) => {
  await host.api('areas.create', { name: 'Kept Village' });
  const notes = join(host.dir, 'notes.txt');
  await writeFile(notes, 'shopping list');
  await openSettings(page);
  const s = switcher(page);
  await s.path.fill(notes);
  await s.open.click();
  await expect(s.form.getByRole('alert')).toContainText(`${notes} is not a Convene workspace`);
  await expect(s.form.getByRole('alert')).toContainText('The workspace you have open stays open and nothing in it changed.');
  await expect(s.dataFile).toHaveText(host.dataFile);
  await expect(areasTable(page).getByRole('row', { name: /Kept Village/ })).toBeVisible();

  // Another Convene (a second browser host) holds this file.
  const otherFile = join(host.dir, 'other.json');
  const other = await startHost(otherFile, host.dir);
  try {
    await page.getByRole('button', { name: 'Español' }).click();
    const es = page.getByRole('form', { name: 'Abrir o empezar otro espacio de trabajo' });
    await es.getByRole('textbox', { name: 'Archivo del espacio de trabajo (ruta completa)' }).fill(otherFile);
    await es.getByRole('button', { name: 'Abrir espacio de trabajo…' }).click();
    await expect(es.getByRole('alert')).toContainText(`${otherFile} está abierto en otro Convene (Convene browser host, proceso ${other.child.pid}`);
    await expect(es.getByRole('alert')).toContainText('El espacio de trabajo abierto sigue abierto');
  } finally {
    await other.stop();
  }
  // Still saving to this workspace.
  await host.api('areas.create', { name: 'Saved After' });
  expect((await readWorkspace(host.dataFile)).areas.some((a) => a.name === 'Saved After')).toBe(true);
});
