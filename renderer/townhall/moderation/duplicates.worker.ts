/// <reference lib="webworker" />
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex } from '../../../shared/logic/townhall/duplicates';
import type { DuplicatesAnswer, DuplicatesUpdate } from './duplicates-client';

/**
 * Finds likely duplicates off the page's thread, for as long as the moderation screen is open:
 * it keeps the town hall's questions (read once each) and its word counts, takes only the
 * questions that changed, and answers every pair at or above the threshold. Search and filters
 * never reach it: the page narrows the answer to the questions it shows.
 *
 * Between messages it moves the index's background full search on (`DuplicateIndex.refresh`) in
 * slices of about `SLICE_MS`, so a change waits at most one slice before it is answered, and the
 * answers keep coming from the incremental run instead of a full search.
 */
const SLICE_MS = 20;
const index = new DuplicateIndex();
let scheduled = false;

function refreshSoon() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const until = performance.now() + SLICE_MS;
    if (index.refresh(DEFAULT_DUPLICATE_THRESHOLD, () => performance.now() > until)) refreshSoon();
  }, 0);
}

self.onmessage = (event: MessageEvent<DuplicatesUpdate>) => {
  const { seq, upserts, removed } = event.data;
  for (const id of removed) index.remove(id);
  for (const q of upserts) index.upsert(q);
  const pairs = index
    .pairs(DEFAULT_DUPLICATE_THRESHOLD)
    .filter((p) => !p.opposite)
    .map((p): [string, string, number] => [p.a.q.id, p.b.q.id, p.score]);
  self.postMessage({ seq, pairs } satisfies DuplicatesAnswer);
  refreshSoon();
};
