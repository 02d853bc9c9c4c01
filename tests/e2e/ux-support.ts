import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Calls the host's API with the page's own session, failing the test with the host's answer. */
export async function apiCall<T = any>(page: Page, url: string, method: string, body: unknown): Promise<T> {
  const r = await page.request.post(`${url}api/${method}`, { data: body });
  expect(r.ok(), `${method}: ${await r.text()}`).toBe(true);
  return r.json() as Promise<T>;
}

/** Fails the test if the page ever opens a native alert, confirm or prompt. */
export function forbidNativeDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    void dialog.dismiss();
    throw new Error(`A native ${dialog.type()} dialog opened: ${dialog.message()}`);
  });
}

/** Switches the UI language with the header's switch. */
export async function useLanguage(page: Page, language: 'en' | 'es'): Promise<void> {
  await page.getByRole('button', { name: language === 'es' ? 'Español' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
