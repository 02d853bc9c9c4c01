import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

// Hiding a phone takes its shown questions off the screen too: the moderator is asked first.
test('"Hide this phone" asks first in the app; Cancel keeps the question shown, confirming hides it', async ({ page, host }) => {
  const townhall = await host.api('townhalls.create', { title: 'Austin safety night', date: '2026-10-14' });
  const room = await host.api('townhalls.openRoom', { id: townhall.id });
  const code = room.invites.find((i: { role: string }) => i.role === 'resident').code;
  const asked = await fetch(`${host.url}r/${code}/questions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Can the park stay open later in summer?', clientId: randomUUID() }) });
  expect(asked.status).toBe(200);
  const question = await asked.json();
  await host.api('questions.setVisibility', { ids: [question.id], visibility: 'shown' });

  await page.goto(`${host.url}#/townhalls/${townhall.id}/moderate`);
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: `Open question ${question.number}`, exact: true }) });
  await expect(row.getByText('On screen')).toBeVisible();
  await row.getByRole('button', { name: 'Hide this phone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hide every question from this phone?' });
  await expect(dialog).toContainText('including any shown now');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText('On screen')).toBeVisible();

  await row.getByRole('button', { name: 'Hide this phone' }).click();
  await dialog.getByRole('button', { name: "Hide this phone's questions" }).click();
  await expect(row.getByText('Hidden', { exact: true })).toBeVisible();
  const [stored] = await host.api('questions.list', { townhallIds: [townhall.id] });
  expect(stored.visibility).toBe('hidden');
});
