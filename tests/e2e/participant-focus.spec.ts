import { expect, test } from './fixtures';
import { useLanguage } from './ux-support';

const SCENARIO = 'Dismissal on Wabash Court: the first 72 hours after a shooting near a school';

test('removing a participant leaves focus on the row that took its place, then on Add a participant', async ({ page }) => {
  await page.getByRole('link', { name: `Set up an exercise from ${SCENARIO}` }).click();
  await page.getByRole('button', { name: 'Add a participant' }).click();
  await page.getByLabel('Organization, participant 2').fill('Southside Peace Outreach');
  await page.getByRole('button', { name: 'Remove participant 1' }).click();
  // Row 2 moved up into row 1's place; its remove button (now "participant 1") has focus.
  await expect(page.getByLabel('Organization, participant 1')).toHaveValue('Southside Peace Outreach');
  await expect(page.getByRole('button', { name: 'Remove participant 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add a participant' })).toBeFocused();
});

test('Spanish: the same, in Spanish', async ({ page }) => {
  await useLanguage(page, 'es');
  await page.getByRole('link', { name: /Preparar un ejercicio .*Wabash/ }).click();
  await page.getByRole('button', { name: 'Agregar participante' }).click();
  await page.getByRole('button', { name: 'Quitar participante 2' }).click();
  await expect(page.getByRole('button', { name: 'Quitar participante 1' })).toBeFocused();
});
