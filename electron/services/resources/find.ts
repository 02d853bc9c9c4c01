import type { CollectionName, RecordOf, StoreTx } from '../store/store-tx';
import { ApiError } from '../../../shared/contract';

/** The record with this id, or a not_found error naming what is missing. */
export function findById<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new ApiError('not_found', `That ${what} no longer exists.`);
  return found;
}

export const replaceById = <T extends { id: string }>(list: readonly T[], next: T) => list.map((r) => (r.id === next.id ? next : r));

/** The record with this id by the store's id index (a map lookup, not a scan), or `not_found` naming `what`. */
export function getById<C extends CollectionName>(tx: StoreTx, collection: C, id: string, what: string): RecordOf<C> {
  const found = tx.get(collection, id);
  if (!found) throw new ApiError('not_found', `That ${what} no longer exists.`);
  return found;
}
