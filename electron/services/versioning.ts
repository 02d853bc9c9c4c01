import { ApiError } from '../../shared/contract';
import { remapStamped, stampPut, stampVersions } from '../../shared/logic/versions';
import type { Store } from './store/store';

/**
 * The version and clientId rules of every collection (shared/model/versioned.ts), applied by the
 * services:
 *
 * - `countVersions(store)` makes every mutation of the store stamp the versions of the records it
 *   changed (shared/logic/versions.ts) and answer the stamped records; `store.change` puts are
 *   stamped one by one (`stampPut`) and `tx.put` answers the stamped record. Applied once where the
 *   workspace is opened, so no service can forget it.
 * - `expectVersion(record, version, what)` refuses a stale edit with `conflict` (HTTP 409)
 *   carrying the current record; `undefined` (an optional version not sent) passes.
 * - `byClientId(list, clientId)` finds the record an earlier create with the same clientId made.
 */
export function countVersions(store: Store): Store {
  const mutate = store.mutate.bind(store);
  store.mutate = (fn) =>
    mutate((ws) => {
      const m = fn(ws);
      if (m.next === ws) return m;
      const { next, stamped } = stampVersions(ws, m.next);
      return { ...m, next, result: remapStamped(m.result, stamped) };
    });
  // The id-indexed writes count the version of each record they put, by the same rule.
  store.stampPut = stampPut;
  return store;
}

/** What a stale record is called in the conflict sentence, per collection (`serverMessages.conflict.<what>`). */
export type RecordKind =
  | 'question'
  | 'townhall'
  | 'topic'
  | 'faq'
  | 'exercise'
  | 'entry'
  | 'planRow'
  | 'scenario'
  | 'organization'
  | 'service'
  | 'location'
  | 'category'
  | 'need'
  | 'link'
  | 'area'
  | 'dismissal';

const ENGLISH: Record<RecordKind, string> = {
  question: 'question',
  townhall: 'town hall',
  topic: 'topic',
  faq: 'common question',
  exercise: 'exercise',
  entry: 'entry',
  planRow: 'improvement-plan row',
  scenario: 'scenario',
  organization: 'organization',
  service: 'service',
  location: 'location',
  category: 'category',
  need: 'need',
  link: 'link',
  area: 'community area',
  dismissal: '"Not a duplicate" decision',
};

/** The conflict error for a stale edit of `current`. */
export function staleVersion(current: { version: number }, what: RecordKind): ApiError {
  const error = ApiError.localized(
    'conflict',
    `conflict.${what}`,
    { version: current.version },
    `Someone else changed this ${ENGLISH[what]} while you were editing it (it is now at version ${current.version}). Compare the two versions and save again.`,
  );
  error.current = current;
  return error;
}

/** Throws `conflict` with the current record when `version` is given and is not the record's. */
export function expectVersion<R extends { version: number }>(current: R, version: number | undefined, what: RecordKind): R {
  if (version !== undefined && version !== current.version) throw staleVersion(current, what);
  return current;
}

/** The record an earlier create with this clientId made, if any (clientIds are kept lower case). */
export function byClientId<R extends { clientId?: string | null }>(list: readonly R[], clientId: string | undefined): R | undefined {
  if (!clientId) return undefined;
  const wanted = clientId.toLowerCase();
  for (let i = list.length - 1; i >= 0; i--) if (list[i].clientId === wanted) return list[i];
  return undefined;
}

/** A save (create-or-update) with an id must name the version it was based on. */
export function requireVersion(version: number | undefined): number {
  if (version === undefined) {
    const error = new ApiError('invalid_input', 'Invalid input: version: an update must name the version it was based on.', [{ path: 'version', message: 'an update must name the version it was based on' }]);
    error.key = 'conflict.versionMissing';
    throw error;
  }
  return version;
}
