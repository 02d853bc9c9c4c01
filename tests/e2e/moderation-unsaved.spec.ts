import { expect, test } from './fixtures';
import { apiCall } from './ux-support';

/**
 * The question editor in Moderate: closing it, or opening another question in its place, while an
 * answer is typed but not saved asks first (it used to drop the answer without a word).
 */
test('Moderate: Close or opening another question with an unsaved answer asks first; staying keeps the answer', async ({ page, host }) => {
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Can the fieldhouse stay open until 9?' });
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  await page.getByRole('button', { name: 'Open question 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 1', exact: true });
  const answer = editor.getByRole('textbox', { name: 'Answer in English' });
  await answer.fill('Streets and Sanitation, by Friday.');

  // Close: asked; staying keeps the typed answer.
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(answer).toHaveValue('Streets and Sanitation, by Friday.');

  // Opening another question in its place: asked; leaving opens it and nothing was saved.
  await page.getByRole('button', { name: 'Open question 2', exact: true }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('region', { name: 'Question 2', exact: true })).toBeVisible();
  const stored = await apiCall(host, 'questions.list', { townhallIds: [th.id] });
  expect(stored.find((q: { number: number }) => q.number === 1).answer ?? '').toBe('');

  // Nothing typed: Close closes at once.
  await page.getByRole('region', { name: 'Question 2', exact: true }).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Question 2', exact: true })).toHaveCount(0);
});
