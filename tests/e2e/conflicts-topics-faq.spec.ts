import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs } from './ux-support';

/**
 * Issue 9 (second pass), items 9 and 10: topic and FAQ edits are based on the version the editor
 * loaded, so an edit saved elsewhere meanwhile opens the conflict dialog (both values, field by
 * field) instead of being overwritten unseen; and an in-page Cancel that would discard a dirty
 * form (the directory editor, among others) asks first with the in-app dialog.
 */
test('a topic renamed elsewhere meanwhile: the conflict dialog shows both names and keeps the chosen ones', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const topic = await apiCall(host, 'townhalls.createTopic', { name: { en: 'Streetlights', es: 'Alumbrado' } });
  await page.goto(`${host.url}#/townhalls/topics`);
  const english = page.getByRole('textbox', { name: 'English name of Streetlights' });
  await expect(english).toHaveValue('Streetlights');
  await english.fill('Street lighting');
  // Someone else changes the Spanish name meanwhile (the list refreshes; the row keeps what it loaded).
  await apiCall(host, 'townhalls.updateTopic', { id: topic.id, version: topic.version, name: { en: 'Streetlights', es: 'Luces de la calle' } });
  await expect(page.getByRole('textbox', { name: 'Spanish name of Streetlights' })).toHaveValue('Alumbrado');
  await page.getByRole('row').filter({ has: english }).getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this meanwhile' });
  await expect(dialog.getByRole('group', { name: 'English' }).getByRole('radio', { name: 'Yours: Street lighting' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Spanish' }).getByRole('radio', { name: 'Saved meanwhile: Luces de la calle' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save with these choices' }).click();
  await expect.poll(async () => (await apiCall(host, 'townhalls.listTopics', {})).find((x: any) => x.id === topic.id).name).toEqual({ en: 'Street lighting', es: 'Luces de la calle' });
});

test('an FAQ entry answered elsewhere meanwhile: the conflict dialog, and both edits kept', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01' });
  const q = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  const faq = await apiCall(host, 'questions.createFaq', { question: 'Who fixes streetlights?', language: 'en', questionIds: [q.id] });
  await page.goto(`${host.url}#/townhalls/${th.id}/faq`);
  const spanish = page.getByRole('textbox', { name: 'Question in Spanish' });
  await spanish.fill('¿Quién arregla el alumbrado?');
  await apiCall(host, 'questions.updateFaq', { id: faq.id, version: faq.version, answer: 'CDOT, within 10 days of a 311 report.' });
  await page.getByRole('button', { name: 'Save FAQ entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this meanwhile' });
  await expect(dialog.getByRole('group', { name: 'Answer in English' }).getByRole('radio', { name: 'Saved meanwhile: CDOT, within 10 days of a 311 report.' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Question in Spanish' }).getByRole('radio', { name: 'Yours: ¿Quién arregla el alumbrado?' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save with these choices' }).click();
  await expect.poll(async () => {
    const f = (await apiCall(host, 'questions.listFaqs', {})).find((x: any) => x.id === faq.id);
    return [f.answer, f.translation.question];
  }).toEqual(['CDOT, within 10 days of a 311 report.', '¿Quién arregla el alumbrado?']);
});

test('Cancel in the directory editor asks before throwing away typed changes', async ({ page, host }) => {
  forbidNativeDialogs(page);
  await page.goto(`${host.url}#/gaps/directory`);
  await page.getByRole('button', { name: 'New organization' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('Eastside Food Pantry');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  // The person stays on the page: the dialog asks to discard, not to leave.
  const leave = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(leave).not.toContainText('this page');
  await leave.getByRole('button', { name: 'Keep editing' }).click();
  await expect(name).toHaveValue('Eastside Food Pantry');
  // Opening another editor in its place asks too; leaving discards, nothing was saved.
  await page.getByRole('button', { name: 'New organization' }).click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(name).toHaveValue('');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(leave).toHaveCount(0);
  await expect(name).toHaveCount(0);
  expect((await apiCall(host, 'resources.list', {})).organizations).toHaveLength(0);
});

test('an FAQ entry without a question: the problem is beside the question fields and goes once one is typed', async ({ page, host }) => {
  forbidNativeDialogs(page);
  const th = await apiCall(host, 'townhalls.create', { title: 'Austin safety night', date: '2025-05-01' });
  const q = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Who fixes the lights on Chicago Avenue?' });
  await apiCall(host, 'questions.createFaq', { question: 'Who fixes streetlights?', language: 'en', questionIds: [q.id] });
  await page.goto(`${host.url}#/townhalls/${th.id}/faq`);
  const english = page.getByRole('textbox', { name: 'Question in English' });
  await english.fill('');
  await page.getByRole('button', { name: 'Save FAQ entry' }).click();
  await expect(english).toBeFocused();
  await expect(english).toHaveAccessibleDescription('Write the question in English or Spanish before saving.');
  await page.getByRole('textbox', { name: 'Question in Spanish' }).fill('¿Quién arregla el alumbrado?');
  await expect(english).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Write the question in English or Spanish before saving.')).toHaveCount(0);
});
