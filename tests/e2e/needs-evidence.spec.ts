import { randomUUID } from 'node:crypto';
import { expect, test, type RunningHost } from './fixtures';

const api = (host: RunningHost, method: string, input: unknown) => host.api(method, input);

test('needs raised in an exercise and at a town hall reach the gap work, and their evidence links lead back', async ({ page, host }) => {
  // Raised in the other features (through the API: this test is about what the gap work shows).
  const exercise = await api(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2026-06-14', place: 'Harmon Elementary library' });
  await api(host, 'exercises.control', { id: exercise.id, action: 'start' });
  await api(host, 'exercises.capture', { id: exercise.id, entryId: randomUUID(), type: 'need', text: 'Grief counselors at the school the next morning' });
  const townhall = await api(host, 'townhalls.create', { title: 'Englewood safety town hall', date: '2026-10-14' });
  const question = await api(host, 'questions.create', { townhallId: townhall.id, text: 'Where can teenagers go after 9 pm that is safe?' });
  await api(host, 'questions.promote', { id: question.id, categoryId: 'cat-youth' });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Resources & gaps' }).click();
  await page.getByRole('navigation', { name: 'Resources and gaps' }).getByRole('link', { name: 'Needs' }).click();
  const fromExercise = page.getByRole('listitem').filter({ hasText: 'Grief counselors at the school the next morning' }).last();
  const fromTownHall = page.getByRole('listitem').filter({ hasText: 'Where can teenagers go after 9 pm that is safe?' }).last();
  await expect(fromExercise).toBeVisible();
  await expect(fromTownHall).toBeVisible();

  await fromExercise.getByRole('link', { name: 'Exercise entry' }).click();
  // The exercise's console, whose capture list holds the entry.
  await expect(page.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
  await expect(page.getByText('Grief counselors at the school the next morning').first()).toBeVisible();

  await page.goBack();
  await fromTownHall.getByRole('link', { name: 'Town-hall question' }).click();
  await expect(page.getByRole('heading', { name: 'Englewood safety town hall' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Moderate' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Where can teenagers go after 9 pm that is safe?').first()).toBeVisible();
});
