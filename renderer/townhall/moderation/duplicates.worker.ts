/// <reference lib="webworker" />
import { DEFAULT_DUPLICATE_THRESHOLD } from '../../../shared/logic/townhall/duplicates';
import { DuplicatesSession, type DuplicatesUpdate, type DuplicatesView } from './duplicates-client';

/**
 * Finds likely duplicates off the page's thread, for as long as the page is open: it keeps every
 * town hall's questions (read once each), their word counts and every pair at or above the
 * threshold (typed arrays), takes only the questions that changed, and answers the screen's view
 * (its town hall, the questions shown after search and filters) with its few best suggestions:
 * millions of pairs never cross to the page. Views that arrive while one is being answered are
 * answered once, the latest.
 *
 * Between messages it moves the index's background full search on (`DuplicateIndex.refresh`) in
 * slices of about `SLICE_MS`, so a change waits at most one slice before it is answered, and the
 * answers keep coming from the incremental run instead of a full search.
 */
const SLICE_MS = 20;
const session = new DuplicatesSession();
let refreshing = false;
let answering = false;

function refreshSoon() {
  if (refreshing) return;
  refreshing = true;
  setTimeout(() => {
    refreshing = false;
    const until = performance.now() + SLICE_MS;
    if (session.index.refresh(DEFAULT_DUPLICATE_THRESHOLD, () => performance.now() > until)) refreshSoon();
  }, 0);
}

self.onmessage = (event: MessageEvent<DuplicatesUpdate | DuplicatesView>) => {
  const message = event.data;
  if (message.kind === 'update') session.update(message);
  else session.show(message);
  if (answering) return;
  answering = true;
  setTimeout(() => {
    answering = false;
    self.postMessage(session.answer());
    refreshSoon();
  }, 0);
};
