import { useEffect, useState } from 'react';

/**
 * State kept in local storage on every change, so a reload or crash gives the same draft back.
 * `read` checks what was stored (it may be from an older build or edited by hand) and returns
 * the value to use, or null to start from `empty`. The key is removed while the value equals
 * `isEmpty`, so finished drafts leave nothing behind.
 */
export function useStoredDraft<T>(key: string, empty: T, read: (stored: unknown) => T | null, isEmpty: (value: T) => boolean) {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return (raw ? read(JSON.parse(raw)) : null) ?? empty;
    } catch {
      return empty;
    }
  });
  useEffect(() => {
    try {
      if (isEmpty(value)) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* storage unavailable: the draft lives on screen only */
    }
    // isEmpty is a pure rule; a new function each render must not rewrite storage.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, value]);
  return [value, setValue] as const;
}
