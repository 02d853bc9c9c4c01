import { vi } from 'vitest';

/** A fake WebContents: records listeners and the window-open handler so tests can fire them. */
export function fakeContents(id = 1) {
  const listeners = new Map<string, ((...args: any[]) => unknown)[]>();
  let openHandler: ((details: any) => { action: string }) | null = null;
  const contents = {
    id,
    setWindowOpenHandler: vi.fn((h: (details: any) => any) => {
      openHandler = h;
    }),
    on: vi.fn((event: string, listener: (...args: any[]) => unknown) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    }),
    once: vi.fn((event: string, listener: (...args: any[]) => unknown) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    }),
    emit(event: string, ...args: unknown[]) {
      for (const l of listeners.get(event) ?? []) l(...args);
    },
    listenerCount(event: string) {
      return (listeners.get(event) ?? []).length;
    },
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
  return contents;
}

export function fakeEvent() {
  return { preventDefault: vi.fn() };
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
