import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Issue 9, item 2: a note-taker presses Enter and the page reloads at once (a tired hand on F5, a
 * browser that restarts). The capture must be stored exactly once, the reloaded page must show it
 * as saved (no "not confirmed" copy offering to save it again), and "me too" must count on the
 * stored question. Two ways the reload can land: before the laptop answered at all, and after the
 * laptop stored it but its answer was lost on the way back.
 */

const WORDS = {
  en: { question: 'Question', recent: 'Recent questions', meToo: (n: number) => `Me too for question ${n}`, notConfirmed: /Not confirmed|Not saved|Save again|Saving/ },
  es: { question: 'Pregunta', recent: 'Preguntas recientes', meToo: (n: number) => `Yo también en la pregunta ${n}`, notConfirmed: /No se confirmó|No se guardó|Volver a guardar|Guardando/ },
} as const;

for (const language of ['en', 'es'] as const) {
  test(`${language}: reload right after Enter stores the question once, shows it saved, and "me too" counts on it`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    const w = WORDS[language];
    const th = await apiCall(host, 'townhalls.create', { title: 'Garfield Park safety night', date: '2025-05-01' });
    if (language === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/capture`);
    const field = page.getByRole('combobox', { name: w.question, exact: true });
    const stored = async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).map((q: any) => [q.number, q.text, q.meToo]);

    // 1. The reload comes before any answer: Enter, then reload at once.
    await field.fill('When will the streetlights on Madison be fixed?');
    await field.press('Enter');
    await page.reload();
    await expect(page.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 20_000 });

    // 2. The laptop stores the next one but its answer is lost; the page reloads after that.
    let cut = false;
    let answerLost!: () => void;
    const lost = new Promise<void>((resolve) => (answerLost = resolve));
    await page.route('**/api/questions.create', async (route) => {
      if (cut) return route.continue();
      cut = true;
      await route.fetch(); // the laptop stores it ...
      await route.abort('connectionreset'); // ... and the answer never arrives
      answerLost();
    });
    await page.getByRole('combobox', { name: w.question, exact: true }).fill('Can the fieldhouse stay open until 9?');
    await page.getByRole('combobox', { name: w.question, exact: true }).press('Enter');
    await expect.poll(stored).toContainEqual([2, 'Can the fieldhouse stay open until 9?', 0]);
    // Only once the page has seen the answer lost does the network come back (unrouting earlier races the abort).
    await lost;
    await page.unroute('**/api/questions.create');
    await page.reload();
    await expect(page.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 20_000 });

    // Each stored once; each shown once, saved, with no copy offering to save it again.
    const list = page.getByRole('list', { name: w.recent });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').filter({ hasText: 'Madison' })).toHaveCount(1);
    await expect(list.getByRole('listitem').filter({ hasText: 'fieldhouse' })).toHaveCount(1);
    await expect(list.getByRole('button', { name: w.meToo(1) })).toBeVisible();
    await expect(list.getByRole('button', { name: w.meToo(2) })).toBeVisible();
    await expect(list).not.toContainText(w.notConfirmed);
    expect(await stored()).toEqual([
      [1, 'When will the streetlights on Madison be fixed?', 0],
      [2, 'Can the fieldhouse stay open until 9?', 0],
    ]);

    // "Me too" lands on the stored questions, by keyboard and by button.
    await list.getByRole('button', { name: w.meToo(2) }).click();
    await page.getByRole('combobox', { name: w.question, exact: true }).press('Alt+2');
    await expect.poll(stored).toEqual([
      [1, 'When will the streetlights on Madison be fixed?', 1],
      [2, 'Can the fieldhouse stay open until 9?', 1],
    ]);
  });
}
