import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api';
import type { ServiceContext } from '../../../electron/services/handlers';
import { openWorkspace } from '../../../electron/services/open-workspace';
import type { Entry, Exercise, Scenario } from '../../../shared/model';
import { makeTempDir } from '../../support/temp-dir';
import { b64 } from '../../support/b64';
import { readDataFile } from '../../support/read-data-file';

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

async function call<T = unknown>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
  return r.data as T;
}
const disk = (): any => readDataFile(file);
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

async function startedExercise(areaId: string | null = null): Promise<Exercise> {
  const e = await call<Exercise>('exercises.create', {
    scenarioId: 'shipped-school-dismissal-shooting',
    date: '2025-06-14',
    place: 'Harmon Elementary library',
    areaId,
    facilitator: 'R. Ortiz',
    participants: [{ organization: 'Harmon Elementary', role: 'school-staff' }],
  });
  return call<Exercise>('exercises.control', { id: e.id, action: 'start' });
}

describe('scenario library', () => {
  it('lists the four shipped scenarios, refuses to edit them, and duplicates one for tailoring', async () => {
    const list = await call<Scenario[]>('scenarios.list', {});
    expect(list.filter((s) => s.builtIn)).toHaveLength(4);
    const shipped = list[0];
    await expect(call('scenarios.update', { id: shipped.id, content: shipped.content, version: 1 })).rejects.toMatchObject({ code: 'conflict' });
    const copy = await call<Scenario>('scenarios.duplicate', { id: shipped.id });
    expect(copy.builtIn).toBe(false);
    expect(copy.content.overview.title.en).toMatch(/^Copy of /);
    expect(copy.content.overview.title.es).toMatch(/^Copia de /);
    expect(disk().scenarios).toHaveLength(1);
  });

  it('refuses an invalid YAML file whole, listing every problem by location', async () => {
    const yaml = `overview:\n  title: { en: Test }\nmodules:\n  - title: { en: One }\n    minutes: 10\n    injects:\n      - time: "quarter past"\n        title: { en: A }\n        text: { en: B }\n        audience: everyone\n  - title: { en: "" }\n    minutes: 0\n`;
    const r = await call<{ applied: boolean; issues: { location: string; message: string }[] }>('scenarios.import', { format: 'yaml', base64: b64(yaml) });
    expect(r.applied).toBe(false);
    const where = r.issues.map((i) => `${i.location}: ${i.message}`);
    expect(where).toContain('modules[0].injects[0].time: expected a time like 00:15');
    expect(where.some((w) => w.startsWith('modules[0].injects[0].audience'))).toBe(true);
    expect(where.some((w) => w.startsWith('modules[1].title.en'))).toBe(true);
    expect(where.some((w) => w.startsWith('modules[1].minutes'))).toBe(true);
    expect(disk().scenarios).toHaveLength(0);
  });

  it('reports YAML syntax errors by line', async () => {
    const r = await call<{ issues: { location: string }[] }>('scenarios.import', { format: 'yaml', base64: b64('overview:\n  title: [unclosed\n') });
    expect(r.issues[0].location).toMatch(/^line \d+, column \d+$/);
  });

  it('imports an MSEL spreadsheet into modules, roles and capabilities; a bad row refuses the file', async () => {
    const csv = 'Time,Title,Text,Audience,Expected action,Roles,Module,Capability\n00:05,Lights out,Half the poles are dark,room,Call the lighting crew,Parks;Streets,First night,Safe spaces\n00:20,Rumor,"A fight is planned, after the game",facilitator,,Outreach,First night,\n01:10,Permit,Needs ten days,Room,,Parks,Planning,\n';
    const ok = await call<{ applied: boolean; scenarioId: string; modules: number; injects: number }>('scenarios.import', { format: 'csv', base64: b64(csv), fileName: 'park-msel.csv' });
    expect(ok).toMatchObject({ applied: true, modules: 2, injects: 3 });
    const s = await call<Scenario>('scenarios.get', { id: ok.scenarioId });
    expect(s.content.overview.title.en).toBe('park msel');
    expect(s.content.roles.map((r) => r.id)).toEqual(['parks', 'streets', 'outreach']);
    expect(s.content.modules[0].injects[1]).toMatchObject({ audience: 'facilitator', text: { en: 'A fight is planned, after the game' } });

    const bad = await call<{ applied: boolean; issues: { location: string; message: string }[] }>('scenarios.import', {
      format: 'csv',
      base64: b64('time,title,text,audience\n0:05,A,B,room\nsoon,C,D,nobody\n'),
      fileName: 'x.csv',
    });
    expect(bad.applied).toBe(false);
    expect(bad.issues).toContainEqual(expect.objectContaining({ location: 'line 3, audience', message: 'expected room or facilitator, found "nobody"' }));
    expect(bad.issues).toContainEqual(expect.objectContaining({ location: 'line 3, time', key: 'msel.badTime', params: expect.objectContaining({ line: 3, column: 'time', value: 'soon' }) }));
    expect(disk().scenarios).toHaveLength(1);
  });

  it('exports YAML that imports back to the same scenario', async () => {
    const { yaml, fileName } = await call<{ yaml: string; fileName: string }>('scenarios.export', { id: 'shipped-hot-spot-block' });
    expect(fileName).toMatch(/\.yaml$/);
    const r = await call<{ scenarioId: string }>('scenarios.import', { format: 'yaml', base64: b64(yaml) });
    const copy = await call<Scenario>('scenarios.get', { id: r.scenarioId });
    const original = await call<Scenario>('scenarios.get', { id: 'shipped-hot-spot-block' });
    expect(copy.content).toEqual(original.content);
  });

  it('lets a used scenario be edited or deleted: the exercise keeps the copy it ran', async () => {
    const copy = await call<Scenario>('scenarios.duplicate', { id: 'shipped-hot-spot-block' });
    const e = await call<Exercise>('exercises.create', { scenarioId: copy.id, date: '2025-06-14' });
    const edited = structuredClone(copy.content);
    edited.modules[0].title.en = 'Renamed later';
    await call('scenarios.update', { id: copy.id, content: edited, version: 1 });
    await expect(call('scenarios.update', { id: copy.id, content: edited, version: 1 })).rejects.toMatchObject({ code: 'conflict' });
    await call('scenarios.delete', { id: copy.id });
    const after = await call<Exercise>('exercises.get', { id: e.id });
    expect(after.scenario.modules[0].title.en).toBe('Module 1: Walking the block');
    expect(after.scenarioVersion).toBe(1);
  });
});

