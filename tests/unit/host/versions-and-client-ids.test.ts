import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostServer } from '../../../electron/host/server';
import { StaffSessions } from '../../../electron/host/sessions';
import { openWorkspace } from '../../../electron/services/open-workspace';
import { makeTempDir } from '../../support/temp-dir';
import { readDataFile } from '../../support/read-data-file';

/**
 * The version and clientId rules (shared/model/versioned.ts) on every collection a user edits,
 * through the real HTTP host: a stale update or delete answers 409 `conflict` with the current
 * record; a repeated create answers the first record, also after the host restarts.
 */

type Rec = { id: string; version: number; clientId?: string } & Record<string, unknown>;
type Answer = { status: number; body: Record<string, unknown> & { error?: { code: string; current?: Rec; key?: string } } };

const tmp = makeTempDir();
const dataFile = join(tmp.dir, 'convene-data.json');
const staticDir = join(tmp.dir, 'static');
mkdirSync(staticDir);
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Convene test</title>');

let host: { url: string; auth: Record<string, string>; stop: () => Promise<void> };

async function start() {
  const ctx = await openWorkspace(dataFile, 'test host', () => {});
  const sessions = new StaffSessions();
  const server = createHostServer({ ctx, staticDir, sessions });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    auth: { Authorization: `Bearer ${sessions.token}` },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.store.close();
    },
  };
}

async function post(method: string, input: unknown): Promise<Answer> {
  const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...host.auth }, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function ok<T = Rec>(method: string, input: unknown): Promise<T> {
  const a = await post(method, input);
  if (a.status !== 200) throw new Error(`${method} answered ${a.status}: ${JSON.stringify(a.body)}`);
  return a.body as T;
}

beforeAll(async () => {
  host = await start();
});
afterAll(async () => {
  await host.stop();
  tmp.cleanup();
});

/**
 * One collection: how to create a record (with a clientId), change it given the record as the
 * client saw it, delete it, and count its records on disk.
 */
interface Case {
  name: string;
  create: (clientId: string) => Promise<{ method: string; input: Record<string, unknown> }>;
  update: (r: Rec) => { method: string; input: Record<string, unknown>; field: string; value: unknown };
  remove?: (r: Rec, version: number) => { method: string; input: Record<string, unknown> };
  count: () => number;
}

const disk = () => readDataFile<Record<string, Rec[]>>(dataFile);
let townhallId = '';
let exerciseId = '';
let orgId = '';
let areaIds: string[] = [];

async function setUp() {
  areaIds = (await ok<Rec[]>('areas.list', {})).map((a) => a.id);
  townhallId = (await ok('townhalls.create', { title: 'Englewood safety town hall', date: '2025-03-14' })).id;
  exerciseId = (await ok('exercises.create', { scenarioId: 'shipped-hot-spot-block', date: '2025-06-14' })).id;
  await ok('exercises.control', { id: exerciseId, action: 'start' });
  orgId = (await ok('resources.saveOrganization', { name: 'Westside Peace Partners' })).id;
}

