import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { apiCall } from './ux-support';

const TEXTS = ['Outreach reached both groups within the hour', 'Necesitamos más trabajadores de alcance en la calle 63', 'Reunification plan worked, but the bus company was not in the phone tree', 'Parents heard about it from social media first'];

/**
 * A long exercise: every captured entry stays reachable in the console's log (not only the
 * newest 50), by scrolling and by searching with accents and case ignored, and can be corrected.
 */
test('the console log of a 400-entry exercise: the oldest entry is found by search and by scrolling, and corrected', async ({ page, host }) => {
  const ex = await apiCall(host, 'exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14', place: 'Harmon Elementary' });
  await apiCall(host, 'exercises.control', { id: ex.id, action: 'start' });
  const capture = (text: string) => apiCall(host, 'exercises.capture', { id: ex.id, entryId: randomUUID(), type: 'note', text, capability: null });
  await capture('Ambulance staging at Cottage Grove was never assigned');
  for (let i = 1; i < 400; i += 50) await Promise.all(Array.from({ length: Math.min(50, 400 - i) }, (_, k) => capture(`${TEXTS[(i + k) % TEXTS.length]} (#${i + k + 1})`)));
  await page.goto(`${host.url}#/exercises/run/${ex.id}`);
  const log = page.getByRole('region', { name: /^Captured/ });
  await expect(log.getByRole('heading', { name: 'Captured (400)' })).toBeVisible();
  const oldest = log.getByRole('listitem').filter({ hasText: 'Ambulance staging at Cottage Grove' });

  // Scrolling to the end of the log reaches the first thing captured.
  await expect(oldest).toHaveCount(0);
  const box = log.locator('.entry-log-scroll');
  await expect(async () => {
    await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(oldest).toBeVisible({ timeout: 500 });
  }).toPass();

  // A search shows its newest match at the top, wherever the log was scrolled to.
  const captured = (await apiCall(host, 'exercises.get', { id: ex.id })).entries as { text: string }[];
  const outreach = captured.filter((e) => e.text.startsWith('Outreach'));
  await log.getByRole('searchbox', { name: 'Find in the log' }).fill('outreach');
  await expect(log.getByRole('status')).toHaveText(`${outreach.length} of 400 entries match`);
  await expect(box).toHaveJSProperty('scrollTop', 0);
  await expect(log.getByRole('listitem').first()).toContainText(outreach[outreach.length - 1].text);

  // Search ignores case and accents ("ambulánce cottage").
  await log.getByRole('searchbox', { name: 'Find in the log' }).fill('ambulánce COTTAGE');
  await expect(log.getByRole('status')).toHaveText('1 of 400 entries matches');
  await oldest.getByRole('button', { name: 'Edit entry “Ambulance staging at Cottage Grove was never assigned”' }).click();
  await page.getByRole('textbox', { name: 'What the room said', exact: true }).fill('Ambulance staging at Cottage Grove was never assigned to a commander');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved: the editor has closed and the entry reads (and is named) with its new words.
  await expect(log.getByRole('button', { name: 'Edit entry “Ambulance staging at Cottage Grove was never assigned to a c…”' })).toBeVisible();
  const saved = await apiCall(host, 'exercises.get', { id: ex.id });
  expect(saved.entries.filter((e: { text: string }) => e.text.startsWith('Ambulance staging')).map((e: { text: string }) => e.text)).toEqual(['Ambulance staging at Cottage Grove was never assigned to a commander']);

  // In Spanish too.
  await page.getByRole('button', { name: 'Español' }).click();
  const registro = page.getByRole('region', { name: /^Registrado/ });
  await registro.getByRole('searchbox', { name: 'Buscar en el registro' }).fill('trabajadores de alcance');
  // One entry in four says it (#2, #6, … #398): 100 of 400.
  await expect(registro.getByRole('status')).toHaveText('Coinciden 100 de 400 entradas');
});
