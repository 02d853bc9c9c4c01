import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readDataFile } from '../support/read-data-file';

interface DiskQuestion {
  number: number;
  text: string;
  meToo: number;
  status: string;
  mergedInto: string | null;
  topicId: string | null;
  areaId: string | null;
  department: string | null;
  answer: string;
  followUp: { owner: string; due: string | null } | null;
}
const diskQuestions = async (file: string): Promise<DiskQuestion[]> => readDataFile<{ questions: DiskQuestion[] }>(file).questions;

const PHONE = '773-555-0199';

/** 50 questions: two near-duplicates first, one with a phone number, the rest varied, English and Spanish. */
function questions(): string[] {
  const base = [
    'When will the city fix the broken streetlights on 63rd Street?',
    'When is the city going to fix the broken street lights on 63rd Street',
    `My son was threatened near the school, please call me at ${PHONE}`,
    '¿Qué está haciendo la policía sobre los tiroteos cerca del parque Ogden?',
    'Are there summer jobs for teenagers this year?',
    'Who do I call when a neighbor is in a mental health crisis?',
  ];
  const fillers = ['vacant lot cleanup on Halsted', 'bus 9 arriving late at night', 'safe passage staff after school', 'rent help for families', 'youth basketball league funding', 'violence interrupters on our block', 'más patrullas a pie en la calle 26', 'tree trimming to let light through'];
  const out = [...base];
  for (let i = out.length; i < 50; i++) out.push(`Question ${i + 1} about ${fillers[i % fillers.length]}`);
  return out;
}

test('keyboard capture of 50 questions, me too, merge, answers, follow-up, and the PDF report', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  // A town hall (through the form) to capture into.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' }).click();
  await page.getByLabel('Title').fill('Englewood safety town hall');
  await page.getByLabel('Place').fill('Kennedy-King College');
  await page.getByLabel('Attendance').fill('180');
  await page.getByLabel('Departments present').fill('Police, Streets and Sanitation, Family and Support Services');
  await page.getByRole('button', { name: 'Create town hall' }).click();
  const field = page.getByRole('combobox', { name: 'Question' });
  await expect(field).toBeFocused();

  // Capture by keyboard only: the field has focus, Enter saves, Tab completes prefixes.
  const texts = questions();
  for (const [i, text] of texts.entries()) {
    if (i === 0) {
      await page.keyboard.type('#light');
      await expect(page.getByRole('option', { name: 'Lighting and vacant lots' })).toBeVisible();
      await page.keyboard.press('Tab');
      await page.keyboard.type('@Englew');
      await page.keyboard.press('Tab');
      await page.keyboard.type('!streets ');
    }
    if (i === 3) await page.keyboard.type('~es #polic ');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
  }
  // Whitespace only is refused, and nothing is saved for it.
  await page.keyboard.type('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'empty question is not saved' })).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');

  // Undo: a mistaken entry comes off again with Ctrl+Z in the empty field.
  await page.keyboard.insertText('typo entry to undo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('recent-question').first()).toContainText('typo entry to undo');
  await expect(page.getByTestId('recent-question').first()).not.toContainText('Saving');
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('recent-question').first()).toContainText(texts[49]);

  // Me too: Alt+1 is the latest question, Alt+3 two before it.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('recent-question').first()).toContainText('raised 3×');

  await expect
    .poll(async () => {
      const qs = await diskQuestions(host.dataFile);
      return [qs.length, qs.find((q) => q.number === 50)?.meToo, qs.find((q) => q.number === 48)?.meToo];
    })
    .toEqual([50, 2, 1]);
  const saved = await diskQuestions(host.dataFile);
  expect(saved.map((q) => q.text)).toEqual(texts);
  expect(saved[0].topicId).toBe('topic-lighting');
  expect(saved[0].areaId).not.toBeNull();
  expect(saved[0].department).toBe('Streets and Sanitation');
  expect(saved[3].topicId).toBe('topic-policing');
  await testInfo.attach('capture', { body: await page.screenshot(), contentType: 'image/png' });

  // Moderation: the two streetlight questions are suggested as duplicates; merge them.
  await page.getByRole('link', { name: 'Moderate' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('63rd');
  await expect(page.getByText('Showing 2 of 50 questions')).toBeVisible();
  const suggestion = page.getByTestId('duplicate-suggestion').filter({ hasText: '#1 ' }).filter({ hasText: '#2 ' });
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('button', { name: /^Merge \d+ into \d+$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Merged 1 question into question [12]\./ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  // Answer three questions.
  const answers = [
    [4, 'Area 1 added two foot patrols around Ogden Park on Friday and Saturday nights.'],
    [5, 'The summer youth jobs program opens applications on April 1 at the community center.'],
    [6, 'Call 988 for a mental health crisis; a counselor can come with or instead of police.'],
  ] as const;
  for (const [n, answer] of answers) {
    await page.getByRole('button', { name: `Open question ${n}`, exact: true }).click();
    const editor = page.getByRole('region', { name: `Question ${n}` });
    await editor.getByLabel('Answer in English').fill(answer);
    await editor.getByLabel('Status').selectOption('answered-live');
    await editor.getByRole('button', { name: 'Save question' }).click();
    await expect(editor.getByRole('status')).toHaveText(`Saved question ${n}.`);
  }

  // Assign a follow-up.
  await page.getByRole('button', { name: 'Open question 7', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Question 7' });
  await editor.getByLabel('Follow-up owner (department)').fill('Streets and Sanitation');
  await editor.getByLabel('Follow-up due date').fill('2025-05-30');
  await editor.getByRole('button', { name: 'Save question' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved question 7.');

  const after = await diskQuestions(host.dataFile);
  expect(after.filter((q) => q.status === 'merged')).toHaveLength(1);
  expect(after.filter((q) => q.status === 'answered-live')).toHaveLength(3);
  expect(after.find((q) => q.number === 7)).toMatchObject({ status: 'needs-follow-up', followUp: { owner: 'Streets and Sanitation', due: '2025-05-30' } });

  // Export the public report and read it back.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // Nobody reviewed the question with the phone number: the app asks first.
  await page.getByRole('dialog', { name: 'Review personal details before publishing?' }).getByRole('button', { name: 'Export anyway' }).click();
  const download = await downloading;
  const pdfPath = join(host.dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Summary of community concerns');
  expect(text).toContain('streetlights on 63rd Street');
  expect(text).toContain('Lighting and vacant lots');
  expect(text).toContain('Answers to common questions');
  expect(text).toContain('two foot patrols around Ogden Park');
  expect(text).toContain('Follow-ups');
  expect(text).toMatch(/Streets and Sanitation May 30, 2025/);
  expect(text).toContain('The resource directory has no entries yet');
  expect(text).toContain('[phone number]');
  expect(text).not.toContain(PHONE);
  expect(text.replace(/\D/g, '')).not.toContain('7735550199');
});
