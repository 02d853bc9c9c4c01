import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('before a public export the user reviews every personal detail, releases a false positive, hides more by hand, and the PDF and its privacy note follow', async ({ page, host }) => {
  test.setTimeout(120_000);
  const townhall = await host.api('townhalls.create', { title: 'Pilsen safety town hall', date: '2026-10-14', departments: ['Police'] });
  await host.api('questions.create', { townhallId: townhall.id, text: 'My name is Jordan Fictional and the alley lights are out. Call 773-555-0147.' });
  await host.api('questions.create', { townhallId: townhall.id, text: 'Ask Maria at the Sunrise desk about the youth program.' });
  await host.api('questions.create', { townhallId: townhall.id, text: 'The corner store guy they call Big Tiny sells loose cigarettes to kids.' });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' }).click();
  await page.getByRole('link', { name: 'Pilsen safety town hall' }).first().click();
  await page.getByRole('link', { name: 'Report', exact: true }).click();

  const review = page.getByRole('region', { name: 'Review personal details before publishing' });
  await expect(review.getByRole('status')).toHaveText('3 details to hide in 2 questions; 2 not reviewed yet.');
  const first = review.getByRole('listitem', { name: 'Question 1' });
  await expect(first).toContainText('“Jordan Fictional” · name');
  await expect(first).toContainText('“773-555-0147” · phone number');
  await expect(review.getByRole('listitem', { name: 'Question 3' })).toHaveCount(0);

  // "Maria" is the name of a desk, not a resident: release it.
  await review.getByRole('button', { name: 'Release “Maria” in question 2' }).click();
  await expect(review.getByRole('listitem', { name: 'Question 2' })).toContainText('“Maria” · released, will be shown');
  await expect(review.getByRole('listitem', { name: 'Question 2' })).toContainText('Reviewed');

  // A nickname the detector cannot know: hide it by hand.
  await review.getByLabel('Question number').fill('3');
  await review.getByLabel('Text to hide').fill('Big Tiny');
  await review.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(review.getByRole('listitem', { name: 'Question 3' })).toContainText('“Big Tiny” · name · hidden by hand');
  // A phrase that is not in the question is refused with a plain sentence, and nothing is lost.
  await review.getByLabel('Question number').fill('3');
  await review.getByLabel('Text to hide').fill('not in there');
  await review.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(review.getByRole('alert')).toContainText('Question 3 does not contain that text');
  await review.getByRole('button', { name: 'Dismiss' }).click();

  await review.getByRole('button', { name: 'Mark question 1 reviewed' }).click();
  await expect(review.getByRole('status')).toHaveText('3 details to hide in 3 questions; 0 not reviewed yet.');

  // The decisions are stored with the questions.
  const stored = await host.api('questions.list', { townhallIds: [townhall.id] });
  expect(stored.find((q: { number: number }) => q.number === 2).privacy.release).toEqual([{ kind: 'name', text: 'Maria' }]);
  expect(stored.find((q: { number: number }) => q.number === 3).privacy.hide).toEqual([{ kind: 'name', text: 'Big Tiny' }]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  const pdfPath = join(host.dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('My name is [name] and the alley lights are out. Call [phone number].');
  expect(text).toContain('Ask Maria at the Sunrise desk');
  expect(text).toContain('The corner store guy they call [name] sells loose cigarettes');
  for (const secret of ['Jordan', 'Fictional', '555-0147', 'Tiny']) expect(text).not.toContain(secret);
  expect(text).toContain('This report hides 3 personal details residents typed or said (2 names and 1 phone number)');
  expect(text).toContain('A person reviewed 2 of the 2 questions with hidden details before export.');
  expect(text).toContain('The reviewer released 1 detail found by mistake and hid 1 more by hand.');
});
