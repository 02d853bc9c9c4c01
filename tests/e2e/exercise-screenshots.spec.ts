import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

/** Pictures of the library, console, projector and hot wash in both languages, for a person to look at. */
test('screenshots of the exercise screens in English and Spanish', async ({ page, host, context }) => {
  test.setTimeout(60_000);
  await mkdir(ARTIFACTS, { recursive: true });
  const call = async (method: string, body: unknown) => {
    const r = await page.request.post(`${host.url}api/${method}`, { data: body });
    expect(r.ok(), `${method}: ${await r.text()}`).toBe(true);
    return r.json();
  };
  const ex = await call('exercises.create', {
    scenarioId: 'shipped-summer-nights-safe-spaces',
    date: '2025-06-27',
    place: 'Rosario Park field house',
    facilitator: 'Ana Morales',
    participants: [
      { organization: 'Park District', role: 'parks' },
      { organization: 'Little Village Youth Council', role: 'youth-council' },
    ],
  });
  await call('exercises.control', { id: ex.id, action: 'start' });
  await call('exercises.inject', { id: ex.id, module: 0, inject: 0, action: 'release' });
  await call('exercises.control', { id: ex.id, action: 'showQuestions' });
  const entries = [
    ['need', 'Staff for the field house until midnight on Fridays and Saturdays'],
    ['strength', 'Outreach knew which young people were at the courts'],
    ['improvement', 'The lighting request sat for three weeks with no named contact'],
    ['action', 'Lighting department to name a contact and a repair date by Monday'],
    ['decision', 'Move one outreach pair to the park from 9 p.m. to midnight'],
    ['note', 'Youth council wants a DJ night — “algo que sea nuestro”'],
  ] as const;
  for (const [type, text] of entries) await call('exercises.capture', { id: ex.id, entryId: randomUUID(), type, text });

  for (const language of ['en', 'es'] as const) {
    await page.goto(`${host.url}#/exercises`);
    await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
    if (language === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('.scenario-item').first()).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, `exercises-home-${language}.png`) });
    await page.goto(`${host.url}#/exercises/run/${ex.id}`);
    await expect(page.locator('.entry').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(ARTIFACTS, `console-${language}.png`) });
    await page.goto(`${host.url}#/exercises/run/${ex.id}/hotwash`);
    await expect(page.locator('.capability-review').first()).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, `hotwash-${language}.png`) });
    await page.goto(`${host.url}#/exercises/scenarios/shipped-summer-nights-safe-spaces`);
    await expect(page.locator('.inject').first()).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, `scenario-preview-${language}.png`) });
  }
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${host.url}present`);
  await expect(projector.getByTestId('present-inject')).toHaveCount(1);
  await projector.screenshot({ path: join(ARTIFACTS, 'projector-es.png') });
  await projector.getByRole('button', { name: 'English' }).click();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'en');
  await projector.screenshot({ path: join(ARTIFACTS, 'projector-en.png') });
});
