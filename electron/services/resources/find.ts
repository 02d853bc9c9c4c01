import { ApiError } from '../../../shared/contract';

/** The record with this id, or a not_found error naming what is missing. */
export function findById<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new ApiError('not_found', `That ${what} no longer exists.`);
  return found;
}

export const replaceById = <T extends { id: string }>(list: readonly T[], next: T) => list.map((r) => (r.id === next.id ? next : r));
