import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../electron/services/room/roles';
import { dismissalsToDrop } from '../../../electron/services/townhalls/dismissals-service';
import type { DuplicateDismissal, Question, TownHall } from '../../../shared/model';
import { readDataFile } from '../../support/read-data-file';
import { serviceWorkspace } from '../../support/service-workspace';

const workspace = serviceWorkspace();
const { call } = workspace;
const disk = (): { duplicateDismissals: DuplicateDismissal[]; questions: Question[] } => readDataFile(workspace.file) as never;
const townHall = (title = 'Englewood town hall') => call<TownHall>('townhalls.create', { title, date: '2025-03-14' });
const ask = (townhallId: string, text: string) => call<Question>('questions.create', { townhallId, text });
type Dismissed = DuplicateDismissal & { undoToken?: string };

async function fixture() {
  const th = await townHall();
  const a = await ask(th.id, 'When will the streetlights on 63rd be fixed?');
  const b = await ask(th.id, 'When will the streetlights on 63rd get repaired?');
  const c = await ask(th.id, 'Can the park stay open later?');
  return { th, a, b, c };
}

describe('"Not a duplicate" decisions', () => {
  it('stores the pair once, in either order, on disk and in the journal, and tells every screen', async () => {
    const { th, a, b } = await fixture();
    const first = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [b.id, a.id] });
    expect(first).toMatchObject({ townhallId: th.id, questionIds: [a.id, b.id].sort(), version: 1 });
    expect(workspace.events).toContainEqual({ type: 'changed', collection: 'duplicateDismissals', ids: [first.id] });
    // Written by id: a journal operation on the collection, not a rewrite of the workspace.
    expect(readFileSync(`${workspace.file}.journal`, 'utf8')).toContain('"duplicateDismissals"');
    const again = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    expect(again.id).toBe(first.id);
    expect(disk().duplicateDismissals.map((d) => d.id)).toEqual([first.id]);
    expect(await call<DuplicateDismissal[]>('questions.listDismissals', { townhallIds: [th.id] })).toEqual([expect.objectContaining({ id: first.id })]);
  });

  it('a repeated create with the same clientId answers the first result (a retry after a lost answer)', async () => {
    const { th, a, b } = await fixture();
    const clientId = randomUUID();
    const first = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id], clientId });
    const retry = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id], clientId });
    expect(retry.id).toBe(first.id);
    expect(first.clientId).toBe(clientId);
  });

  it('refuses a pair of one question, an unknown question, and a question of another town hall, storing nothing', async () => {
    const { th, a } = await fixture();
    const other = await townHall('Austin town hall');
    const elsewhere = await ask(other.id, 'Street lights on Chicago Ave?');
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, a.id] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, 'nope'] })).rejects.toMatchObject({ code: 'not_found', key: 'dismissal.questionGone' });
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, elsewhere.id] })).rejects.toMatchObject({ code: 'invalid_input', key: 'dismissal.otherTownHall' });
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id] })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(disk().duplicateDismissals).toEqual([]);
  });

  it('undo of the dismissal, and "suggest again" later, take the decision back; a stale version is a conflict', async () => {
    const { th, a, b, c } = await fixture();
    const d = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    expect(d.undoToken).toBeTypeOf('string');
    await call('workspace.undo', { token: d.undoToken });
    expect(disk().duplicateDismissals).toEqual([]);

    const later = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, c.id] });
    await expect(call('questions.suggestDuplicateAgain', { id: later.id, version: later.version + 1 })).rejects.toMatchObject({ code: 'conflict', key: 'conflict.dismissal' });
    expect(await call('questions.suggestDuplicateAgain', { id: later.id, version: later.version })).toMatchObject({ deleted: true, id: later.id });
    expect(disk().duplicateDismissals).toEqual([]);
    // Taken back twice (two moderators at once): the second answers the same.
    expect(await call('questions.suggestDuplicateAgain', { id: later.id })).toMatchObject({ deleted: true });
  });

  it('deleting a question drops the decisions naming it; undoing the delete brings them back', async () => {
    const { th, a, b, c } = await fixture();
    const ab = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    const bc = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [b.id, c.id] });
    const gone = await call<{ undoToken: string }>('questions.delete', { id: a.id });
    expect(disk().duplicateDismissals.map((d) => d.id)).toEqual([bc.id]);
    await call('workspace.undo', { token: gone.undoToken });
    expect(disk().duplicateDismissals.map((d) => d.id).sort()).toEqual([ab.id, bc.id].sort());
  });

  it('deleting the town hall with its questions drops its decisions and keeps another town hall’s', async () => {
    const { th, a, b } = await fixture();
    const other = await townHall('Austin town hall');
    const x = await ask(other.id, 'Bus shelter on Madison?');
    const y = await ask(other.id, 'Bus shelter on Madison is broken');
    await call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    const kept = await call<Dismissed>('questions.dismissDuplicate', { townhallId: other.id, questionIds: [x.id, y.id] });
    await call('townhalls.delete', { id: th.id, withQuestions: true });
    expect(disk().duplicateDismissals.map((d) => d.id)).toEqual([kept.id]);
  });

  it('merging a dismissed pair drops that decision; unmerging does not bring it back; other decisions stay', async () => {
    const { th, a, b, c } = await fixture();
    await call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    const ac = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, c.id] });
    const merged = await call<{ undoToken: string }>('questions.merge', { targetId: a.id, sourceIds: [b.id] });
    expect(disk().duplicateDismissals.map((d) => d.id)).toEqual([ac.id]);
    // Undo of the merge puts the decision back exactly as it was.
    await call('workspace.undo', { token: merged.undoToken });
    expect(disk().duplicateDismissals).toHaveLength(2);
    // Merge again, then unmerge: the pair may be suggested again (the decision stays dropped).
    await call('questions.merge', { targetId: a.id, sourceIds: [b.id] });
    await call('questions.unmerge', { id: b.id });
    expect(disk().duplicateDismissals.map((d) => d.id)).toEqual([ac.id]);
    // A merge that does not join the two questions of a decision leaves it alone.
    const d = await ask(th.id, 'Is there a curfew in summer?');
    await call('questions.merge', { targetId: d.id, sourceIds: [b.id] });
    expect(disk().duplicateDismissals.map((x) => x.id)).toEqual([ac.id]);
  });

  it('moderators of the town hall may dismiss, list and take back; note-takers and other town halls may not', async () => {
    const { th, a, b } = await fixture();
    const other = await townHall('Austin town hall');
    const x = await ask(other.id, 'Bus shelter?');
    await call('townhalls.openRoom', { id: th.id });
    await call('townhalls.openRoom', { id: other.id });
    const moderator: Caller = { role: 'moderator', townhallId: th.id };
    const noteTaker: Caller = { role: 'note-taker', townhallId: th.id };
    const otherModerator: Caller = { role: 'moderator', townhallId: other.id };
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] }, noteTaker)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] }, otherModerator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call('questions.dismissDuplicate', { townhallId: other.id, questionIds: [a.id, x.id] }, otherModerator)).rejects.toMatchObject({ code: 'forbidden' });
    const d = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] }, moderator);
    await expect(call('questions.listDismissals', { townhallIds: [th.id] }, otherModerator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call('questions.listDismissals', { townhallIds: [th.id] }, noteTaker)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await call<DuplicateDismissal[]>('questions.listDismissals', { townhallIds: [th.id] }, moderator)).toHaveLength(1);
    await expect(call('questions.suggestDuplicateAgain', { id: d.id }, otherModerator)).rejects.toMatchObject({ code: 'forbidden' });
    await call('questions.suggestDuplicateAgain', { id: d.id }, moderator);
    expect(disk().duplicateDismissals).toEqual([]);
  });

  it('a room moderator undoes their own dismissal from the toast; another room, or a note-taker, cannot use its token', async () => {
    const { th, a, b } = await fixture();
    const other = await townHall('Austin town hall');
    await call('townhalls.openRoom', { id: th.id });
    await call('townhalls.openRoom', { id: other.id });
    const moderator: Caller = { role: 'moderator', townhallId: th.id };
    const d = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] }, moderator);
    await expect(call('workspace.undo', { token: d.undoToken }, { role: 'moderator', townhallId: other.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('workspace.undo', { token: d.undoToken }, { role: 'note-taker', townhallId: th.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(disk().duplicateDismissals).toHaveLength(1);
    await call('workspace.undo', { token: d.undoToken }, moderator);
    expect(disk().duplicateDismissals).toEqual([]);
  });

  it('a whole-town-hall CSV import brings its "Not a duplicate" decisions between the questions it adds', async () => {
    const th = await townHall();
    const csv = 'number,text,not_duplicate_of\n19,Streetlights on 63rd are out,20\n20,Streetlights on 63rd: who pays?,19\n21,Park hours?,\n';
    const mapping = { number: 'number', text: 'text', notDuplicateOf: 'not_duplicate_of' };
    await call('questions.import', { townhallId: th.id, base64: Buffer.from(csv).toString('base64'), mapping });
    const questions = await call<Question[]>('questions.list', { townhallIds: [th.id] });
    const id = (n: number) => questions.find((q) => q.number === n)!.id;
    const stored = await call<DuplicateDismissal[]>('questions.listDismissals', { townhallIds: [th.id] });
    expect(stored.map((d) => d.questionIds)).toEqual([[id(19), id(20)].sort()]);
    expect(workspace.events.some((e) => e.collection === 'duplicateDismissals')).toBe(true);
  });

  it('survives closing and reopening the workspace', async () => {
    const { th, a, b } = await fixture();
    const d = await call<Dismissed>('questions.dismissDuplicate', { townhallId: th.id, questionIds: [a.id, b.id] });
    await workspace.reopen();
    expect((await call<DuplicateDismissal[]>('questions.listDismissals', { townhallIds: [th.id] })).map((x) => x.id)).toEqual([d.id]);
  });
});

describe('dismissalsToDrop', () => {
  const rec = (id: string, a: string, b: string) => ({ id, townhallId: 't', questionIds: [a, b] as [string, string], version: 1, createdAt: '', updatedAt: '' });
  it('names decisions on a deleted question, and on a pair merged together, nothing else', () => {
    const list = [rec('1', 'a', 'b'), rec('2', 'b', 'c'), rec('3', 'c', 'd')];
    expect([...dismissalsToDrop(list, new Set(['b']))]).toEqual(['1', '2']);
    expect([...dismissalsToDrop(list, new Set(), new Set(['c', 'd', 'e']))]).toEqual(['3']);
    expect([...dismissalsToDrop(list, new Set(), new Set(['a', 'c']))]).toEqual([]);
  });
});
