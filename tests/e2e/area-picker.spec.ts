import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

for (const lang of ['en', 'es'] as const) {
  const w =
    lang === 'en'
      ? { label: 'Community areas', title: 'Title', create: 'Create town hall', remove: (n: string) => `Remove ${n}`, chosen: (c: number) => `Community areas: ${c} chosen`, added: '67 · West Englewood added, 1 chosen', none: 'No area matches “zzz”' }
      : { label: 'Áreas comunitarias', title: 'Título', create: 'Crear reunión', remove: (n: string) => `Quitar ${n}`, chosen: (c: number) => `Áreas comunitarias: ${c} elegidas`, added: '67 · West Englewood agregada, 1 elegida', none: 'Ningún área coincide con «zzz»' };

  test(`${lang}: the community-area picker is a searchable multi-select used by keyboard only`, async ({ page, host }) => {
    test.setTimeout(90_000);
    forbidNativeDialogs(page);
    await page.goto(`${host.url}#/townhalls`);
    if (lang === 'es') await useLanguage(page, 'es');
    const title = page.getByRole('textbox', { name: w.title, exact: true });
    await title.focus();
    await page.keyboard.type('Englewood safety night');

    const combo = page.getByRole('combobox', { name: w.label });
    await combo.focus();
    await expect(combo).toHaveAttribute('aria-expanded', 'false');
    // Accents and case do not matter: "ÉNGLEW" finds West Englewood (67) and Englewood (68).
    await page.keyboard.type('ÉNGLEW');
    const listbox = page.getByRole('listbox', { name: w.label });
    await expect(combo).toHaveAttribute('aria-expanded', 'true');
    // Best matches first: the name that starts with the text before the one with it in a later word.
    await expect(listbox.getByRole('option')).toHaveText(['68 · Englewood', '67 · West Englewood']);
    // Arrows move the highlight (aria-activedescendant); Enter takes it and the live region says what happened.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(combo).toHaveAttribute('aria-activedescendant', /option-1$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: w.added })).toBeAttached();
    // A pick from typed text clears it and closes the list, so it does not cover the form.
    await expect(combo).toHaveValue('');
    await expect(listbox).toBeHidden();
    await page.keyboard.type('englew');
    await expect(listbox.getByRole('option')).toHaveText(['68 · Englewood', /67 · West Englewood$/]);
    await expect(listbox.getByRole('option', { name: '67 · West Englewood' })).toHaveAttribute('aria-selected', 'true');
    // Space toggles the highlighted area once the arrows were used, and keeps the list open.
    await page.keyboard.press('ArrowDown');
    await expect(combo).toHaveAttribute('aria-activedescendant', /option-0$/);
    await page.keyboard.press('Space');
    await expect(listbox.getByRole('option', { name: '68 · Englewood' })).toHaveAttribute('aria-selected', 'true');
    await expect(combo).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(combo).toHaveValue('');

    // A number finds the area numbered so; a space types a space before any arrow ("Washington Park").
    await page.keyboard.type('washington p');
    await expect(listbox.getByRole('option')).toHaveText(['40 · Washington Park']);
    await page.keyboard.press('Enter');
    await expect(listbox).toBeHidden();
    await page.keyboard.type('23');
    await expect(listbox.getByRole('option').first()).toHaveText('23 · Humboldt Park');
    await page.keyboard.press('Enter');
    await expect(listbox).toBeHidden();
    await page.keyboard.type('zzz');
    await expect(page.getByRole('status').filter({ hasText: w.none })).toBeAttached();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    const chips = page.getByRole('list', { name: w.chosen(4) });
    await expect(chips.getByRole('listitem')).toHaveText(['67 · West Englewood', '68 · Englewood', '40 · Washington Park', '23 · Humboldt Park'].map((n) => new RegExp(`^${n}`)));
    // Backspace in the empty field removes the last one.
    await page.keyboard.press('Backspace');
    await expect(page.getByRole('list', { name: w.chosen(3) })).toBeVisible();
    // Each chip's remove button is reachable by keyboard; focus stays in the picker.
    await page.getByRole('button', { name: w.remove('67 · West Englewood') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: w.chosen(2) }).getByRole('listitem')).toHaveText([/^68 · Englewood/, /^40 · Washington Park/]);
    await expect(page.getByRole('button', { name: w.remove('68 · Englewood') })).toBeFocused();
    await page.screenshot({ path: join(ARTIFACTS, `area-picker-${lang}.png`) });
    await combo.focus();
    await page.keyboard.type('park');
    await expect(listbox.getByRole('option', { name: '40 · Washington Park' })).toHaveAttribute('aria-selected', 'true');
    await combo.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await page.screenshot({ path: join(ARTIFACTS, `area-picker-open-${lang}.png`) });
    await page.keyboard.press('Escape');

    // Saving: the form gets the chosen areas.
    await page.getByRole('button', { name: w.create }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await apiCall(host, 'townhalls.list', {})).length).toBe(1);
    const [th] = await apiCall(host, 'townhalls.list', {});
    const areas = await apiCall(host, 'areas.list', {});
    expect(th.areaIds.map((id: string) => areas.find((a: any) => a.id === id).number)).toEqual([68, 40]);
  });
}
