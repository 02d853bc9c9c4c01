import { expect, test } from './fixtures';
import { apiCall, useLanguage } from './ux-support';

/** Issue 9: the question editor's Language field shows the language's name, never the raw code. */
test('the question editor shows "English" / "Inglés" for a question asked in en, and saving keeps the code', async ({ page, host }) => {
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?', language: 'en' });
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  await page.getByRole('button', { name: 'Open question 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 1', exact: true });
  await expect(editor.getByRole('textbox', { name: 'Language', exact: true })).toHaveValue('English');
  await useLanguage(page, 'es');
  const idioma = page.getByRole('region', { name: 'Pregunta 1', exact: true }).getByRole('textbox', { name: 'Idioma', exact: true });
  await expect(idioma).toHaveValue('Inglés');
  // Typing another language by hand keeps what was typed.
  await idioma.fill('Somalí');
  await expect(idioma).toHaveValue('Somalí');
  await idioma.fill('Inglés');
  await page.getByRole('region', { name: 'Pregunta 1', exact: true }).getByRole('button', { name: 'Guardar pregunta', exact: true }).click();
  await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] }))[0].language).toBe('en');
});
