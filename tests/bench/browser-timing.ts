import type { Page } from '@playwright/test';

// Plain scripts, not functions: the bench runs under tsx, whose helpers do not exist in the page,
// and the page's CSP refuses functions compiled by waitForFunction.

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts recording frame times (requestAnimationFrame deltas, ms). */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops recording and answers the frame times (the first, partial one dropped). */
export async function stopFrames(page: Page): Promise<number[]> {
  return (await page.evaluate(`(() => { window.__recording = false; return window.__frames.slice(1); })()`)) as number[];
}

/** Frame times of the page left alone for `count` frames: the baseline for scrolling and panning. */
export async function idleFrames(page: Page, count = 90): Promise<number[]> {
  await startFrames(page);
  while (((await page.evaluate('window.__frames.length')) as number) < count);
  return stopFrames(page);
}

/**
 * Milliseconds from setting the address's hash to `hash` until `selector` is in the page and the
 * next frame has been painted: what a user waits for after a click that opens a view.
 */
export async function timeNavigation(page: Page, hash: string, selector: string): Promise<number> {
  return (await page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    const finish = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
    const observer = new MutationObserver(() => {
      if (document.querySelector(${JSON.stringify(selector)})) { observer.disconnect(); finish(); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = ${JSON.stringify(hash)};
  })`)) as number;
}

/**
 * Types `text` into the focused field key by key and answers, per key, the milliseconds from the
 * key's input event (its timestamp, so time spent queued counts) to the next painted frame.
 */
export async function typingLatency(page: Page, text: string): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__typing = [];
    window.__onInput = (e) => { const t0 = e.timeStamp; requestAnimationFrame(() => setTimeout(() => window.__typing.push(performance.now() - t0), 0)); };
    document.addEventListener('input', window.__onInput, true);
  })()`);
  for (const ch of text) {
    const before = (await page.evaluate('window.__typing.length')) as number;
    await page.keyboard.type(ch);
    const t0 = Date.now();
    while (((await page.evaluate('window.__typing.length')) as number) <= before) {
      if (Date.now() - t0 > 30_000) throw new Error(`no input event for "${ch}" within 30 s: is the search box focused?`);
    }
  }
  return (await page.evaluate(`(() => { document.removeEventListener('input', window.__onInput, true); return window.__typing; })()`)) as number[];
}

/** Frame times while the mouse wheel scrolls the element under (x, y) down and back up. */
export async function scrollFrames(page: Page, x: number, y: number, steps = 30, delta = 240): Promise<number[]> {
  await page.mouse.move(x, y);
  await startFrames(page);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, delta);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, -delta);
  return stopFrames(page);
}

/**
 * Frame times as whole display refreshes. Chromium coarsens `performance.now()` (and so rAF
 * timestamps) to 100 µs on pages that are not cross-origin isolated, so a frame delivered on the
 * very next 60 Hz refresh reads 16.6, 16.7 or 16.8 ms; a dropped frame reads about 33.3 ms. Each
 * interval is rounded to a whole number of refreshes (the refresh period being the idle page's
 * median interval, measured in the same run) and expressed in ms: p95 <= 16.7 ms then means "95%
 * of frames arrived on the next refresh", which is what the target asks, without the timer's
 * rounding deciding it.
 * @param frames rAF intervals in ms
 * @param refreshMs the display's refresh period in ms (the idle page's median interval)
 */
export function inRefreshes(frames: readonly number[], refreshMs: number): number[] {
  return frames.map((f) => Math.max(1, Math.round(f / refreshMs)) * refreshMs);
}

/** How many frames took longer than one refresh and a half: frames a user saw dropped. */
export function dropped(frames: readonly number[], refreshMs: number): number {
  return frames.filter((f) => f > refreshMs * 1.5).length;
}
