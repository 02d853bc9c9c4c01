import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
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
