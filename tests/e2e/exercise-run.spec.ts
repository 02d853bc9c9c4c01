import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');
const SCENARIO = 'Dismissal on Wabash Court: the first 72 hours after a shooting near a school';

/** Thirty entries of every kind, typed with prefixes (and some with the Alt+digit shortcut). */
const ENTRIES: { keys: string; shortcut?: string; expect: string }[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ keys: `n: Staff pulled children inside within ${i + 2} minutes`, expect: `Staff pulled children inside within ${i + 2} minutes` })),
  ...Array.from({ length: 4 }, (_, i) => ({ keys: `d: Critical-incident meeting set for 9 a.m., room ${i + 1}`, expect: `Critical-incident meeting set for 9 a.m., room ${i + 1}` })),
  ...Array.from({ length: 4 }, (_, i) => ({ keys: `need: Night outreach on 63rd St, shift ${i + 1}`, expect: `Night outreach on 63rd St, shift ${i + 1}` })),
  ...Array.from({ length: 3 }, (_, i) => ({ keys: `r: Church parking lot for the vigil ${i + 1}`, expect: `Church parking lot for the vigil ${i + 1}` })),
  ...Array.from({ length: 4 }, (_, i) => ({ keys: `s: Reunification plan worked at gate ${i + 1} 👍🏽`, expect: `Reunification plan worked at gate ${i + 1}` })),
  ...Array.from({ length: 4 }, (_, i) => ({ keys: `a: Parents heard from social media first, case ${i + 1}`, expect: `Parents heard from social media first, case ${i + 1}` })),
  ...Array.from({ length: 3 }, (_, i) => ({ keys: `ai: Add the bus company to the phone tree ${i + 1}`, expect: `Add the bus company to the phone tree ${i + 1}` })),
  { keys: 'Familia necesita apoyo para la renta — 家庭支持', shortcut: 'Alt+3', expect: 'Familia necesita apoyo para la renta' },
  { keys: 'Victim advocate went to the hospital with the mother', shortcut: 'Alt+5', expect: 'Victim advocate went to the hospital with the mother' },
];

