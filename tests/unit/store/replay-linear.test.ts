import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../electron/services/store/journal-format';
import type { JournalOp } from '../../../electron/services/store/journal-ops';
import { Replayer } from '../../../electron/services/store/journal-replay';
import { serializeWorkspace } from '../../../electron/services/store/recover';
import { Store } from '../../../electron/services/store/store';
import { migrate, Workspace, type Area } from '../../../shared/model';
import { makeTempDir } from '../../support/temp-dir';

// Replay at open must cost records + changes, never records x changes. Counted in record slots
// visited (Replayer.visited), not by a clock, so the test holds on a busy machine.
const RECORDS = 20_000;

function workspace(): Workspace {
  const at = new Date(0).toISOString();
  const areas: Area[] = Array.from({ length: RECORDS }, (_, i) => ({ version: 1, id: randomUUID(), number: i + 1, name: `Area ${i + 1}`, priority: false, createdAt: at, updatedAt: at }));
  return Workspace.parse(migrate({ schemaVersion: 1, createdAt: at, updatedAt: at, areas }).data);
}

/** `entries` journal records over `ws`: renames, deletes, and the deleted records put back, each with an updatedAt. */
function journal(ws: Workspace, entries: number): { bytes: Buffer; ops: JournalOp[][] } {
  const ops: JournalOp[][] = [];
  const deleted: Area[] = [];
  for (let i = 0; i < entries; i++) {
    const a = ws.areas[(i * 7919) % RECORDS];
    const at = new Date(1000 + i).toISOString();
    let op: JournalOp;
    if (i % 4 === 1) {
      op = { c: 'areas', del: [a.id] };
      deleted.push(a);
    } else if (i % 4 === 3 && deleted.length > 0) op = { c: 'areas', put: [deleted.pop()!] };
    else op = { c: 'areas', put: [{ ...a, name: `Renamed ${i}`, version: 2 } as Area] };
    ops.push([op, { k: 'updatedAt', v: at }]);
  }
  return { bytes: Buffer.concat(ops.map((o, i) => encodeRecord(i + 1, 1000 + i, o))), ops };
}

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir()));
afterEach(() => tmp.cleanup());

describe('journal replay at open is linear', () => {
  it('a ten times longer journal costs ten times the changes, not the records again per change', async () => {
    const ws = workspace();
    const work: Record<number, number> = {};
    for (const entries of [500, 5_000]) {
      const file = join(tmp.dir, `w${entries}.json`);
      writeFileSync(file, serializeWorkspace(ws, 0));
      writeFileSync(`${file}.journal`, journal(ws, entries).bytes);
      const store = await Store.open({ file, seed: () => ws });
      try {
        expect(store.recovery).toBeNull();
        expect(store.lastSeq).toBe(entries);
        expect(store.data.areas.some((a) => a.name === `Renamed ${entries - 2}`)).toBe(true);
        work[entries] = store.replayWork;
      } finally {
        await store.close();
      }
    }
    // One copy and index of the collection, one final compaction (records put back at the end included),
    // one visit per record a change names.
    expect(work[500]).toBeLessThanOrEqual(2 * (RECORDS + 500));
    expect(work[5_000]).toBeLessThanOrEqual(2 * (RECORDS + 5_000));
    expect(work[5_000] - work[500]).toBeLessThanOrEqual(2 * 4_500);
  });

  it('gives the same workspace as applying each change to a copy, with the work bounded', () => {
    const ws = workspace();
    const { ops } = journal(ws, 2_000);
    const replayer = new Replayer(ws as unknown as Record<string, unknown>);
    for (const o of ops) replayer.apply(o);
    const fast = replayer.result() as unknown as Workspace;
    // The plain model: a map by id, in order of first appearance, deletes remove.
    const model = new Map(ws.areas.map((a) => [a.id, a]));
    for (const o of ops)
      for (const op of o) {
        if ('del' in op) for (const id of op.del) model.delete(id);
        else if ('put' in op) for (const r of op.put) model.set(r.id, r as Area);
      }
    expect(fast.areas.map((a) => `${a.id}:${a.name}`).sort()).toEqual([...model.values()].map((a) => `${a.id}:${a.name}`).sort());
    expect(fast.updatedAt).toBe(new Date(1000 + 1_999).toISOString());
    expect(replayer.visited).toBeLessThanOrEqual(2 * (RECORDS + 2_000));
    expect(ws.areas.every((a) => !a.name.startsWith('Renamed'))).toBe(true); // the input is not modified
  });
});
