import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Calls the host's API as a script would (Bearer token), failing the test with the host's answer. */
export async function apiCall<T = any>(host: { api(method: string, input: unknown): Promise<unknown> }, method: string, body: unknown): Promise<T> {
  return (await host.api(method, body)) as T;
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