describe('running an exercise', () => {
  it('keeps the module clock across a restart, paused time excluded', async () => {
    const e = await startedExercise();
    tick(5 * 60_000);
    await call('exercises.control', { id: e.id, action: 'pause' });
    tick(10 * 60_000);
    await call('exercises.control', { id: e.id, action: 'resume' });
    tick(60_000);
    await ctx.store.close();
    ctx = await openWorkspace(file, 'test', () => {});
    ctx.now = () => clock;
    const reopened = await call<Exercise>('exercises.get', { id: e.id });
    const { elapsedMs } = await import('../../../shared/logic');
    expect(elapsedMs(reopened.clock, clock)).toBe(6 * 60_000);
    expect(reopened.status).toBe('running');
  });

  it('releases, skips and fires injects off-timeline; the projector sees released room injects only', async () => {
    const e = await startedExercise();
    await call('exercises.inject', { id: e.id, module: 0, inject: 0, action: 'release' });
    await call('exercises.inject', { id: e.id, module: 0, inject: 2, action: 'release' }); // facilitator-only, ahead of inject 1
    const after = await call<Exercise>('exercises.inject', { id: e.id, module: 2, inject: 0, action: 'release' });
    expect(after.injectLog.map((x) => x.offTimeline)).toEqual([false, true, true]);
    await expect(call('exercises.inject', { id: e.id, module: 0, inject: 0, action: 'release' })).rejects.toMatchObject({ code: 'conflict' });
    const shown = await call<{ injects: { title: { en: string } }[] }>('exercises.present', {});
    expect(shown.injects.map((i) => i.title.en)).toEqual(['Children still outside', 'Vigil posts get heated']);
    await call('exercises.inject', { id: e.id, module: 2, inject: 0, action: 'undo' });
    const again = await call<{ injects: unknown[] }>('exercises.present', { id: e.id });
    expect(again.injects).toHaveLength(1);
  });

  it('stamps captured entries and turns needs into needs records with the exercise as evidence', async () => {
    const areaId = disk().areas[0].id;
    const e = await startedExercise(areaId);
    await call('exercises.inject', { id: e.id, module: 0, inject: 1, action: 'release' });
    tick(90_000);
    const entryId = randomUUID();
    const entry = await call<Entry>('exercises.capture', { id: e.id, entryId, type: 'need', text: 'Outreach workers on 63rd St after 9 p.m. 🙏🏽 — 夜间外展' });
    // The released inject names a capability, but nobody chose one: the entry and its need stay unfiled.
    expect(entry).toMatchObject({ module: 0, inject: { module: 0, inject: 1 }, capability: null, moduleElapsedMs: 90_000 });
    const again = await call<Entry>('exercises.capture', { id: e.id, entryId, type: 'need', text: 'retry' });
    expect(again.text).toBe(entry.text);
    const ws = disk();
    expect(ws.exercises[0].entries).toHaveLength(1);
    expect(ws.needs).toHaveLength(1);
    expect(ws.needs[0]).toMatchObject({ source: 'exercise', areaId, categoryId: null, evidence: [{ kind: 'exercise-entry', exerciseId: e.id, entryId }] });
    // A capability the note-taker chose files the entry, and its need under the matching category.
    const chosen = await call<Entry>('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'need', text: 'Translators at the vigil', capability: 'retaliation-prevention' });
    expect(chosen.capability).toBe('retaliation-prevention');
    expect(disk().needs.find((n: { id: string }) => n.id === chosen.needId)?.categoryId).toBe('cat-retaliation-prevention');
    await expect(call('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'note', text: 'x', capability: 'not-in-scenario' })).rejects.toMatchObject({ code: 'not_found' });
    await call('exercises.deleteEntry', { id: e.id, entryId: chosen.id });
    // Area in use by the exercise cannot be deleted.
    await expect(call('areas.delete', { id: areaId })).rejects.toMatchObject({ code: 'conflict' });
    // Turning the entry into a note drops the need it made.
    await call('exercises.updateEntry', { id: e.id, entryId, version: entry.version, type: 'note' });
    expect(disk().needs).toHaveLength(0);
  });

  it('carries open improvement-plan rows to later exercises in the same area', async () => {
    const areaId = disk().areas[3].id;
    const first = await startedExercise(areaId);
    const action = await call<Entry>('exercises.capture', { id: first.id, entryId: randomUUID(), type: 'action', text: 'Train two more staff on reunification' });
    const row = await call<{ id: string; version: number }>('exercises.planAdd', {
      exerciseId: first.id,
      sourceEntryId: action.id,
      capability: 'schools',
      correctiveAction: action.text,
      element: 'training',
      organization: 'Harmon Elementary',
      startDate: '2025-07-01',
      completionDate: '2025-08-15',
    });
    await expect(call('exercises.planAdd', { exerciseId: first.id, sourceEntryId: action.id, correctiveAction: 'again' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('exercises.planUpdate', { id: row.id, version: row.version, completionDate: '2025-06-01' })).rejects.toMatchObject({ code: 'invalid_input' });
    const later = await call<Exercise>('exercises.create', { scenarioId: 'shipped-hot-spot-block', date: '2025-09-10', areaId });
    const plan = await call<{ own: unknown[]; carriedOver: { id: string; exerciseTitle: string }[] }>('exercises.plan', { exerciseId: later.id });
    expect(plan.own).toHaveLength(0);
    expect(plan.carriedOver.map((r) => r.id)).toEqual([row.id]);
    await call('exercises.planUpdate', { id: row.id, version: row.version, status: 'complete' });
    expect((await call<{ carriedOver: unknown[] }>('exercises.plan', { exerciseId: later.id })).carriedOver).toHaveLength(0);
  });

  it('rejects over-long text and keeps emoji and other scripts as typed', async () => {
    const e = await startedExercise();
    await expect(call('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'note', text: 'x'.repeat(20_001) })).rejects.toMatchObject({ code: 'invalid_input' });
    const t = 'مرحبا — 社区 — Zażółć 👨‍👩‍👧';
    const entry = await call<Entry>('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'note', text: t });
    expect(entry.text).toBe(t.normalize('NFC'));
  });
});

describe('writes by id', () => {
  it('an exercise, its entries, needs, plan rows, scenarios, areas and town halls are written without copying a whole collection', async () => {
    // Every one of these goes through store.change (id-indexed); the whole-workspace mutate copies and diffs collections.
    let wholeWorkspaceWrites = 0;
    const mutate = ctx.store.mutate.bind(ctx.store);
    ctx.store.mutate = (fn) => {
      wholeWorkspaceWrites++;
      return mutate(fn);
    };
    const areaId = disk().areas[2].id;
    const e = await startedExercise(areaId);
    const need = await call<Entry>('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'need', text: 'Cooling center hours posted in Spanish' });
    const edited = await call<Entry>('exercises.updateEntry', { id: e.id, entryId: need.id, version: need.version, text: 'Cooling center hours posted in Spanish and Polish' });
    expect(edited.version).toBe(need.version + 1);
    const action = await call<Entry>('exercises.capture', { id: e.id, entryId: randomUUID(), type: 'action', text: 'Post the hours' });
    const row = await call<{ id: string; version: number }>('exercises.planAdd', { exerciseId: e.id, sourceEntryId: action.id, capability: 'schools', correctiveAction: action.text, element: 'planning', organization: 'Parks', startDate: null, completionDate: null });
    await call('exercises.planUpdate', { id: row.id, version: row.version, status: 'in-progress' });
    await call('exercises.planDelete', { id: row.id, version: row.version + 1 });
    await call('exercises.deleteEntry', { id: e.id, entryId: need.id, version: edited.version });
    await call('needs.create', { title: 'Shade at the bus stop', areaId, source: 'manual' });
    await call('areas.create', { name: 'Indexed Heights' });
    await call('townhalls.create', { title: 'Summer safety', date: '2025-07-01', place: 'Library', areaIds: [areaId] });
    const copy = await call<Scenario>('scenarios.duplicate', { id: 'shipped-hot-spot-block' });
    await call('scenarios.update', { id: copy.id, version: copy.version, content: copy.content });
    expect(wholeWorkspaceWrites).toBe(0);
    // And on disk as a fresh process reads it.
    const ws = disk();
    expect(ws.exercises[0].entries.map((x: Entry) => x.text)).toEqual(['Post the hours']);
    expect(ws.improvementItems).toHaveLength(0);
    expect(ws.needs.map((n: { title: string }) => n.title)).toEqual(['Shade at the bus stop']);
    expect(ws.areas.some((a: { name: string }) => a.name === 'Indexed Heights')).toBe(true);
  });
});
