/**
 * Record versions, stamped in one place whatever made the change (see shared/model/versioned.ts).
 *
 * `stampVersions(before, after)` compares two workspaces collection by collection and gives every
 * record that changed the version after its previous one (new records get 1), so no service can
 * forget to count a change, including records changed on the side (a merge's sources, questions
 * moved off a deleted topic). A record whose fields are unchanged (apart from `updatedAt`) keeps
 * its version. Records nested inside another (an exercise's captured entries) carry their own
 * versions: a captured entry does not change its exercise's version. Pure; cost proportional to
 * the changed collections' lengths (identity checks) plus the changed records' sizes.
 */

type Rec = Record<string, unknown> & { id: string; version?: unknown };

/** Collections whose records hold other versioned records: collection → nested list field. */
export const NESTED_RECORD_LISTS: Readonly<Record<string, readonly string[]>> = { exercises: ['entries'] };

/** Fields a change of which alone is not a change of the record. */
const IGNORED = new Set(['version', 'updatedAt']);

/**
 * Commutative counters, per collection: changed by additive operations ("me too") that never
 * check a version, so they do not count as an edit either. A moderator's edit based on version 3
 * still applies after ten residents said "me too", and keeps their count (an update never names it).
 */
export const COUNTER_FIELDS: Readonly<Record<string, readonly string[]>> = { questions: ['meToo'] };

const isRec = (r: unknown): r is Rec => typeof r === 'object' && r !== null && !Array.isArray(r) && typeof (r as { id?: unknown }).id === 'string';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameFields(prev: Rec, next: Rec, skip: readonly string[]): boolean {
  for (const key of new Set([...Object.keys(prev), ...Object.keys(next)])) {
    if (IGNORED.has(key) || skip.includes(key)) continue;
    if (!sameValue(prev[key], next[key])) return false;
  }
  return true;
}

const versionOf = (r: Rec | undefined): number => (r && typeof r.version === 'number' && Number.isInteger(r.version) && r.version >= 1 ? r.version : 0);

function stampList(before: unknown, after: unknown[], nested: readonly string[], stamped: Map<object, object>, counters: readonly string[] = []): unknown[] {
  const b = Array.isArray(before) ? before : [];
  let byId: Map<string, Rec> | null = null;
  let out: unknown[] | null = null;
  for (let i = 0; i < after.length; i++) {
    const r = after[i];
    if (r === b[i] || !isRec(r)) continue;
    let prev: Rec | undefined = isRec(b[i]) && (b[i] as Rec).id === r.id ? (b[i] as Rec) : undefined;
    if (!prev) {
      byId ??= new Map(b.filter(isRec).map((x) => [x.id, x]));
      prev = byId.get(r.id);
    }
    if (prev === r) continue;
    const next = stampRecord(prev, r, nested, stamped, counters);
    if (next !== r) {
      out ??= [...after];
      out[i] = next;
      stamped.set(r, next);
    }
  }
  return out ?? after;
}

function stampRecord(prev: Rec | undefined, r: Rec, nested: readonly string[], stamped: Map<object, object>, counters: readonly string[]): Rec {
  let next = r;
  for (const key of nested) {
    const list = r[key];
    if (!Array.isArray(list) || list === prev?.[key]) continue;
    const stampedList = stampList(prev?.[key], list, [], stamped);
    if (stampedList !== list) next = { ...next, [key]: stampedList };
  }
  const wanted = !prev ? Math.max(1, versionOf(r)) : sameFields(prev, r, [...nested, ...counters]) ? versionOf(prev) || 1 : versionOf(prev) + 1;
  if (next.version !== wanted) next = { ...next, version: wanted };
  return next;
}

/**
 * One record of `collection` put in place of `prev` (undefined: a new record), with its version
 * counted by the same rule as `stampVersions`: what the store's id-indexed writes use.
 */
export function stampPut<R extends object>(collection: string, prev: R | undefined, next: R): R {
  if (!isRec(next) || prev === next) return next;
  return stampRecord(prev as Rec | undefined, next, NESTED_RECORD_LISTS[collection] ?? [], new Map(), COUNTER_FIELDS[collection] ?? []) as unknown as R;
}

/**
 * `after` with every changed record's version counted, and a map from each record object that
 * was replaced to its stamped copy (for `remapStamped`). `after` itself is never modified.
 */
export function stampVersions<T extends object>(before: T, after: T): { next: T; stamped: Map<object, object> } {
  const stamped = new Map<object, object>();
  if (before === after) return { next: after, stamped };
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(a)) {
    const list = a[key];
    if (list === b[key] || !Array.isArray(list)) continue;
    const next = stampList(b[key], list, NESTED_RECORD_LISTS[key] ?? [], stamped, COUNTER_FIELDS[key] ?? []);
    if (next !== list) {
      out ??= { ...a };
      out[key] = next;
    }
  }
  return { next: (out ?? a) as T, stamped };
}

/**
 * A mutation's answer with the records it names swapped for their stamped copies: the value
 * itself, the items of an array, and the fields (and field arrays) of a plain object.
 */
export function remapStamped<T>(value: T, stamped: Map<object, object>, depth = 2): T {
  if (stamped.size === 0 || typeof value !== 'object' || value === null) return value;
  const direct = stamped.get(value);
  if (direct) return direct as T;
  if (depth === 0) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const m = remapStamped(v, stamped, depth - 1);
      if (m !== v) changed = true;
      return m;
    });
    return (changed ? out : value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const m = remapStamped(v, stamped, depth - 1);
    if (m !== v) {
      out ??= { ...(value as Record<string, unknown>) };
      out[k] = m;
    }
  }
  return (out ?? value) as T;
}
