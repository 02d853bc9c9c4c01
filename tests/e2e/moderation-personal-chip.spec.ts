import { expect, test } from './fixtures';

// The moderation row flags a question that holds a personal detail (found off the page's thread,
// after the row is painted) and leaves the others unflagged, in both languages.
test('moderation rows flag questions with personal details, and only those', async ({ page, host }) => {
  const townhall = await host.api('townhalls.create', { title: 'Pilsen safety town hall', date: '2026-10-14' });
  const withPhone = await host.api('questions.create', { townhallId: townhall.id, text: 'The alley lights are out again. Call me at 773-555-0147.' });
  const withName = await host.api('questions.create', { townhallId: townhall.id, text: 'My name is Jordan Fictional and the bus never comes on time.' });
  const plain = await host.api('questions.create', { townhallId: townhall.id, text: 'Can the fieldhouse stay open until 9 on school nights?' });
  await page.goto(`${host.url}#/townhalls/${townhall.id}/moderate`);
  const table = page.getByRole('table', { name: 'Questions, filtered and sorted' });
  const row = (number: number) => table.getByRole('row').filter({ has: page.getByRole('button', { name: `Open question ${number}`, exact: true }) });
  await expect(row(withPhone.number).getByText('Personal details')).toBeVisible();
  await expect(row(withName.number).getByText('Personal details')).toBeVisible();
  // Flags arrive together; once the two above are shown, the plain question has had its answer too.
  await expect(row(plain.number)).toBeVisible();
  await expect(row(plain.number).getByText('Personal details')).toHaveCount(0);

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: `Abrir la pregunta ${withPhone.number}`, exact: true }) }).getByText('Datos personales')).toBeVisible();
});
