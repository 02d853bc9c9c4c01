import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * The count line above the moderation list: merged questions are left out of the list unless
 * Status asks for them, so the line says how many and where to find them (a new user read
 * "Showing 26 of 30 questions" with no filter set and could not tell why); the count agrees in
 * number in Spanish ("Se muestra 1 de 3 preguntas").
 */
for (const language of ['en', 'es'] as const) {
  test(`${language}: the moderation count says how many merged questions are left out, in the right grammatical number; the search stays after another tab`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    const th = await apiCall(host, 'townhalls.create', { title: 'Roseland safety night', date: '2025-05-01' });
    const ask = (text: string) => apiCall(host, 'questions.create', { townhallId: th.id, text });
    const kept = await ask('When will the streetlights on Michigan Avenue be fixed?');
    const copy = await ask('Streetlights on Michigan Avenue are out, when will they be fixed?');
    await ask('Is there a summer program for teenagers at the park?');
    await apiCall(host, 'questions.merge', { targetId: kept.id, sourceIds: [copy.id] });
    if (language === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
    const count = page.locator('p.count');
    if (language === 'en') {
      await expect(count).toHaveText('Showing 2 of 3 questions · 1 merged question counted in the one it joined (Status: Merged lists it)');
      await page.getByRole('searchbox', { name: 'Search' }).fill('summer');
      await expect(count).toContainText('Showing 1 of 3 questions');
      // The search is where it was left after a visit to another tab of the town hall.
      await page.getByRole('link', { name: 'FAQ', exact: true }).click();
      await expect(count).toHaveCount(0);
      await page.getByRole('link', { name: 'Moderate', exact: true }).click();
      await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('summer');
      await expect(count).toContainText('Showing 1 of 3 questions');
      await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Merged' });
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await expect(count).toHaveText('Showing 1 of 3 questions');
    } else {
      await expect(count).toHaveText('Se muestran 2 de 3 preguntas · 1 pregunta unida cuenta en la que se unió (Estado: Unida la muestra)');
      await page.getByRole('searchbox', { name: 'Buscar' }).fill('summer');
      await expect(count).toContainText('Se muestra 1 de 3 preguntas');
    }
  });
}
