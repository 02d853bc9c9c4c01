/**
 * What changed between two workspaces, as operations small enough to append to a journal:
 * records put or deleted by id in a collection, or a top-level value set whole. Pure.
 */
export type JournalOp = { c: string; put: { id: string }[] } | { c: string; del: string[] } | { k: string; v: unknown };

type Doc = Record<string, unknown>;

function isRecordList(value: unknown): value is { id: string }[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string');
}

/** Whether putting/deleting by id (new records appended) turns `before` into `after` in the same order. */
function keepsOrder(before: { id: string }[], after: { id: string }[], deleted: Set<string>): boolean {
  const beforeIds = new Set(before.map((r) => r.id));
  let i = 0;
  for (const r of before) {
    if (deleted.has(r.id)) continue;
    if (after[i]?.id !== r.id) return false;
    i++;
  }
  for (; i < after.length; i++) if (beforeIds.has(after[i].id)) return false;
  return true;
}

const hasId = (r: unknown): r is { id: string } => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string';

/**
 * The common cases without hashing the whole collection: records replaced in place, or records
 * appended. Null when the change is anything else.
 */
function quickDiff(b: unknown[], a: unknown[]): { id: string }[] | null {
  if (a.length < b.length) return null;
  const put: { id: string }[] = [];
  for (let i = 0; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const r = a[i];
    if (!hasId(r) || !hasId(b[i]) || r.id !== (b[i] as { id: string }).id) return null;
    put.push(r);
  }
  if (a.length > b.length) {
    const added = a.slice(b.length);
    if (!added.every(hasId)) return null;
    const ids = new Set(added.map((r) => r.id));
    if (ids.size !== added.length || b.some((r) => hasId(r) && ids.has(r.id))) return null;
    // One by one: a spread of 320,000 records overflows the call stack.
    for (const r of added) put.push(r);
  }
  return put;
}

export function diffWorkspaces(before: Doc, after: Doc): JournalOp[] {
  const ops: JournalOp[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key];
    const a = after[key];
    if (a === b) continue;
    const quick = Array.isArray(a) && Array.isArray(b) ? quickDiff(b, a) : null;
    if (quick) {
      if (quick.length > 0) ops.push({ c: key, put: quick });
      continue;
    }
    if (isRecordList(a) && isRecordList(b)) {
      const byId = new Map(b.map((r) => [r.id, r]));
      const afterIds = new Set(a.map((r) => r.id));
      const deleted = b.filter((r) => !afterIds.has(r.id)).map((r) => r.id);
      if (afterIds.size === a.length && keepsOrder(b, a, new Set(deleted))) {
        const put = a.filter((r) => byId.get(r.id) !== r);
        if (deleted.length > 0) ops.push({ c: key, del: deleted });
        if (put.length > 0) ops.push({ c: key, put });
        continue;
      }
    }
    ops.push({ k: key, v: a });
  }
  return ops;
}

export function applyOps<T extends Doc>(doc: T, ops: JournalOp[]): T {
  const out: Doc = { ...doc };
  for (const op of ops) {
    if ('k' in op) {
      out[op.k] = op.v;
    } else if ('del' in op) {
      const gone = new Set(op.del);
      out[op.c] = ((out[op.c] as { id: string }[]) ?? []).filter((r) => !gone.has(r.id));
    } else {
      const list = [...((out[op.c] as { id: string }[]) ?? [])];
      const index = new Map(list.map((r, i) => [r.id, i]));
      for (const record of op.put) {
        const at = index.get(record.id);
        if (at === undefined) {
          index.set(record.id, list.length);
          list.push(record);
        } else list[at] = record;
      }
      out[op.c] = list;
    }
  }
  return out as T;
}
