import { z } from 'zod';
import { Workspace } from '../../../shared/model';
import type { JournalOp } from './journal-ops';

const shape = Workspace.shape as Record<string, z.ZodType>;

/** The schema of one record of a collection, or null when `key` is not a collection of records. */
function elementSchema(key: string): z.ZodType | null {
  const s = shape[key];
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : null;
}

/**
 * Whether a journal record's operations fit today's data format, checked record by record (its
 * cost is the size of the change, never of the workspace). Returns the first problem in words, or
 * null when every operation is good. A record that fails is set aside; the others still apply.
 */
export function checkOps(ops: unknown): string | null {
  if (!Array.isArray(ops)) return 'it is not a list of operations';
  for (const op of ops as JournalOp[]) {
    if (typeof op !== 'object' || op === null) return 'an operation is not an object';
    if ('k' in op) {
      const schema = shape[op.k];
      if (!schema) return `it sets "${String(op.k).slice(0, 40)}", which is not part of a workspace`;
      const r = schema.safeParse(op.v);
      if (!r.success) return `the value of "${op.k}" does not match the data format (${r.error.issues[0]?.message ?? 'unknown problem'})`;
    } else if ('del' in op) {
      if (!elementSchema(op.c)) return `it deletes from "${String(op.c).slice(0, 40)}", which is not a collection`;
      if (!Array.isArray(op.del) || !op.del.every((id) => typeof id === 'string')) return 'a delete does not list record ids';
    } else if ('put' in op) {
      const schema = elementSchema(op.c);
      if (!schema) return `it writes to "${String(op.c).slice(0, 40)}", which is not a collection`;
      if (!Array.isArray(op.put)) return 'a write does not list records';
      for (const record of op.put) {
        const r = schema.safeParse(record);
        if (!r.success) {
          const issue = r.error.issues[0];
          return `a record of "${op.c}" does not match the data format (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'})`;
        }
      }
    } else {
      return 'an operation of an unknown kind';
    }
  }
  return null;
}
