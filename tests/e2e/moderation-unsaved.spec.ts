import { expect, test } from './fixtures';
import { apiCall, useLanguage } from './ux-support';

/**
 * The question editor in Moderate: closing it, or opening another question in its place, while an
 * answer is typed but not saved asks first (it used to drop the answer without a word).
 */
test('Moderate: Close or opening another question with an unsaved answer asks first; staying keeps the answer', async ({ page, host }) => {
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Can the fieldhouse stay open until 9?' });
  // Close and opening another question stay on the page: the dialog asks to discard the changes.
  const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  await page.getByRole('button', { name: 'Open question 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 1', exact: true });
  const answer = editor.getByRole('textbox', { name: 'Answer in English' });
  await answer.fill('Streets and Sanitation, by Friday.');

  // Close: asked; staying keeps the typed answer.
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(answer).toHaveValue('Streets and Sanitation, by Friday.');

  // Opening another question in its place: asked; leaving opens it and nothing was saved.
  await page.getByRole('button', { name: 'Open question 2', exact: true }).click();
  await dialog.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Question 2', exact: true })).toBeVisible();
  const stored = await apiCall(host, 'questions.list', { townhallIds: [th.id] });
  expect(stored.find((q: { number: number }) => q.number === 1).answer ?? '').toBe('');

  // Nothing typed: Close closes at once.
  await page.getByRole('region', { name: 'Question 2', exact: true }).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Question 2', exact: true })).toHaveCount(0);
});

test('Spanish: Close on a question with an unsaved answer asks to discard the changes, not to leave the page', async ({ page, host }) => {
  const th = await apiCall(host, 'townhalls.create', { title: 'Noche de seguridad', date: '2025-05-01', place: 'Parque Columbus' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: '¿Quién arregla las luces?' });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  await useLanguage(page, 'es');
  await page.getByRole('button', { name: 'Abrir la pregunta 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Pregunta 1', exact: true });
  const answer = editor.getByRole('textbox', { name: 'Respuesta en inglés' });
  await answer.fill('Calles y Saneamiento, el viernes.');
  await editor.getByRole('button', { name: 'Cerrar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '¿Descartar los cambios?' });
  await expect(dialog).not.toContainText('página');
  await dialog.getByRole('button', { name: 'Seguir editando' }).click();
  await expect(answer).toHaveValue('Calles y Saneamiento, el viernes.');
  await editor.getByRole('button', { name: 'Cerrar', exact: true }).click();
  await dialog.getByRole('button', { name: 'Descartar', exact: true }).click();
  await expect(editor).toHaveCount(0);
});
