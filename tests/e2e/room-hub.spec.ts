import type { Browser, BrowserContext, Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RESIDENT_CATALOGS, type ResidentCatalog } from '../../electron/host/resident/catalogs';
import { expect, makeTempDir, signIn, startHost, test } from './fixtures';

/**
 * A town hall opened to the room, run end to end through the real UI against the real host (issue 12):
 * the hub (the browser host over its own temp data file, serving the room on a loopback alias that
 * stands in for the laptop's Wi-Fi address), three note-taker browsers and one moderator browser
 * joined by code, and twenty phone-sized browsers on the residents' page. The hub is killed
 * (SIGKILL) mid-way and restarted on the same data file and port. Afterwards every question a device
 * was told is saved is there exactly once, every "me too" a phone was told about counts once, the
 * note-takers' outboxes delivered once, and the projector shows only the shown questions, redacted.
 */

/** Where the room is served: a loopback alias standing in for the laptop's network address. */
const ROOM_ADDRESS = '127.0.0.2';
/** A five-year-old mid-range Android phone's browser. */
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 9; SM-J530F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Mobile Safari/537.36';
const PHONES = 20;

interface Phone {
  index: number;
  page: Page;
  t: ResidentCatalog;
  text: string;
}

async function phoneContext(browser: Browser, index: number): Promise<{ context: BrowserContext; language: 'en' | 'es' }> {
  const language = index % 4 === 3 ? 'es' : 'en';
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1, // a phone's size and touch; 1x pixels keep twenty pages cheap to draw on two cores
    isMobile: true,
    hasTouch: true,
    userAgent: PHONE_UA,
    locale: language === 'es' ? 'es-US' : 'en-US',
  });
  return { context, language };
}

/** Runs `tasks` with at most `limit` at once; answers their results in order. */
async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const k = next++;
        results[k] = await tasks[k]();
      }
    }),
  );
  return results;
}

/** The residents' page's question box and button, in the phone's language. */
async function ask(phone: Phone): Promise<void> {
  await phone.page.getByLabel(phone.t.question, { exact: true }).fill(phone.text);
  await phone.page.getByRole('button', { name: phone.t.send }).click();
}

/** Waits until the phone says its question was sent (what a resident is told). */
async function expectSent(phone: Phone): Promise<void> {
  await expect(phone.page.getByRole('status')).toHaveText(phone.t.sent, { timeout: 30_000 });
}

/** Taps "me too" on the shown question with `text` and waits until the phone says it was counted. */
async function meToo(phone: Phone, text: string): Promise<void> {
  const item = phone.page.getByRole('listitem').filter({ hasText: text });
  await item.getByRole('button', { name: phone.t.meToo, exact: true }).click();
  await expect(item.getByRole('button', { name: phone.t.meTooDone })).toBeDisabled({ timeout: 30_000 });
}

/** Types one question into a note-taker's capture field and presses Enter (saving happens in the background). */
async function capture(page: Page, text: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Question' });
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue('');
}

/** The note-taker's screen says `text` is saved: it has its number and its "me too" button. */
async function expectCaptured(page: Page, text: string): Promise<void> {
  const item = page.getByTestId('recent-question').filter({ hasText: text });
  await expect(item.getByRole('button', { name: /^Me too for question \d+$/ })).toBeVisible({ timeout: 30_000 });
}