test('a whole exercise through the UI: setup, injects, 30 keyboard entries, projector, hot wash, AAR/IP PDF', async ({ page, host, context }) => {
  test.setTimeout(120_000);
  await mkdir(ARTIFACTS, { recursive: true });

  // Set up from a shipped scenario.
  await page.getByRole('link', { name: `Set up an exercise from ${SCENARIO}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up an exercise' })).toBeVisible();
  await page.getByLabel('Place', { exact: true }).fill('Harmon Elementary library');
  await page.getByLabel('Community area', { exact: true }).selectOption({ label: '40 Washington Park' });
  await page.getByLabel('Facilitator', { exact: true }).fill('Rosa Ortiz');
  await page.getByLabel('Organization, participant 1').fill('Harmon Elementary');
  await page.getByLabel('Role, participant 1').selectOption({ label: 'School principal or staff' });
  await page.getByRole('button', { name: 'Add a participant' }).click();
  await page.getByLabel('Organization, participant 2').fill('Southside Peace Outreach');
  await page.getByLabel('Role, participant 2').selectOption({ label: 'Street outreach worker' });
  await page.getByLabel('Name, participant 2').fill('Marcus Bell');
  await expect(page.getByRole('note', { name: 'Roles nobody in the room holds' })).toContainText('Victim services advocate');
  await page.getByRole('button', { name: 'Create exercise' }).click();

  // Console.
  await expect(page.getByRole('heading', { level: 1, name: SCENARIO })).toBeVisible();
  const exerciseId = /#\/exercises\/run\/([^/]+)$/.exec(page.url())![1];
  await page.getByRole('button', { name: 'Start exercise' }).click();
  await expect(page.getByRole('group', { name: 'Exercise controls' })).toContainText('Running');
  await page.getByRole('button', { name: 'Release inject Children still outside' }).click();
  await expect(page.getByRole('button', { name: 'Undo inject Children still outside' })).toBeVisible();
  await page.getByRole('button', { name: 'Release inject Facilitator: the mother arrives' }).click();
  await expect(page.getByRole('button', { name: 'Undo inject Facilitator: the mother arrives' })).toBeVisible();

  // Thirty entries, keyboard only.
  const capture = page.getByRole('textbox', { name: /What the room said/ });
  await capture.focus();
  for (const entry of ENTRIES) {
    if (entry.shortcut) await page.keyboard.press(entry.shortcut);
    await page.keyboard.type(entry.keys);
    await page.keyboard.press('Enter');
    await expect(capture).toHaveValue('');
  }
  expect(ENTRIES).toHaveLength(30);
  const log = page.getByRole('region', { name: 'Captured' });
  await expect(log.getByRole('heading')).toContainText('(30)');
  await expect(log).toContainText('Familia necesita apoyo para la renta');
  await expect(capture).toBeFocused();
  await page.screenshot({ path: join(ARTIFACTS, 'console-en.png') });

  // Projector page: released room content only, then a live update.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${host.url}present?exercise=${exerciseId}`);
  await expect(projector.locator('html[data-app-ready="true"]')).toBeAttached();
  await expect(projector.getByRole('heading', { level: 1, name: 'Module 1: The first hour' })).toBeVisible();
  await expect(projector.getByTestId('present-inject')).toHaveCount(1);
  await expect(projector.getByText('Children still outside')).toBeVisible();
  await expect(projector.getByText('the mother arrives')).toHaveCount(0);
  await page.getByRole('button', { name: 'Release inject The video spreads' }).click();
  await expect(projector.getByText('The video spreads')).toBeVisible();
  await page.getByRole('button', { name: 'Show questions on the projector' }).click();
  await expect(projector.getByRole('region', { name: 'Discussion questions' })).toContainText('reunification plan');
  await projector.screenshot({ path: join(ARTIFACTS, 'projector-en.png') });
  await projector.getByRole('button', { name: 'Español' }).click();
  await expect(projector.getByRole('heading', { level: 1, name: 'Módulo 1: La primera hora' })).toBeVisible();
  await projector.screenshot({ path: join(ARTIFACTS, 'projector-es.png') });

  // End, hot wash.
  await page.getByRole('button', { name: 'End exercise' }).click();
  await page.getByRole('link', { name: 'Go to the hot wash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hot wash: ${SCENARIO}` })).toBeVisible();
  // Nothing was filed under a capability during capture: the facilitator files it here.
  const unassigned = page.getByRole('region', { name: 'Not tied to a capability' });
  await expect(unassigned).toContainText('Reunification plan worked at gate 1');
  await unassigned.getByRole('combobox', { name: /Capability of “Reunification plan worked at gate 1 / }).selectOption({ label: 'Family and victim support' });
  const rapid = page.getByRole('region', { name: 'Family and victim support' });
  await expect(rapid).toContainText('Reunification plan worked at gate 1');
  await rapid.getByRole('radio', { name: 'M: major challenges' }).check();
  await rapid.getByLabel('Observation').fill('The family was reached late.');
  await rapid.getByRole('button', { name: 'Save rating for Family and victim support' }).click();
  await expect(rapid.getByRole('status')).toContainText('Saved the rating');
  await page.getByRole('button', { name: 'Add “Add the bus company to the phone tree 1” to the improvement plan' }).click();
  const form = page.getByRole('form', { name: 'Add a plan row' });
  await form.getByLabel('Responsible organization').fill('Harmon Elementary');
  await form.getByLabel('Point of contact').fill('Assistant principal');
  await form.getByLabel('Capability element').selectOption('planning');
  await form.getByLabel('Start date').fill('2025-07-01');
  await form.getByLabel('Completion date').fill('2025-08-15');
  await form.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByRole('row', { name: /Add the bus company to the phone tree 1/ })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'hotwash-en.png') });

  // AAR/IP export (downloads in the browser host), checked with pdftotext.
  const aar = page.getByRole('region', { name: 'After-action report (AAR/IP)' });
  const downloading = page.waitForEvent('download');
  await aar.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  const pdfPath = join(host.dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('After-Action Report / Improvement Plan');
  expect(text).toContain('2. Analysis of capabilities');
  expect(text).toContain('M: performed with major challenges');
  expect(text).toContain('Reunification plan worked at gate 1');
  expect(text).toContain('Parents heard from social media first, case 2');
  expect(text).toContain('Add the bus company to the phone tree 1');
  expect(text).toContain('Southside Peace Outreach');
  expect(text).not.toContain('Marcus Bell');
  await expect(aar.getByRole('status')).toContainText('Downloaded');
});
