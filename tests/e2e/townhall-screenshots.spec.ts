import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const ARTIFACTS = join(import.meta.dirname, '.artifacts');

const SLIPS = [
  'text,topic,area,department,me too',
  '"When will the streetlights on 63rd Street be fixed? Call me at 773-555-0199",lighting,68,Streets and Sanitation,4',
  '"When is the city fixing the street lights on 63rd St?",lighting,68,Streets and Sanitation,1',
  '"¿Qué está haciendo la policía sobre los tiroteos cerca del parque?",policing,67,Police,6',
  '"Are there summer jobs for teenagers this year?",youth,68,Family and Support Services,3',
  '"¿Hay programas de verano para los jóvenes del barrio?",youth,67,Family and Support Services,2',
  '"Who do I call when a neighbor is in a mental health crisis?",mental-health,68,,5',
  '"The vacant lot on Halsted is full of trash",lighting,68,Streets and Sanitation,0',
  '"Rent went up 30 percent, where can families get help?",housing,67,,2',
];

/** Capture and moderation as a person sees them, in English and Spanish, for review. */
test('screenshots of capture and moderation in English and Spanish', async ({ page, host }) => {
  await mkdir(ARTIFACTS, { recursive: true });
  const post = async (method: string, body: unknown) => {
    const r = await page.request.post(`${host.url}api/${method}`, { data: body });
    expect(r.ok(), `${method}: ${await r.text()}`).toBe(true);
    return r.json();
  };
  const th = await post('townhalls.create', {
    title: 'Englewood public safety town hall',
    date: '2025-03-14',
    place: 'Kennedy-King College',
    departments: ['Police', 'Streets and Sanitation', 'Family and Support Services'],
    attendance: 180,
    series: 'Spring 2025',
  });
  const mapping = { text: 'text', topic: 'topic', area: 'area', department: 'department', meToo: 'me too' };
  await post('questions.import', { townhallId: th.id, base64: Buffer.from(SLIPS.join('\n')).toString('base64'), mapping });

  for (const language of ['en', 'es'] as const) {
    if (language === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto(`${host.url}#/townhalls/${th.id}/capture`);
    const field = page.getByRole('combobox');
    await expect(field).toBeFocused();
    await page.keyboard.type('#you @Engle');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, `townhall-capture-${language}.png`) });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
    await expect(page.getByTestId('duplicate-suggestion').first()).toBeVisible();
    await page.getByRole('table').getByRole('button').first().click();
    await page.screenshot({ path: join(ARTIFACTS, `townhall-moderate-${language}.png`), fullPage: true });
  }
});