const cases: Case[] = [
  {
    name: 'questions',
    create: async (clientId) => ({ method: 'questions.create', input: { townhallId, text: 'Streetlights on 63rd are out', clientId } }),
    update: (r) => ({ method: 'questions.update', input: { id: r.id, version: r.version, answer: 'Crews come Monday.' }, field: 'answer', value: 'Crews come Monday.' }),
    remove: (r, version) => ({ method: 'questions.delete', input: { id: r.id, version } }),
    count: () => disk().questions.length,
  },
  {
    name: 'town halls',
    create: async (clientId) => ({ method: 'townhalls.create', input: { title: 'Austin town hall', date: '2025-04-01', clientId } }),
    update: (r) => ({ method: 'townhalls.update', input: { id: r.id, version: r.version, place: 'Columbus Park' }, field: 'place', value: 'Columbus Park' }),
    remove: (r, version) => ({ method: 'townhalls.delete', input: { id: r.id, version } }),
    count: () => disk().townhalls.length,
  },
  {
    name: 'topics',
    create: async (clientId) => ({ method: 'townhalls.createTopic', input: { name: { en: `Parks ${clientId.slice(0, 4)}`, es: `Parques ${clientId.slice(0, 4)}` }, clientId } }),
    update: (r) => ({ method: 'townhalls.updateTopic', input: { id: r.id, version: r.version, categoryId: 'cat-youth' }, field: 'categoryId', value: 'cat-youth' }),
    remove: (r, version) => ({ method: 'townhalls.deleteTopic', input: { id: r.id, version } }),
    count: () => disk().topics.length,
  },
  {
    name: 'FAQ entries',
    create: async (clientId) => ({ method: 'questions.createFaq', input: { question: 'When will the lights be fixed?', clientId } }),
    update: (r) => ({ method: 'questions.updateFaq', input: { id: r.id, version: r.version, answer: 'By May.' }, field: 'answer', value: 'By May.' }),
    remove: (r, version) => ({ method: 'questions.deleteFaq', input: { id: r.id, version } }),
    count: () => disk().faqs.length,
  },
  {
    name: 'exercises',
    create: async (clientId) => ({ method: 'exercises.create', input: { scenarioId: 'shipped-hot-spot-block', date: '2025-07-01', clientId } }),
    update: (r) => ({ method: 'exercises.update', input: { id: r.id, version: r.version, place: 'Kennedy-King College' }, field: 'place', value: 'Kennedy-King College' }),
    remove: (r, version) => ({ method: 'exercises.delete', input: { id: r.id, version } }),
    count: () => disk().exercises.length,
  },
  {
    name: 'improvement-plan rows',
    create: async (clientId) => ({ method: 'exercises.planAdd', input: { exerciseId, correctiveAction: 'Train two more staff', clientId } }),
    update: (r) => ({ method: 'exercises.planUpdate', input: { id: r.id, version: r.version, status: 'in-progress' }, field: 'status', value: 'in-progress' }),
    remove: (r, version) => ({ method: 'exercises.planDelete', input: { id: r.id, version } }),
    count: () => disk().improvementItems.length,
  },
  {
    name: 'scenarios',
    create: async (clientId) => ({ method: 'scenarios.duplicate', input: { id: 'shipped-hot-spot-block', clientId } }),
    update: (r) => {
      const content = structuredClone(r.content) as { overview: { title: { en: string } } };
      content.overview.title.en = 'Hot spot on 63rd, tailored';
      return { method: 'scenarios.update', input: { id: r.id, version: r.version, content }, field: 'content', value: content };
    },
    remove: (r, version) => ({ method: 'scenarios.delete', input: { id: r.id, version } }),
    count: () => disk().scenarios.length,
  },
  {
    name: 'organizations',
    create: async (clientId) => ({ method: 'resources.saveOrganization', input: { name: `Block club ${clientId.slice(0, 8)}`, clientId } }),
    update: (r) => ({ method: 'resources.saveOrganization', input: { id: r.id, version: r.version, name: r.name, website: 'https://example.org' }, field: 'website', value: 'https://example.org' }),
    remove: (r, version) => ({ method: 'resources.deleteOrganization', input: { id: r.id, version } }),
    count: () => disk().organizations.length,
  },
  {
    name: 'services',
    create: async (clientId) => ({ method: 'resources.saveService', input: { organizationId: orgId, name: 'Evening peace walks', clientId } }),
    update: (r) => ({ method: 'resources.saveService', input: { id: r.id, version: r.version, organizationId: orgId, name: r.name, fees: 'Free' }, field: 'fees', value: 'Free' }),
    remove: (r, version) => ({ method: 'resources.deleteService', input: { id: r.id, version } }),
    count: () => disk().services.length,
  },
  {
    name: 'locations',
    create: async (clientId) => ({ method: 'resources.saveLocation', input: { name: 'Field house', clientId } }),
    update: (r) => ({ method: 'resources.saveLocation', input: { id: r.id, version: r.version, name: r.name, city: 'Chicago' }, field: 'city', value: 'Chicago' }),
    remove: (r, version) => ({ method: 'resources.deleteLocation', input: { id: r.id, version } }),
    count: () => disk().locations.length,
  },
  {
    name: 'categories',
    create: async (clientId) => ({ method: 'resources.saveCategory', input: { name: { en: `Arts ${clientId.slice(0, 8)}`, es: `Artes ${clientId.slice(0, 8)}` }, clientId } }),
    update: (r) => ({ method: 'resources.saveCategory', input: { id: r.id, version: r.version, name: { en: 'Arts and culture', es: 'Arte y cultura' } }, field: 'name', value: { en: 'Arts and culture', es: 'Arte y cultura' } }),
    remove: (r, version) => ({ method: 'resources.deleteCategory', input: { id: r.id, version } }),
    count: () => disk().categories.length,
  },
  {
    name: 'needs',
    create: async (clientId) => ({ method: 'needs.create', input: { title: 'Outreach after dark', source: 'manual', clientId } }),
    update: (r) => ({ method: 'needs.update', input: { id: r.id, version: r.version, severity: 'critical' }, field: 'severity', value: 'critical' }),
    remove: (r, version) => ({ method: 'needs.delete', input: { id: r.id, version } }),
    count: () => disk().needs.length,
  },
  {
    name: 'areas',
    create: async (clientId) => ({ method: 'areas.create', input: { name: `New area ${clientId.slice(0, 8)}`, clientId } }),
    update: (r) => ({ method: 'areas.update', input: { id: r.id, version: r.version, priority: true }, field: 'priority', value: true }),
    remove: (r, version) => ({ method: 'areas.delete', input: { id: r.id, version } }),
    count: () => disk().areas.length,
  },
];

