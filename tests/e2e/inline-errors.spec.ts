import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Issue 9, item 5: every validation problem is shown beside its field, in the UI's language, in
 * words a facilitator uses; never a path like `modules[0].injects[0].time`, never English in the
 * Spanish UI, never the browser's own bubbles (a form that let the browser check it would not
 * send at all, and no message would appear).
 */

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

const WORDS = {
  en: {
    time: 'Scenario time (hh:mm)',
    timeError: 'Write the scenario time as hours and minutes, like 0:15 or 2:30.',
    place: 'Module 1 › Inject 1 › Scenario time (hh:mm)',
    save: 'Save scenario',
    problems: 'Not saved: 1 problem to fix.',
    newOrganization: 'New organization',
    name: 'Name',
    saveOrganization: 'Save',
    required: 'Fill this in.',
  },
  es: {
    time: 'Hora del escenario (hh:mm)',
    timeError: 'Escriba la hora del escenario en horas y minutos, por ejemplo 0:15 o 2:30.',
    place: 'Módulo 1 › Mensaje 1 › Hora del escenario (hh:mm)',
    save: 'Guardar escenario',
    problems: 'No se guardó: hay 1 problema que corregir.',
    newOrganization: 'Nueva organización',
    name: 'Nombre',
    saveOrganization: 'Guardar',
    required: 'Complete este campo.',
  },
} as const;

for (const language of ['en', 'es'] as const) {
  test(`${language}: a wrong inject time and an empty name are explained beside their fields, in the UI's language`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    const w = WORDS[language];
    const list = await apiCall(host, 'scenarios.list', {});
    const copy = await apiCall(host, 'scenarios.duplicate', { id: list[0].id });
    if (language === 'es') await useLanguage(page, 'es');

    // The scenario editor: the first inject's time typed in words.
    await page.goto(`${host.url}#/exercises/scenarios/${copy.id}/edit`);
    const time = page.getByRole('textbox', { name: w.time }).first();
    await expect(time).toHaveValue(/\d+:\d\d/, { timeout: 15_000 });
    await time.fill('about 5 minutes in');
    await page.getByRole('button', { name: w.save }).click();
    await expect(page.getByRole('alert').filter({ hasText: w.problems })).toContainText(`${w.place}: ${w.timeError}`);
    // The problem comes first in the field's description, before its hint.
    await expect(time).toHaveAccessibleDescription(new RegExp(`^${w.timeError.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('main')).not.toContainText('modules[');
    await mkdir(ARTIFACTS, { recursive: true });
    await time.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `inline-error-${language}.png`) });
    expect((await apiCall(host, 'scenarios.get', { id: copy.id })).content.modules[0].injects[0].time).not.toBe('about 5 minutes in');

    // The directory: an organization without a name (no browser bubble: the form asks Convene).
    await page.goto(`${host.url}#/gaps/directory`);
    await page.getByRole('button', { name: w.newOrganization }).click();
    const name = page.getByRole('textbox', { name: w.name, exact: true });
    await name.fill('   ');
    await page.getByRole('button', { name: w.saveOrganization, exact: true }).click();
    await expect(name).toHaveAccessibleDescription(w.required);
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await apiCall(host, 'resources.list', {}).then((r: any) => r.organizations?.length ?? 0)).toBe(0);
  });
}
