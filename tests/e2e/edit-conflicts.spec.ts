import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, openApp, test, type RunningHost } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Two moderators edit the same question at once (issue 9, item 1). The second save is based on a
 * version that is no longer current: instead of overwriting the first moderator's answer, the
 * conflict dialog shows both values field by field and saves the person's choices.
 */

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

const WORDS = {
  en: {
    open: 'Open question 1',
    editor: 'Question 1',
    answer: 'Answer in English',
    topic: 'Topic',
    department: 'Department',
    save: 'Save question',
    saved: 'Saved question 1.',
    dialog: 'Someone else saved this meanwhile',
    theirs: 'Saved meanwhile:',
    yours: 'Yours:',
    empty: '(empty)',
    keep: 'Save with these choices',
    topicName: 'Lighting and vacant lots',
  },
  es: {
    open: 'Abrir la pregunta 1',
    editor: 'Pregunta 1',
    answer: 'Respuesta en inglés',
    topic: 'Tema',
    department: 'Departamento',
    save: 'Guardar pregunta',
    saved: 'Se guardó la pregunta 1.',
    dialog: 'Otra persona guardó esto mientras tanto',
    theirs: 'Guardado mientras tanto:',
    yours: 'Suyo:',
    empty: '(vacío)',
    keep: 'Guardar con estas elecciones',
    topicName: 'Alumbrado y lotes baldíos',
  },
} as const;

async function moderator(browser: Browser, host: RunningHost, language: 'en' | 'es', townhallId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  forbidNativeDialogs(page);
  await openApp(page, host.url);
  if (language === 'es') await useLanguage(page, 'es');
  await page.goto(`${host.url}#/townhalls/${townhallId}/moderate`);
  await page.getByRole('button', { name: WORDS[language].open, exact: true }).click();
  return page;
}

for (const language of ['en', 'es'] as const) {
  test(`${language}: two moderators save the same question; the second sees both values and keeps either, field by field`, async ({ browser, host }) => {
    // Three pages in two browser contexts: allow for a busy machine.
    test.setTimeout(120_000);
    const w = WORDS[language];
    const th = await apiCall(host, 'townhalls.create', { title: 'Englewood safety night', date: '2025-05-01' });
    const q = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the streetlights on 63rd Street be fixed?' });
    const first = await moderator(browser, host, language, th.id);
    const second = await moderator(browser, host, language, th.id);
    const firstEditor = first.getByRole('region', { name: w.editor, exact: true });
    const secondEditor = second.getByRole('region', { name: w.editor, exact: true });

    // The first moderator records an answer and a department, and saves.
    await firstEditor.getByRole('textbox', { name: w.answer, exact: true }).fill('CDOT will replace them by June 15.');
    await firstEditor.getByRole('combobox', { name: w.department, exact: true }).fill('Streets and Sanitation');
    await firstEditor.getByRole('button', { name: w.save }).click();
    await expect(first.getByRole('status').filter({ hasText: w.saved })).toBeVisible();

    // The second, whose editor was opened before that save, changes the topic and the department.
    await secondEditor.getByRole('combobox', { name: w.topic, exact: true }).selectOption({ label: w.topicName });
    await secondEditor.getByRole('combobox', { name: w.department, exact: true }).fill('Transportation');
    await secondEditor.getByRole('button', { name: w.save }).click();

    const dialog = second.getByRole('dialog', { name: w.dialog });
    await expect(dialog).toBeVisible();
    // Answer: changed by the first moderator only, so theirs is kept unless chosen otherwise.
    const answer = dialog.getByRole('group', { name: w.answer, exact: true });
    await expect(answer.getByRole('radio', { name: `${w.theirs} CDOT will replace them by June 15.` })).toBeChecked();
    await expect(answer.getByRole('radio', { name: `${w.yours} ${w.empty}` })).not.toBeChecked();
    // Topic: changed by the second moderator only, so theirs (empty) is shown and mine is kept.
    const topic = dialog.getByRole('group', { name: w.topic, exact: true });
    await expect(topic.getByRole('radio', { name: `${w.yours} ${w.topicName}` })).toBeChecked();
    await expect(topic.getByRole('radio', { name: `${w.theirs} ${w.empty}` })).not.toBeChecked();
    // Department: both changed it, so nothing is chosen and saving waits for a choice.
    const department = dialog.getByRole('group', { name: w.department, exact: true });
    await expect(department.getByRole('radio', { name: `${w.theirs} Streets and Sanitation` })).not.toBeChecked();
    await expect(department.getByRole('radio', { name: `${w.yours} Transportation` })).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: w.keep })).toBeDisabled();

    await mkdir(ARTIFACTS, { recursive: true });
    await second.screenshot({ path: join(ARTIFACTS, `conflict-dialog-${language}.png`) });

    await department.getByRole('radio', { name: `${w.theirs} Streets and Sanitation` }).check();
    await dialog.getByRole('button', { name: w.keep }).click();
    await expect(dialog).toBeHidden();
    await expect(second.getByRole('status').filter({ hasText: w.saved })).toBeVisible();

    // Stored: the first moderator's answer and department, the second's topic; nothing lost.
    const stored = (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((x: any) => x.id === q.id);
    expect([stored.answer, stored.department, stored.topicId, stored.version]).toEqual(['CDOT will replace them by June 15.', 'Streets and Sanitation', 'topic-lighting', 3]);
    // The editor now shows what was saved.
    await expect(secondEditor.getByRole('textbox', { name: w.answer, exact: true })).toHaveValue('CDOT will replace them by June 15.');
    await expect(secondEditor.getByRole('combobox', { name: w.department, exact: true })).toHaveValue('Streets and Sanitation');

    // The first moderator saving again without reloading is now the stale one: asked too.
    await firstEditor.getByRole('textbox', { name: w.answer, exact: true }).fill('CDOT will replace them by June 1.');
    await firstEditor.getByRole('button', { name: w.save }).click();
    const again = first.getByRole('dialog', { name: w.dialog });
    await expect(again.getByRole('group', { name: w.topic, exact: true }).getByRole('radio', { name: `${w.theirs} ${w.topicName}` })).toBeChecked();
    await again.getByRole('button', { name: w.keep }).click();
    await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).map((x: any) => [x.answer, x.topicId])).toEqual([['CDOT will replace them by June 1.', 'topic-lighting']]);

    await first.context().close();
    await second.context().close();
  });
}

test('town hall details: an edit saved elsewhere meanwhile is shown beside mine, and both are kept', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01', place: 'Columbus Park' });
  await page.goto(`${host.url}#/townhalls/${th.id}/details`);
  const form = page.getByRole('form', { name: 'Town hall details' });
  await expect(form.getByRole('textbox', { name: 'Place' })).toHaveValue('Columbus Park');
  await form.getByRole('textbox', { name: 'Place' }).fill('Columbus Park fieldhouse');
  // Someone else renames it meanwhile (the page refreshes its data, the form keeps what it loaded).
  await apiCall(host, 'townhalls.update', { id: th.id, version: th.version, title: 'Austin community safety night' });
  await form.getByRole('button', { name: 'Save details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this meanwhile' });
  await expect(dialog.getByRole('group', { name: 'Title' }).getByRole('radio', { name: 'Saved meanwhile: Austin community safety night' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Place' }).getByRole('radio', { name: 'Yours: Columbus Park fieldhouse' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save with these choices' }).click();
  await expect.poll(async () => (await apiCall(host, 'townhalls.list', {})).map((x: any) => [x.title, x.place])).toEqual([['Austin community safety night', 'Columbus Park fieldhouse']]);
});
