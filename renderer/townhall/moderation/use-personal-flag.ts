import { useEffect, useReducer } from 'react';
import { hasPersonalDetails } from '../../../shared/logic';

/**
 * Whether a question's text holds a personal detail (the moderation row's "personal details"
 * chip). Detection costs about 1 to 4 ms a question here (names are found by parsing the text),
 * so 25 rows entering view would hold a frame for 100 ms. Instead each answer is cached by text
 * (and the name given), and rows entering view are checked after they are painted, a few at a time
 * in idle slices of at most 8 ms, skipping rows that have left the view meanwhile.
 * @returns true or false once known; undefined for the frame or two before.
 */
export function usePersonalFlag(text: string, askedBy: string | null | undefined): boolean | undefined {
  const key = `${askedBy ?? ''}\u0000${text}`;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (flags.has(key)) return;
    return watch(key, text, askedBy ? [askedBy] : [], rerender);
  }, [key, text, askedBy]);
  return flags.get(key);
}

const MAX_CACHED = 20_000;
const SLICE_MS = 8;
const flags = new Map<string, boolean>();
const jobs = new Map<string, { text: string; known: string[]; listeners: Set<() => void> }>();
let scheduled = false;

function watch(key: string, text: string, known: string[], listener: () => void): () => void {
  let job = jobs.get(key);
  if (!job) {
    job = { text, known, listeners: new Set() };
    jobs.set(key, job);
  }
  job.listeners.add(listener);
  schedule();
  return () => {
    job.listeners.delete(listener);
    if (job.listeners.size === 0 && jobs.get(key) === job) jobs.delete(key);
  };
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(pump, { timeout: 150 });
  else setTimeout(pump, 0);
}

function pump(): void {
  scheduled = false;
  const end = performance.now() + SLICE_MS;
  for (const [key, job] of jobs) {
    if (performance.now() >= end) break;
    jobs.delete(key);
    remember(key, hasPersonalDetails(job.text, job.known));
    for (const listener of job.listeners) listener();
  }
  if (jobs.size > 0) schedule();
}

function remember(key: string, value: boolean): void {
  if (flags.size >= MAX_CACHED) {
    // Oldest first (a Map keeps insertion order): drop a tenth at once rather than one per insert.
    let drop = MAX_CACHED / 10;
    for (const k of flags.keys()) {
      flags.delete(k);
      if (--drop === 0) break;
    }
  }
  flags.set(key, value);
}