describe('every collection', () => {
  beforeAll(setUp);

  for (const c of cases) {
    it(`${c.name}: a repeated create answers the first record, also after a restart; a stale update or delete conflicts`, async () => {
      const clientId = randomUUID();
      const create = await c.create(clientId);
      const first = await ok(create.method, create.input);
      expect(first.version).toBe(1);
      const count = c.count();
      // The answer was lost and the client tries again: same record, stored once.
      const again = await ok(create.method, create.input);
      expect(again.id).toBe(first.id);
      expect(c.count()).toBe(count);
      // Same clientId in upper case: the same create (questions keep the room's exact-match rule).
      if (c.name !== 'questions') expect((await ok(create.method, { ...create.input, clientId: clientId.toUpperCase() })).id).toBe(first.id);

      // Two people edit from version 1; the first save wins and counts a version.
      const edit = c.update(first);
      const saved = await ok(edit.method, edit.input);
      expect(saved.version).toBe(2);
      expect(saved[edit.field]).toEqual(edit.value);
      const stale = await post(edit.method, edit.input);
      expect(stale.status).toBe(409);
      expect(stale.body.error).toMatchObject({ code: 'conflict', key: expect.stringMatching(/^conflict\./) });
      expect(stale.body.error!.current).toMatchObject({ id: first.id, version: 2, [edit.field]: edit.value });

      // The host restarts: the clientId is still known.
      await host.stop();
      host = await start();
      const afterRestart = await ok(create.method, create.input);
      expect(afterRestart.id).toBe(first.id);
      expect(afterRestart.version).toBe(2);
      expect(c.count()).toBe(count);

      if (c.remove) {
        const staleDelete = c.remove(first, 1);
        const refused = await post(staleDelete.method, staleDelete.input);
        expect(refused.status).toBe(409);
        expect(refused.body.error!.current).toMatchObject({ id: first.id, version: 2 });
        expect(c.count()).toBe(count);
        const del = c.remove(first, 2);
        await ok(del.method, del.input);
        expect(c.count()).toBe(count - 1);
      }
    });
  }

  it('exercise entries: the client-made entryId makes a capture idempotent; entry edits are version-checked', async () => {
    const entryId = randomUUID();
    const entry = await ok('exercises.capture', { id: exerciseId, entryId, type: 'note', text: 'Outreach workers need a radio channel' });
    expect(entry.version).toBe(1);
    expect((await ok('exercises.capture', { id: exerciseId, entryId, type: 'note', text: 'Outreach workers need a radio channel' })).id).toBe(entryId);
    const entries = () => (disk().exercises.find((e) => e.id === exerciseId)!.entries as Rec[]).filter((e) => e.id === entryId);
    expect(entries()).toHaveLength(1);
    const exerciseBefore = disk().exercises.find((e) => e.id === exerciseId)!.version;
    const edited = await ok('exercises.updateEntry', { id: exerciseId, entryId, version: 1, type: 'decision' });
    expect(edited).toMatchObject({ version: 2, type: 'decision' });
    // An entry carries its own version: correcting it does not make the exercise's setup stale.
    expect(disk().exercises.find((e) => e.id === exerciseId)!.version).toBe(exerciseBefore);
    const stale = await post('exercises.updateEntry', { id: exerciseId, entryId, version: 1, text: 'Radio channel for outreach' });
    expect(stale.status).toBe(409);
    expect(stale.body.error!.current).toMatchObject({ id: entryId, version: 2, type: 'decision' });
    expect((await post('exercises.deleteEntry', { id: exerciseId, entryId, version: 1 })).status).toBe(409);
    await ok('exercises.deleteEntry', { id: exerciseId, entryId, version: 2 });
    expect(entries()).toHaveLength(0);
  });

  it('links: one per need and service, version-checked when changed', async () => {
    const need = await ok('needs.create', { title: 'Safe passage on 63rd', source: 'manual' });
    const service = await ok('resources.saveService', { organizationId: orgId, name: 'Safe passage walkers' });
    const link = await ok('links.set', { needId: need.id, serviceId: service.id, coverage: 'partial', clientId: randomUUID() });
    expect(link.version).toBe(1);
    const full = await ok('links.set', { needId: need.id, serviceId: service.id, coverage: 'full', version: 1 });
    expect(full).toMatchObject({ id: link.id, version: 2, coverage: 'full' });
    expect((await post('links.set', { needId: need.id, serviceId: service.id, coverage: 'partial', version: 1 })).status).toBe(409);
    expect((await post('links.delete', { id: link.id, version: 1 })).status).toBe(409);
    await ok('links.delete', { id: link.id, version: 2 });
  });
});

