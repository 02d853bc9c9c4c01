import { expect, test } from './fixtures';
import { apiCall, useLanguage } from './ux-support';

test('console keyboard shortcuts: Alt+R releases the next inject, Alt+P pauses and resumes, Alt+M goes to the next module', async ({ page, host }) => {
  test.setTimeout(60_000);
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await apiCall(host, 'exercises.control', { id: ex.id, action: 'start' });
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  const controls = page.getByRole('group', { name: 'Exercise controls' });
  await expect(controls).toContainText('Alt+R releases the next inject');
  await page.getByRole('textbox', { name: /What the room said/ }).focus();
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('button', { name: 'Undo inject Children still outside' })).toBeVisible();
  await page.keyboard.press('Alt+P');
  await expect(controls).toContainText('Paused');
  await page.keyboard.press('Alt+P');
  await expect(controls).toContainText('Running');
  await page.keyboard.press('Alt+M');
  await expect(controls).toContainText('Module 2 of');
  await expect(page.getByRole('textbox', { name: /What the room said/ })).toHaveValue('');
});

test('Spanish: the console names its shortcuts in Spanish', async ({ page, host }) => {
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await useLanguage(page, 'es');
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  await expect(page.getByRole('group', { name: 'Controles del ejercicio' })).toContainText('Alt+R publica el próximo evento');
});
