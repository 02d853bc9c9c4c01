/**
 * Undo of a delete or a merge, restoring exactly what the change removed or altered and nothing
 * else: changes made by others since (a question captured a second later, an entry added to the
 * same exercise) are kept. Pure.
 *
 * `undoPatch(before, after)` compares two workspaces collection by collection (arrays of records
 * with a string `id`): records that disappeared are kept whole with their position; records that
 * changed keep the values of the fields that changed, and where a field is itself a list of
 * records (an exercise's entries) the same comparison goes one level down; records that appeared
 * are named so undo removes them. `applyUndo(current, patch)` puts that back onto the workspace as
 * it is now. A record carrying a numeric `version` gets one more than its current version, so an
 * undo is a change like any other for anyone holding the record.
 */

type Rec = { id: string } & Record<string, unknown>;
type Doc = Record<string, unknown>;

export interface ListPatch {
  /** Records removed by the change, with the index each had. */
  removed: { index: number; record: Rec }[];
  /** Records the change altered: their earlier field values (nested record lists as patches). */
  changed: { id: string; fields: Record<string, unknown>; lists: Record<string, ListPatch> }[];
  /** Ids of records the change added. */
  added: string[];
}

export interface UndoPatch {
  collections: Record<string, ListPatch>;
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { id?: unknown }).id === 'string';
const isRecList = (v: unknown): v is Rec[] => Array.isArray(v) && v.every(isRec);

function recordPatch(b: Rec, a: Rec): ListPatch['changed'][number] {
  const fields: Record<string, unknown> = {};
  const lists: Record<string, ListPatch> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (b[key] === a[key] || key === 'version') continue;
    if (isRecList(b[key]) && isRecList(a[key]) && (b[key] as Rec[]).length + (a[key] as Rec[]).length > 0) lists[key] = listPatch(b[key] as Rec[], a[key] as Rec[]);
    else if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) fields[key] = b[key];
  }
  return { id: b.id, fields, lists };
}

function listPatch(before: Rec[], after: Rec[]): ListPatch {
  const afterById = new Map(after.map((r) => [r.id, r]));
  const beforeIds = new Set(before.map((r) => r.id));
  const removed: ListPatch['removed'] = [];
  const changed: ListPatch['changed'] = [];
  before.forEach((record, index) => {
    const now = afterById.get(record.id);
    if (!now) removed.push({ index, record });
    else if (now !== record) {
      const p = recordPatch(record, now);
      if (Object.keys(p.fields).length > 0 || Object.keys(p.lists).length > 0) changed.push(p);
    }
  });
  const added = after.filter((r) => !beforeIds.has(r.id)).map((r) => r.id);
  return { removed, changed, added };
}

const isEmptyList = (p: ListPatch) => p.removed.length === 0 && p.changed.length === 0 && p.added.length === 0;

/**
 * The same patch as `undoPatch`, from the records one change touched by id (what the store's
 * id-indexed writes know), without comparing whole collections: `before` null for a record the
 * change added, `after` null for one it deleted (`index` is where it was).
 */
export function undoPatchOfRecords(touched: readonly { collection: string; before: Rec | null; after: Rec | null; index: number }[]): UndoPatch {
  const collections: Record<string, ListPatch> = {};
  for (const t of touched) {
    const p = (collections[t.collection] ??= { removed: [], changed: [], added: [] });
    if (!t.before) {
      if (t.after) p.added.push(t.after.id);
    } else if (!t.after) p.removed.push({ index: t.index, record: t.before });
    else if (t.after !== t.before) {
      const c = recordPatch(t.before, t.after);
      if (Object.keys(c.fields).length > 0 || Object.keys(c.lists).length > 0) p.changed.push(c);
    }
  }
  for (const [key, p] of Object.entries(collections)) if (isEmptyList(p)) delete collections[key];
  return { collections };
}

/** What undoing the change from `before` to `after` must put back. */
export function undoPatch(before: Doc, after: Doc): UndoPatch {
  const collections: Record<string, ListPatch> = {};
  for (const key of Object.keys(before)) {
    const b = before[key];
    const a = after[key];
    if (a === b || !isRecList(b) || !isRecList(a)) continue;
    const p = listPatch(b, a);
    if (!isEmptyList(p)) collections[key] = p;
  }
  return { collections };
}

function applyList(current: Rec[], patch: ListPatch): Rec[] {
  const addedIds = new Set(patch.added);
  const changedById = new Map(patch.changed.map((c) => [c.id, c]));
  let list = current.filter((r) => !addedIds.has(r.id)).map((r) => {
    const c = changedById.get(r.id);
    if (!c) return r;
    const restored: Rec = { ...r, ...c.fields };
    for (const [key, nested] of Object.entries(c.lists)) restored[key] = applyList(isRecList(r[key]) ? (r[key] as Rec[]) : [], nested);
    if (typeof r.version === 'number') restored.version = r.version + 1;
    return restored;
  });
  const present = new Set(list.map((r) => r.id));
  for (const { index, record } of [...patch.removed].sort((x, y) => x.index - y.index)) {
    if (present.has(record.id)) continue;
    list = [...list.slice(0, index), record, ...list.slice(index)];
    present.add(record.id);
  }
  return list;
}

/** The workspace with the change undone; collections the patch does not name are untouched. */
export function applyUndo<T extends Doc>(current: T, patch: UndoPatch): T {
  const out: Doc = { ...current };
  for (const [key, p] of Object.entries(patch.collections)) out[key] = applyList(isRecList(out[key]) ? (out[key] as Rec[]) : [], p);
  return out as T;
}

/** The collections a patch touches, for change events. */
export function patchCollections(patch: UndoPatch): string[] {
  return Object.keys(patch.collections);
}
