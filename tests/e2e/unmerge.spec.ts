import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Issue 9 (second pass), item 2: a merge can be taken back later, long after its undo toast: the
 * merged question says plainly where it went ("Merged into #1", which opens that question), and
 * Unmerge gives it back its own status and "me too" count (the version it was based on is sent).
 */
test('a merged question shows "Merged into #1" and can be unmerged later, with its status and "me too" count back', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  const keep = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  const dup = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When are the Chicago Avenue streetlights repaired?' });
  await apiCall(host, 'questions.update', { id: dup.id, version: dup.version, status: 'answered-live' });
  await apiCall(host, 'questions.meToo', { id: dup.id, by: 2 });
  await apiCall(host, 'questions.merge', { targetId: keep.id, sourceIds: [dup.id] });
  const before = (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((q: any) => q.id === dup.id);
  expect(before.status).toBe('merged');

  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  const rowOf = (text: string) => page.getByRole('row').filter({ hasText: text });
  // The kept question counts everyone (1 + 1 + 2 "me too") and says one question is merged into it.
  await expect(rowOf('Who fixes the lights').getByRole('cell').nth(5)).toHaveText('4');
  await expect(page.getByRole('button', { name: '1 question merged into question 1: open it to see or unmerge it' })).toBeVisible();

  // Listing merged questions: the state is said in words, with a link to the question it joined.
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Merged' });
  const merged = rowOf('When are the Chicago Avenue');
  await expect(merged.getByRole('button', { name: 'Merged into question 1: open question 1' })).toHaveText('Merged into #1');
  await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'merged-row.png') });
  await merged.getByRole('button', { name: 'Merged into question 1: open question 1' }).click();
  await expect(page.getByRole('region', { name: 'Question 1', exact: true })).toBeVisible();
  await page.getByRole('region', { name: 'Question 1', exact: true }).getByRole('button', { name: 'Close', exact: true }).click();

  await merged.getByRole('button', { name: 'Unmerge question 2' }).click();
  await expect(page.getByText('Question 2 is on its own again.')).toBeVisible();
  await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((q: any) => q.id === dup.id)).toMatchObject({ mergedInto: null, status: 'answered-live', meToo: 2 });

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ index: 0 });
  await expect(rowOf('Who fixes the lights').getByRole('cell').nth(5)).toHaveText('1');
  await expect(rowOf('When are the Chicago Avenue').getByRole('cell').nth(5)).toHaveText('3');
  await expect(page.getByRole('button', { name: /merged into question 1/ })).toHaveCount(0);
});
