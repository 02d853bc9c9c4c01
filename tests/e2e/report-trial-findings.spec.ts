import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Findings of a new user's bilingual town hall, end to end through the Report and Moderate tabs,
 * with the UI in English and in Spanish: a phone number in a Spanish question is a phone number
 * (review, PDF, privacy note); the internal report with personal details has its own file name; a
 * typed answer marks the question answered and reaches the PDF; a public export with unreviewed
 * questions asks first, in the app's own dialog.
 */
const WORDS = {
  en: {
    report: 'Report', moderate: 'Moderate', exportPdf: 'Export PDF', reportLanguage: 'Report language', audience: 'Audience', keep: "Keep residents' names, phone numbers, emails and addresses (internal use only)",
    review: 'Review personal details before publishing', question: (n: number) => `Question ${n}`, phone: 'phone number', id: 'ID number', markAll: /^Mark all \d+ reviewed$|^Mark question 1 reviewed$/,
    dialog: 'Review personal details before publishing?', reviewFirst: 'Review first', exportAnyway: 'Export anyway', unreviewedBody: '1 of the 1 questions with personal details to hide has not been reviewed by a person yet.',
    open: (n: number) => `Open question ${n}`, answerEn: 'Answer in English', status: 'Status', save: 'Save question', saved: (n: number) => `Saved question ${n}.`, writing: 'Answered in writing', hint: 'Status set to “Answered in writing” because an answer was typed', answeredButNew: 'This question has an answer but is marked “New”: reports show it as “Answered in writing”',
  },
  es: {
    report: 'Informe', moderate: 'Moderar', exportPdf: 'Exportar PDF', reportLanguage: 'Idioma del informe', audience: 'Destinatarios', keep: 'Conservar nombres, teléfonos, correos y direcciones de los residentes (solo uso interno)',
    review: 'Revise los datos personales antes de publicar', question: (n: number) => `Pregunta ${n}`, phone: 'teléfono', id: 'número de identificación', markAll: /^Marcar la pregunta 1 como revisada$/,
    dialog: '¿Revisar los datos personales antes de publicar?', reviewFirst: 'Revisar primero', exportAnyway: 'Exportar de todos modos', unreviewedBody: 'Una persona todavía no ha revisado 1 de las 1 preguntas con datos personales que ocultar.',
    open: (n: number) => `Abrir la pregunta ${n}`, answerEn: 'Respuesta en inglés', status: 'Estado', save: 'Guardar pregunta', saved: (n: number) => `Se guardó la pregunta ${n}.`, writing: 'Respondida por escrito', hint: 'Estado cambiado a «Respondida por escrito» porque se escribió una respuesta', answeredButNew: 'Esta pregunta tiene respuesta pero está marcada como «Nueva»: los informes la muestran como «Respondida por escrito»',
  },
} as const;

const SPANISH = 'Soy José Hernández, mi teléfono es (312) 555-0199, quiero saber cuándo van a arreglar el parque';
const ENGLISH = 'I am José Hernández, my phone is (312) 555-0199, I want to know when they will fix the park';

