import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

test('duplicate suggestions: one worker for the page, kept when leaving the screen; search narrows them at once without re-running; a new question is compared as it arrives', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const th = await apiCall(host, 'townhalls.create', { title: 'Englewood safety night', date: '2025-05-01', areaIds: [] });
  const ask = (text: string, translation?: string) => apiCall(host, 'questions.create', { townhallId: th.id, text, ...(translation ? { translation } : {}) });
  await ask('When will the streetlights on 63rd Street be fixed?');
  await ask('When will the broken streetlights on 63rd Street get fixed?');
  await ask('Are there summer jobs for teenagers this year?');
  await ask('¿Hay trabajos de verano para jóvenes este año?', 'Are there summer jobs for teenagers this year?');
  await ask('Who cleans the vacant lot on Halsted?');

  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  const suggestions = page.getByTestId('duplicate-suggestion');
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.filter({ hasText: '#3 ' }).filter({ hasText: '#4 ' })).toBeVisible();
  expect(workers.filter((u) => u.includes('duplicates'))).toHaveLength(1);

  // Typing in search narrows the suggestions to the questions shown; no worker starts or restarts.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('streetl');
  await expect(page.getByText('Showing 2 of 5 questions')).toBeVisible();
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toContainText('#1 ');
  await expect(suggestions.first()).toContainText('#2 ');
  await expect(page.getByText('Looking for likely duplicates')).toHaveCount(0);
  await search.fill('');
  await expect(suggestions).toHaveCount(2);
  expect(workers.filter((u) => u.includes('duplicates'))).toHaveLength(1);

  // A question that arrives (another device) is compared with the rest by the same worker.
  await ask('Who will clean up the vacant lot on Halsted?');
  await expect(suggestions).toHaveCount(3);
  await expect(suggestions.filter({ hasText: '#5 ' }).filter({ hasText: '#6 ' })).toBeVisible();
  expect(workers.filter((u) => u.includes('duplicates'))).toHaveLength(1);

  // Leaving the screen and coming back: the page's worker still holds the town hall, so the
  // suggestions are there without reading every question again.
  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await expect(page.getByTestId('duplicate-suggestion')).toHaveCount(0);
  await page.getByRole('link', { name: 'Moderate', exact: true }).click();
  await expect(suggestions).toHaveCount(3);
  expect(workers.filter((u) => u.includes('duplicates'))).toHaveLength(1);
});
