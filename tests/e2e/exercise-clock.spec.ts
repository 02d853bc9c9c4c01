import { join } from 'node:path';
import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * The one clock model through the UI: the console, the projector and the scenario editor show the
 * same due times; an inject due on the module clock raises an in-page alert (announced, never a
 * native dialog), Alt+R releases it. Time moves with Playwright's fake clock, never with sleeps.
 */
test('an inject becomes due on the module clock, the console alerts, Alt+R releases it; the projector shows the same clock', async ({ page, host, context }) => {
  test.setTimeout(90_000);
  forbidNativeDialogs(page);
  await page.clock.install();
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  const controls = page.getByRole('group', { name: 'Exercise controls' });
  await page.getByRole('button', { name: 'Start exercise' }).click();
  await expect(controls).toContainText('Running');
  const timer = page.getByRole('timer', { name: 'Module timer' });
  await expect(timer).toContainText('of 25 min planned');
  await expect(timer).toContainText(/Exercise 0\d:\d\d of 1:15:00/);
  const next = page.getByRole('region', { name: 'What comes next' });
  await expect(next).toContainText('Next inject: Children still outside (T+00:05), due at 06:15 on the module clock');
  await expect(page.getByRole('region', { name: 'Injects' }).getByRole('listitem').filter({ hasText: 'The video spreads' })).toContainText('Due at 12:30 on the module clock');
  await expect(page.getByRole('alert').filter({ hasText: 'Inject due now' })).toHaveCount(0);

  await page.clock.fastForward('06:20');
  const alert = page.getByRole('alert').filter({ hasText: 'Inject due now' });
  await expect(alert).toHaveText('Inject due now: Children still outside. Scenario time T+00:05.');
  await expect(next).toContainText('due now (since 06:15 on the module clock)');
  await expect(timer).toContainText(/0[6-9]:\d\d/);
  await page.screenshot({ path: join(import.meta.dirname, '.artifacts', 'console-inject-due-en.png') });

  // Alt+R while typing in Capture releases exactly the inject that is due; the alert goes.
  await page.getByRole('textbox', { name: /What the room said/ }).focus();
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('button', { name: 'Undo inject Children still outside' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(next).toContainText('Next inject: The video spreads (T+00:20), due at 12:30 on the module clock');

  // The next one falls due in its turn; the in-page button releases it too.
  await page.clock.fastForward('06:15');
  await expect(alert).toHaveText('Inject due now: The video spreads. Scenario time T+00:20.');
  await page.getByRole('button', { name: 'Release it now (Alt+R)' }).click();
  await expect(page.getByRole('button', { name: 'Undo inject The video spreads' })).toBeVisible();
  await expect(alert).toHaveCount(0);

  // The projector reads the same clock and shows scenario time the same way.
  const projector = await context.newPage(); // (the fake clock belongs to the context: the projector reads the same time)
  await projector.goto(`${host.url}present?exercise=${ex.id}`);
  await expect(projector.getByTestId('present-inject').first()).toContainText('T+00:05');
  await expect(projector.getByRole('timer', { name: 'Module timer' })).toContainText(/1[2-9]:\d\d/);
  await expect(projector.getByRole('timer', { name: 'Module timer' })).toContainText('of 25 min planned');
  await projector.close();

  // Alt+M: the module clock restarts, the exercise clock runs on; module 3's "50:00" inject is due 06:15 into module 3.
  await page.keyboard.press('Alt+M');
  await expect(controls).toContainText('Module 2 of 3');
  await page.keyboard.press('Alt+M');
  await expect(controls).toContainText('Module 3 of 3');
  // (The host's clock does not move with the page's fake one, so the page sees module 3 already 12 minutes in: due.)
  await expect(next).toContainText('Next inject: Vigil posts get heated (T+50:00), due now (since 06:15 on the module clock)');
  await expect(alert).toHaveText('Inject due now: Vigil posts get heated. Scenario time T+50:00.');
});

test('Spanish: the due alert, the clock and the editor speak Spanish', async ({ page, host }) => {
  test.setTimeout(90_000);
  forbidNativeDialogs(page);
  await page.clock.install();
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  await useLanguage(page, 'es');
  await page.getByRole('button', { name: 'Empezar ejercicio' }).click();
  const next = page.getByRole('region', { name: 'Lo que sigue' });
  await expect(next).toContainText('Próximo evento: Niños todavía afuera (T+00:05), previsto a las 06:15 del reloj del módulo');
  await page.clock.fastForward('06:16');
  await expect(page.getByRole('alert').filter({ hasText: 'Toca publicar' })).toHaveText('Toca publicar el evento: Niños todavía afuera. Hora del escenario T+00:05.');
  await page.keyboard.press('Alt+P');
  await expect(page.getByRole('group', { name: 'Controles del ejercicio' })).toContainText('En pausa');

  // The editor shows where each inject falls on the same clock.
  const list = await apiCall(host, 'scenarios.list', {});
  const copy = await apiCall(host, 'scenarios.duplicate', { id: list.find((s: { id: string }) => s.id === 'shipped-school-dismissal-shooting').id });
  await page.goto(`${host.url}#/exercises/scenarios/${copy.id}/edit`);
  const module3 = page.getByRole('region', { name: 'Módulo 3' });
  await expect(module3).toContainText('En el reloj del ejercicio: de 50:00 a 1:15:00.');
  await expect(module3.getByRole('textbox', { name: 'Hora del escenario (hh:mm)' }).first()).toHaveAccessibleDescription(/toca a las 06:15 del reloj del módulo \(56:15 del reloj del ejercicio\)/);
});
