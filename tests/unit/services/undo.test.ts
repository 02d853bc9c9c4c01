import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { applyUndo, undoPatch } from '../../../shared/logic/undo';
import type { Entry, Exercise, Question, TownHall } from '../../../shared/model';
import { readDataFile } from '../../support/read-data-file';
import { makeTempDir } from '../../support/temp-dir';

describe('undo patch (pure)', () => {
  const before = {
    schemaVersion: 2,
    items: [
      { id: 'a', n: 1, kids: [{ id: 'k1', t: 'x' }, { id: 'k2', t: 'y' }] },
      { id: 'b', n: 2, kids: [] },
      { id: 'c', n: 3, kids: [] },
    ],
  };

  it('puts back removed records at their place and earlier field values, keeping later changes by others', () => {
    const after = { ...before, items: [{ ...before.items[0], n: 10, kids: [before.items[0].kids[1]] }, before.items[2]] };
    const patch = undoPatch(before, after);
    // Someone else adds a record and a nested record after the delete.
    const later = { ...after, items: [{ ...after.items[0], kids: [...after.items[0].kids, { id: 'k3', t: 'z' }] }, after.items[1], { id: 'd', n: 4, kids: [] }] };
    const undone = applyUndo(later, patch);
    expect(undone.items.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(undone.items[0].n).toBe(1);
    expect(undone.items[0].kids.map((k) => k.id)).toEqual(['k1', 'k2', 'k3']);
  });

  it('gives a restored record with a version the next version', () => {
    const b = { list: [{ id: 'a', text: 'one', version: 3 }] };
    const a = { list: [{ id: 'a', text: 'two', version: 4 }] };
    expect(applyUndo(a, undoPatch(b, a)).list[0]).toEqual({ id: 'a', text: 'one', version: 5 });
  });
});

describe('workspace.undo through the service', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let ctx: ServiceContext;
  let file: string;
  let clock = new Date('2025-06-14T15:00:00Z');
  beforeEach(async () => {
    tmp = makeTempDir();
    file = join(tmp.dir, 'convene-data.json');
    ctx = await openWorkspace(file, 'test', () => {});
    clock = new Date('2025-06-14T15:00:00Z');
    ctx.now = () => clock;
  });
  afterEach(async () => {
    await ctx.store.close();
    tmp.cleanup();
  });
  async function call<T = any>(method: string, input: unknown): Promise<T> {
    const r = await dispatch(ctx, method, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.data as T;
  }
  const disk = (): any => readDataFile(file);

  it('restores a deleted town hall with its questions, exactly, once', async () => {
    const th = await call<TownHall>('townhalls.create', { title: 'Budget night', date: '2025-06-01' });
    await call<Question>('questions.create', { townhallId: th.id, text: 'When will the lights be fixed?' });
    await call<Question>('questions.create', { townhallId: th.id, text: 'Who clears the lot?' });
    const saved = disk();
    const answer = await call<{ undoToken: string }>('townhalls.delete', { id: th.id, withQuestions: true });
    expect(answer.undoToken).toEqual(expect.any(String));
    expect(disk().questions).toHaveLength(0);
    const other = await call<TownHall>('townhalls.create', { title: 'Later', date: '2025-06-02' });
    clock = new Date(clock.getTime() + 1000);
    await call('workspace.undo', { token: answer.undoToken });
    const now = disk();
    expect(now.questions).toEqual(saved.questions);
    expect(now.townhalls.map((t: TownHall) => t.id).sort()).toEqual([th.id, other.id].sort());
    expect(now.townhalls.find((t: TownHall) => t.id === th.id)).toEqual(saved.townhalls[0]);
    await expect(call('workspace.undo', { token: answer.undoToken })).rejects.toMatchObject({ code: 'not_found', key: 'undo.expired' });
  });

  it('undoes a merge: counts and statuses as they were', async () => {
    const th = await call<TownHall>('townhalls.create', { title: 'Parks', date: '2025-06-01' });
    const a = await call<Question>('questions.create', { townhallId: th.id, text: 'Lights in the park?' });
    const b = await call<Question>('questions.create', { townhallId: th.id, text: 'Park lights broken' });
    await call('questions.meToo', { id: b.id, by: 2 });
    const before = disk().questions;
    const merged = await call<{ undoToken: string }>('questions.merge', { targetId: a.id, sourceIds: [b.id] });
    expect(disk().questions.find((q: Question) => q.id === b.id).status).toBe('merged');
    await call('workspace.undo', { token: merged.undoToken });
    expect(disk().questions).toEqual(before);
  });

  it('undoes an entry delete, bringing back the need it made, and refuses a token after the window', async () => {
    const created = await call<Exercise>('exercises.create', { scenarioId: 'shipped-school-dismissal-shooting', date: '2025-06-14' });
    await call('exercises.control', { id: created.id, action: 'start' });
    const entry = await call<Entry>('exercises.capture', { id: created.id, entryId: randomUUID(), type: 'need', text: 'Interpreters at pickup' });
    const needsBefore = disk().needs;
    const gone = await call<{ undoToken: string }>('exercises.deleteEntry', { id: created.id, entryId: entry.id });
    const kept = await call<Entry>('exercises.capture', { id: created.id, entryId: randomUUID(), type: 'note', text: 'Captured after the delete' });
    expect(disk().needs).toHaveLength(0);
    await call('workspace.undo', { token: gone.undoToken });
    const ex = disk().exercises[0];
    expect(ex.entries.map((e: Entry) => e.id)).toEqual([entry.id, kept.id]);
    expect(disk().needs).toEqual(needsBefore);
    const again = await call<{ undoToken: string }>('exercises.deleteEntry', { id: created.id, entryId: kept.id });
    clock = new Date(clock.getTime() + 6 * 60_000);
    await expect(call('workspace.undo', { token: again.undoToken })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('workspace.setLanguage', () => {
  it('tells the desktop app the UI language (for its menu) and refuses other languages', async () => {
    const tmp = makeTempDir();
    const ctx = await openWorkspace(join(tmp.dir, 'd.json'), 'test', () => {});
    const seen: string[] = [];
    ctx.onUiLanguage = (l) => seen.push(l);
    try {
      expect(await dispatch(ctx, 'workspace.setLanguage', { language: 'es' })).toEqual({ ok: true, data: { language: 'es' } });
      expect(seen).toEqual(['es']);
      expect(await dispatch(ctx, 'workspace.setLanguage', { language: 'pl' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await ctx.store.close();
      tmp.cleanup();
    }
  });
});