describe('questions in a live room', () => {
  beforeAll(async () => {
    if (!townhallId) await setUp();
  });

  it('one moderator answers, another changes the topic from the same version: the second conflicts and the answer is kept', async () => {
    const q = await ok('questions.create', { townhallId, text: 'Is the park field house open late?', clientId: randomUUID() });
    await ok('questions.update', { id: q.id, version: q.version, answer: 'Until 9 p.m. from June.', status: 'answered-live' });
    const second = await post('questions.update', { id: q.id, version: q.version, topicId: 'topic-youth' });
    expect(second.status).toBe(409);
    expect(second.body.error!.current).toMatchObject({ answer: 'Until 9 p.m. from June.', status: 'answered-live', topicId: null, version: 2 });
    // Saving again against the version the conflict showed keeps both.
    const both = await ok('questions.update', { id: q.id, version: 2, topicId: 'topic-youth' });
    expect(both).toMatchObject({ answer: 'Until 9 p.m. from June.', topicId: 'topic-youth', version: 3 });
  });

  it('"me too" is additive: it never conflicts and never makes an edit stale', async () => {
    const q = await ok('questions.create', { townhallId, text: 'More lights on Halsted', clientId: randomUUID() });
    await Promise.all(Array.from({ length: 5 }, () => ok('questions.meToo', { id: q.id })));
    const edited = await ok('questions.update', { id: q.id, version: 1, text: 'More streetlights on Halsted' });
    expect(edited).toMatchObject({ meToo: 5, version: 2, text: 'More streetlights on Halsted' });
  });

  it('a merge names the versions it was based on', async () => {
    const a = await ok('questions.create', { townhallId, text: 'Lights on 63rd', clientId: randomUUID() });
    const b = await ok('questions.create', { townhallId, text: 'Streetlights 63rd', clientId: randomUUID() });
    await ok('questions.update', { id: b.id, version: 1, text: 'Streetlights out on 63rd' });
    expect((await post('questions.merge', { targetId: a.id, sourceIds: [b.id], versions: { [a.id]: 1, [b.id]: 1 } })).status).toBe(409);
    const merged = await ok<{ target: Rec; merged: Rec[] }>('questions.merge', { targetId: a.id, sourceIds: [b.id], versions: { [a.id]: 1, [b.id]: 2 } });
    expect(merged.merged[0]).toMatchObject({ id: b.id, status: 'merged', version: 3 });
  });

  it('an update without a version, or a save of an existing record without one, is refused as invalid input', async () => {
    const q = await ok('questions.create', { townhallId, text: 'Bus stop lighting' });
    const missing = await post('questions.update', { id: q.id, text: 'Bus stop lights' });
    expect(missing.status).toBe(400);
    const org = await ok('resources.saveOrganization', { name: 'Parents for Peace' });
    const save = await post('resources.saveOrganization', { id: org.id, name: 'Parents for Peace Englewood' });
    expect(save.status).toBe(400);
    expect((await post('townhalls.create', { title: 'x', date: '2025-03-14', clientId: 'not-a-uuid' })).status).toBe(400);
  });
});
