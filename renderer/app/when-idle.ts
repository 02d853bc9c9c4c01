/**
 * Runs `run` when the browser is idle (`requestIdleCallback`, at the latest after `timeoutMs`),
 * or after `fallbackMs` where there is no idle callback; returns a function that cancels it.
 * For work the first paint must not wait for: section code, search texts of long lists.
 */
export function whenIdle(run: () => void, timeoutMs: number, fallbackMs = 0): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, fallbackMs);
  return () => clearTimeout(timer);
}
