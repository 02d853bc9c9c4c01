import { useCallback, useState } from 'react';

const remembered = new Map<string, unknown>();

/**
 * `useState` whose value outlives the screen for the page's lifetime: a list's search, filters
 * and sort are where the user left them on coming back (a new user lost a moderation search by
 * looking at another tab of the town hall). Not kept across reloads, nor shared between pages.
 * @param key the screen and record it belongs to, e.g. `moderate:<town hall id>:search`
 * @param initial the value the first time the screen opens
 */
export function useViewState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => (remembered.has(key) ? (remembered.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      remembered.set(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
