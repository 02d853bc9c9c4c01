import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChangeEvent } from '../../shared/contract';
import type { ApiClient } from '../api';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs an ApiProvider above it.');
  return client;
}

/** Calls `listener` for every change event while the component is mounted. */
export function useChanges(listener: (event: ChangeEvent) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => api.onChange((event) => latest.current(event)), [api]);
}

/**
 * A reload that never piles up: while one runs, further calls fold into a single run after it,
 * so a burst of changes (a room of phones, a batch import: hundreds of events a second) costs at
 * most two loads, not hundreds of requests queued behind the browser's six connections per host.
 */
export function coalescedReload(run: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run().catch(() => undefined);
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/**
 * Reloads whenever one of `collections` changes (`'all'`: any change), in this window or any
 * other, coalesced as `coalescedReload` does. `reload` may change between renders; the newest runs.
 */
export function useReloadOnChange(collections: readonly string[] | 'all', reload: () => Promise<unknown>): void {
  const latest = useRef(reload);
  latest.current = reload;
  const watched = useRef(collections);
  watched.current = collections;
  const [run] = useState(() => coalescedReload(() => latest.current()));
  useChanges((event) => {
    if (watched.current === 'all' || watched.current.includes(event.collection)) void run();
  });
}
