import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Issue 10 item 4: staff record a question's Spanish translation and its answer in both languages
 * in moderation, and an FAQ entry's question and answer per language; the Spanish report prints
 * the Spanish wording and marks what only exists in English.
 */
test('Spanish report: translations and answers per language from moderation, FAQ per language, original text marked', async ({ page, host }, testInfo) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Pilsen safety night', date: '2025-05-08', languages: ['en', 'es'] });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the potholes on Cermak Road be fixed?', language: 'en' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who do I call when a streetlight is out on my block?', language: 'en' });
  await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Are there summer jobs for teenagers in Pilsen this year?', language: 'en' });

  // Moderation: the translation (its language offered as Spanish) and the answer in both languages.
  await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
  await page.getByRole('button', { name: 'Open question 1', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 1' });
  await editor.getByLabel('Translation', { exact: true }).fill('¿Cuándo arreglarán los baches de Cermak Road?');
  await expect(editor.getByLabel('Translation language')).toHaveValue('es');
  await editor.getByLabel('Answer in English').fill('CDOT will repave Cermak Road between Western and Damen in May.');
  await editor.getByLabel('Answer in Spanish').fill('CDOT repavimentará Cermak Road entre Western y Damen en mayo.');
  await editor.getByLabel('Status').selectOption('answered-live');
  await editor.screenshot({ path: testInfo.outputPath('question-editor-languages.png') });
  await editor.getByRole('button', { name: 'Save question' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved question 1.');
  const saved = (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((q: any) => q.number === 1);
  expect(saved).toMatchObject({ translationLanguage: 'es', answer: 'CDOT will repave Cermak Road between Western and Damen in May.', answerLanguage: 'en', answerTranslation: 'CDOT repavimentará Cermak Road entre Western y Damen en mayo.' });

  // An FAQ entry from question 2, written in both languages.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('checkbox', { name: 'Select question 2' }).check();
  await page.getByRole('button', { name: 'Group as FAQ' }).click();
  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await expect(page.getByLabel('Question in English')).toHaveValue('Who do I call when a streetlight is out on my block?');
  await page.getByLabel('Question in Spanish').fill('¿A quién llamo cuando una luz de mi cuadra no funciona?');
  await page.getByLabel('Answer in English').fill('Call 311 or use the CHI311 app; CDOT repairs most lights within two weeks.');
  await page.getByLabel('Answer in Spanish').fill('Llame al 311 o use la aplicación CHI311; CDOT repara la mayoría en dos semanas.');
  await page.screenshot({ path: testInfo.outputPath('faq-languages.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save FAQ entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'FAQ entry saved.' })).toBeVisible();
  const faq = (await apiCall(host, 'questions.listFaqs', {}))[0];
  expect(faq).toMatchObject({ language: 'en', question: 'Who do I call when a streetlight is out on my block?', translation: { question: '¿A quién llamo cuando una luz de mi cuadra no funciona?' } });

  // The Spanish public report.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByLabel('Report language').selectOption('es');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  const pdfPath = join(host.dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('¿Cuándo arreglarán los baches de Cermak Road?');
  expect(text).toContain('CDOT repavimentará Cermak Road entre Western y Damen en mayo.');
  expect(text).not.toContain('When will the potholes');
  expect(text).not.toContain('CDOT will repave');
  expect(text).toContain('¿A quién llamo cuando una luz de mi cuadra no funciona?');
  expect(text).toContain('Llame al 311 o use la aplicación CHI311');
  expect(text).not.toContain('use the CHI311 app');
  expect(text).toContain('Are there summer jobs for teenagers in Pilsen this year? (original: inglés)');
  expect(text.match(/se imprimen en español donde se registró una traducción al español/g)).toHaveLength(1);
});
