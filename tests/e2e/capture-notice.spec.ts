import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * The note-taker's notice under the field follows the question just sent: "Saving", then "Saved as
 * question N" once the laptop stored it, or "Waiting to send" while it cannot be reached (a new
 * user saw "Saving: …" stay on screen after the question was long saved, and thought it was not).
 */
const WORDS = {
  en: { question: 'Question', saved: (n: number, text: string) => `Saved as question ${n}: ${text}`, waiting: 'Waiting to send' },
  es: { question: 'Pregunta', saved: (n: number, text: string) => `Guardada como pregunta ${n}: ${text}`, waiting: 'Esperando para enviar' },
} as const;

for (const language of ['en', 'es'] as const) {
  test(`${language}: the capture notice says when the question is saved, and its number`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    const w = WORDS[language];
    const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01' });
    if (language === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/capture`);
    const field = page.getByRole('combobox', { name: w.question, exact: true });
    const notice = page.locator('p.notice-line[role="status"]');

    await field.fill('When will the streetlights on Chicago Avenue be fixed?');
    await field.press('Enter');
    await expect(notice).toHaveText(w.saved(1, 'When will the streetlights on Chicago Avenue be fixed?'));

    // The laptop cannot be reached: the notice says the question waits, then that it was saved.
    await page.route('**/api/questions.create', (route) => route.abort('connectionrefused'));
    await field.fill('Can the library stay open on Sundays?');
    await field.press('Enter');
    await expect(notice).toContainText(w.waiting);
    await expect(notice).toContainText('Can the library stay open on Sundays?');
    await page.unroute('**/api/questions.create');
    await expect(notice).toHaveText(w.saved(2, 'Can the library stay open on Sundays?'), { timeout: 15_000 });
  });
}