async function pdfText(page: Page, host: RunningHost, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const file = join(host.dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

for (const ui of ['en', 'es'] as const) {
  const w = WORDS[ui];

  test(`${ui}: a phone number in a Spanish question is a phone in the review, the PDF and the privacy note; an unreviewed public export asks first`, async ({ page, host }, testInfo) => {
    test.setTimeout(120_000);
    forbidNativeDialogs(page);
    const th = await apiCall(host, 'townhalls.create', { title: 'Little Village safety town hall', date: '2026-11-20', languages: ['en', 'es'] });
    const q = await apiCall(host, 'questions.create', { townhallId: th.id, text: SPANISH, language: 'es' });
    await apiCall(host, 'questions.update', { id: q.id, version: q.version, translation: ENGLISH, translationLanguage: 'en' });
    if (ui === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/report`);

    const review = page.getByRole('region', { name: w.review });
    const item = review.getByRole('listitem', { name: w.question(1) });
    // The same number is labelled the same way in the Spanish text and its English translation.
    await expect(item.getByText(`“(312) 555-0199” · ${w.phone}`, { exact: true })).toHaveCount(2);
    await expect(item).not.toContainText(w.id);

    // Export PDF with the question not reviewed: the app asks, nothing downloads yet.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByLabel(w.reportLanguage).selectOption('es');
    await page.getByRole('button', { name: w.exportPdf }).click();
    const dialog = page.getByRole('dialog', { name: w.dialog });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(w.unreviewedBody);
    await page.screenshot({ path: testInfo.outputPath(`unreviewed-dialog-${ui}.png`) });
    await dialog.getByRole('button', { name: w.reviewFirst }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: w.review })).toBeFocused();
    expect(downloads).toBe(0);

    // Exported anyway: the Spanish PDF says "teléfono", counts a phone number and no ID number.
    await page.getByRole('button', { name: w.exportPdf }).click();
    const es = await pdfText(page, host, () => page.getByRole('dialog', { name: w.dialog }).getByRole('button', { name: w.exportAnyway }).click());
    expect(es.text).toContain('mi teléfono es [teléfono]');
    expect(es.text).not.toContain('identificación');
    expect(es.text).toMatch(/Este informe oculta \d+ datos personales .*\d+ teléfonos?\)/);
    expect(es.text).not.toContain('555-0199');

    // Reviewed: the English public PDF exports at once, with a phone number counted and no ID number.
    await review.getByRole('button', { name: w.markAll }).click();
    await page.getByLabel(w.reportLanguage).selectOption('en');
    const en = await pdfText(page, host, () => page.getByRole('button', { name: w.exportPdf }).click());
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(en.text).toContain('my phone is [phone number]');
    expect(en.text).not.toContain('ID number');
    expect(en.text).toMatch(/This report hides \d+ personal details .*\d+ phone numbers?\)/);
  });

  test(`${ui}: the internal report with personal details has its own file name`, async ({ page, host }) => {
    test.setTimeout(90_000);
    forbidNativeDialogs(page);
    const th = await apiCall(host, 'townhalls.create', { title: 'Little Village safety town hall', date: '2026-11-20', languages: ['en', 'es'] });
    await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Call me at 773-555-0142 about the alley lights' });
    if (ui === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/report`);
    await page.getByLabel(w.audience).selectOption('internal');
    const names: string[] = [];
    for (const language of ['en', 'es'] as const) {
      await page.getByLabel(w.reportLanguage).selectOption(language);
      await page.getByLabel(w.keep).setChecked(false);
      const without = await pdfText(page, host, () => page.getByRole('button', { name: w.exportPdf }).click());
      await page.getByLabel(w.keep).check();
      const withDetails = await pdfText(page, host, () => page.getByRole('button', { name: w.exportPdf }).click());
      expect(without.text).not.toContain('773-555-0142');
      expect(withDetails.text).toContain('773-555-0142');
      names.push(without.name, withDetails.name);
    }
    expect(names).toEqual([
      'Little-Village-safety-town-hall-internal-en-2026-11-20.pdf',
      'Little-Village-safety-town-hall-internal-with-personal-details-en-2026-11-20.pdf',
      'Little-Village-safety-town-hall-interno-es-2026-11-20.pdf',
      'Little-Village-safety-town-hall-interno-con-datos-personales-es-2026-11-20.pdf',
    ]);
  });

  test(`${ui}: an answer typed in Moderate marks the question answered and reaches the PDF`, async ({ page, host }, testInfo) => {
    test.setTimeout(90_000);
    forbidNativeDialogs(page);
    const th = await apiCall(host, 'townhalls.create', { title: 'Little Village safety town hall', date: '2026-11-20', languages: ['en', 'es'] });
    await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the Piotrowski Park lights be repaired?', language: 'en' });
    if (ui === 'es') await useLanguage(page, 'es');
    await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
    await page.getByRole('button', { name: w.open(1), exact: true }).click();
    const editor = page.getByRole('region', { name: w.question(1) });
    const status = editor.getByLabel(w.status, { exact: true });
    await expect(status).toHaveValue('new');
    await editor.getByLabel(w.answerEn).fill('CDOT will replace the park lights by March 15.');
    // Visible before saving, and the user can still change it.
    await expect(status).toHaveValue('answered-writing');
    await expect(editor.getByText(w.hint)).toBeVisible();
    await editor.screenshot({ path: testInfo.outputPath(`answer-status-${ui}.png`) });
    await editor.getByLabel(w.answerEn).fill('');
    await expect(status).toHaveValue('new');
    await editor.getByLabel(w.answerEn).fill('CDOT will replace the park lights by March 15.');
    await expect(status).toHaveValue('answered-writing');
    // Put back to "New" by hand with the answer kept: the user's choice stays, and the form says how reports treat it.
    await status.selectOption('new');
    await editor.getByLabel(w.answerEn).press('End');
    await editor.getByLabel(w.answerEn).pressSequentially(' ');
    await expect(status).toHaveValue('new');
    await expect(editor.getByText(w.answeredButNew)).toBeVisible();
    await status.selectOption('answered-writing');
    await editor.getByRole('button', { name: w.save }).click();
    await expect(editor.getByRole('status')).toHaveText(w.saved(1));
    const [stored] = await apiCall(host, 'questions.list', { townhallIds: [th.id] });
    expect(stored).toMatchObject({ status: 'answered-writing', answer: expect.stringMatching(/^CDOT will replace the park lights by March 15\.\s*$/) });

    await page.getByRole('link', { name: w.report, exact: true }).click();
    await page.getByLabel(w.reportLanguage).selectOption('en');
    const pdf = await pdfText(page, host, () => page.getByRole('button', { name: w.exportPdf }).click());
    expect(pdf.text).toContain('1 were answered');
    expect(pdf.text).toContain('CDOT will replace the park lights by March 15.');
    expect(pdf.text).toContain('Answered in writing');
  });
}