test('a room: three note-takers, a moderator and twenty phones through a hub killed and restarted mid-way', async ({ browser }) => {
  test.setTimeout(480_000); // a bound for a shared, loaded machine (about 3 minutes at load 15 on 2 cores)
  const dir = await makeTempDir();
  const dataFile = join(dir, 'convene-data.json');
  const args = ['--room-address', ROOM_ADDRESS];
  let hub = await startHost(dataFile, dir, { args });
  const contexts: BrowserContext[] = [];
  const newContext = async (options?: Parameters<Browser['newContext']>[0]) => {
    const c = await browser.newContext(options);
    contexts.push(c);
    return c;
  };
  try {
    // The facilitator opens the town hall to the room, through the UI.
    const townhall = await hub.api<{ id: string }>('townhalls.create', { title: 'Englewood safety town hall', date: '2026-10-14', languages: ['en', 'es'] });
    const staff = await newContext();
    await signIn(staff, hub.url);
    const admin = await staff.newPage();
    await admin.goto(`${hub.url}#/townhalls/${townhall.id}/room`);
    await admin.getByRole('button', { name: 'Open to the room' }).click();
    const roomBase = `http://${ROOM_ADDRESS}:${hub.port}`;
    await expect(admin.getByText(`Served at ${roomBase}`)).toBeVisible();
    const link = async (role: string) => {
      const href = await admin.getByTestId(`link-${role}`).getAttribute('href');
      const code = (await admin.getByTestId(`code-${role}`).textContent())!.trim();
      return { href: href!, code };
    };
    const noteTaker = await link('note-taker');
    const moderatorInvite = await link('moderator');
    const resident = await link('resident');
    expect(noteTaker.href).toBe(`${roomBase}/join/${noteTaker.code}`);
    expect(resident.href).toBe(`${roomBase}/r/${resident.code}`);
    await admin.close();

    // Three note-takers and a moderator join by their links, over the room address, and twenty
    // phones open the residents' page.
    const joinApp = async (href: string) => {
      const page = await (await newContext()).newPage();
      await page.goto(href);
      await expect(page.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 30_000 });
      return page;
    };
    const openPhone = async (i: number): Promise<Phone> => {
      const { context, language } = await phoneContext(browser, i);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(resident.href);
      const text =
        i === 0 ? 'Can someone call me back at 312-555-0147 about the alley lights on Halsted?' : language === 'es' ? `Teléfono ${i}: ¿habrá más luces en el parque Ogden?` : `Phone ${i}: will the city clean up the vacant lot on 63rd?`;
      return { index: i, page, t: RESIDENT_CATALOGS[language], text };
    };
    // A few at a time: on two cores that starts twenty-four pages faster than one by one or all at once.
    const opening = pool<Page | Phone>(4, [
      ...Array.from({ length: 3 }, () => () => joinApp(noteTaker.href)),
      () => joinApp(moderatorInvite.href),
      ...Array.from({ length: PHONES }, (_, i) => () => openPhone(i)),
    ]);
    const opened = await opening;
    const noteTakers = opened.slice(0, 3) as Page[];
    const moderator = opened[3] as Page;
    const phones = opened.slice(4) as Phone[];
    for (const page of noteTakers) await expect(page.getByText('Joined as Note-takers · Englewood safety town hall')).toBeVisible();
    await expect(moderator.getByRole('heading', { name: 'Moderate questions' })).toBeVisible();
    await expect(phones[3].page.getByRole('heading', { name: 'Haga una pregunta' })).toBeVisible();

    // Phase A: note-takers capture, ten phones ask, the moderator shows three phone questions.
    const noteTexts = (n: number, phase: string, count: number) => Array.from({ length: count }, (_, k) => `Note-taker ${n + 1} ${phase}${k + 1}: bus 9 runs late after the meeting`);
    const captured: string[][] = [[], [], []];
    await Promise.all([
      ...noteTakers.map(async (page, n) => {
        for (const text of noteTexts(n, 'A', 2)) {
          await capture(page, text);
          captured[n].push(text);
        }
        for (const text of captured[n]) await expectCaptured(page, text);
      }),
      ...phones.slice(0, 10).map(async (p) => (await ask(p), await expectSent(p))),
    ]);

    const questionsTable = moderator.getByRole('table', { name: 'Questions, filtered and sorted' });
    const show = async (text: string) => {
      const row = questionsTable.getByRole('row').filter({ hasText: text });
      await row.getByRole('button', { name: /^Show question \d+$/ }).click();
      await expect(row.getByText('On screen')).toBeVisible();
    };
    const shownPhones = [0, 1, 3];
    for (const i of shownPhones) await show(phones[i].text);

    // Seven phones reload and say "me too": phones 4-9 to phone 0's question, 4-6 also to phone 1's.
    const supports = new Map<number, number>(); // phone index of the question → me-toos a phone was told counted
    await Promise.all(
      phones.slice(4, 10).map(async (p) => {
        await p.page.reload();
        await meToo(p, 'about the alley lights on Halsted'); // redacted in the phone's language
        if (p.index <= 6) await meToo(p, phones[1].text);
      }),
    );
    supports.set(0, 6);
    supports.set(1, 3);

    // Phase B: the other ten phones fill their question in; note-takers type on; the hub is killed
    // once the first of the new captures is saved, while the rest and the phones are in flight.
    for (const p of phones.slice(10)) await p.page.getByLabel(p.t.question, { exact: true }).fill(p.text);
    const typing = noteTakers.map(async (page, n) => {
      for (const text of noteTexts(n, 'B', 3)) {
        await capture(page, text);
        captured[n].push(text);
      }
    });
    const sending = phones.slice(10, 19).map((p) => p.page.getByRole('button', { name: p.t.send }).click());
    await expectCaptured(noteTakers[0], noteTexts(0, 'B', 1)[0]);
    await hub.kill();
    await Promise.all([...typing, ...sending]);

    // While the hub is down: a note-taker keeps typing (its outbox shows the count), a phone keeps its question.
    for (const text of noteTexts(2, 'C', 2)) {
      await capture(noteTakers[2], text);
      captured[2].push(text);
    }
    await expect(noteTakers[2].getByTestId('outbox-count')).toContainText('not sent yet');
    const late = phones[19];
    await ask(late);
    await expect(late.page.getByRole('status')).toContainText(late.t.waiting.slice(0, 12));

    // The hub comes back on the same data file and port: outboxes drain once, phones hear "sent".
    hub = await startHost(dataFile, dir, { port: hub.port, args });
    await Promise.all(noteTakers.map(async (page, n) => {
      for (const text of captured[n]) await expectCaptured(page, text);
      await expect(page.getByTestId('outbox-count')).toHaveCount(0);
    }));
    await Promise.all(phones.slice(10).map((p) => expectSent(p)));

    // The moderator's list caught up after the restart; a question sent while the hub was down is shown.
    await expect(questionsTable.getByRole('row').filter({ hasText: late.text })).toBeVisible({ timeout: 20_000 });
    await show(phones[10].text);
    shownPhones.push(10);
    await Promise.all(phones.slice(11, 15).map(async (p) => (await p.page.reload(), await meToo(p, phones[10].text))));
    supports.set(10, 4);

    // The projector (a staff page: the restarted hub needs a new sign-in) shows only shown questions, redacted.
    await signIn(staff, hub.url, { force: true });
    const projector = await staff.newPage();
    await projector.goto(`${hub.url}#/present-room/${townhall.id}`);
    await expect(projector.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const allCaptured = captured.flat();
    const shownTexts = [...allCaptured, ...shownPhones.map((i) => phones[i].text.replace('312-555-0147', '[phone number]'))];
    const onScreen = projector.getByTestId('projector-question');
    await expect(onScreen).toHaveCount(shownTexts.length);
    const projected = (await onScreen.locator('p').allTextContents()).sort();
    expect(projected).toEqual([...shownTexts].sort());
    await expect(projector.getByTestId('projector-question').filter({ hasText: 'alley lights' })).toContainText('7 raised');
    await expect(projector.getByText('0147')).toHaveCount(0);
    await expect(projector.getByRole('complementary', { name: 'Ask from your phone' })).toContainText(resident.code);

    // The counts match exactly: every capture and every phone question once, every me too once.
    const stored = await hub.api<{ text: string; meToo: number; source: string; visibility: string }[]>('questions.list', { townhallIds: [townhall.id] });
    const times = (text: string) => stored.filter((q) => q.text === text).length;
    for (const text of allCaptured) expect(times(text), text).toBe(1);
    for (const p of phones) expect(times(p.text), p.text).toBe(1);
    expect(stored).toHaveLength(allCaptured.length + PHONES);
    expect(allCaptured).toHaveLength(3 * 5 + 2);
    for (const p of phones) {
      const q = stored.find((s) => s.text === p.text)!;
      expect(q.source).toBe('phone');
      expect(q.meToo, p.text).toBe(supports.get(p.index) ?? 0);
      expect(q.visibility).toBe(shownPhones.includes(p.index) ? 'shown' : 'pending');
    }
  } finally {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await hub.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
