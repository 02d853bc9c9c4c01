import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { injectCount, scenarioToYaml, slugify } from '../../../shared/logic';
import { runImport } from '../imports/import-pool';
import type { Scenario, ScenarioContent, StoredScenario, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import type { StoreTx } from '../store/store-tx';
import { byClientId, expectVersion } from '../versioning';
import { isShipped, shippedScenarios } from './shipped-scenarios';

const usedBy = (ws: Workspace, id: string) => ws.exercises.filter((e) => e.scenarioId === id).length;
const withUse = (ws: Workspace, s: StoredScenario, builtIn: boolean): Scenario => ({ ...s, builtIn, usedBy: usedBy(ws, s.id) });

export function findScenario(ws: Workspace, id: string): Scenario {
  const shipped = shippedScenarios().find((s) => s.id === id);
  if (shipped) return withUse(ws, shipped, true);
  const own = ws.scenarios.find((s) => s.id === id);
  if (!own) throw new ApiError('not_found', 'That scenario no longer exists.');
  return withUse(ws, own, false);
}

function ownScenario(tx: StoreTx, id: string): StoredScenario {
  if (isShipped(id)) throw new ApiError('conflict', 'Shipped scenarios cannot be changed. Duplicate it to make your own version.');
  const s = tx.get('scenarios', id);
  if (!s) throw new ApiError('not_found', 'That scenario no longer exists.');
  return s;
}

/** "Copy of …" in both languages, so a duplicate is told apart from its original in the library. */
function copyTitle(content: ScenarioContent): ScenarioContent {
  const t = content.overview.title;
  return {
    ...content,
    overview: { ...content.overview, title: { en: `Copy of ${t.en}`.slice(0, 200), ...(t.es ? { es: `Copia de ${t.es}`.slice(0, 200) } : {}) } },
  };
}

/** Adds a scenario by id (store.change): the cost of the scenario, not of the library. */
function addScenario(tx: StoreTx, content: ScenarioContent, basedOn: string | null, at: string, clientId?: string) {
  const ws = tx.data;
  const earlier = byClientId(ws.scenarios, clientId);
  if (earlier) return { result: withUse(ws, earlier, false), change: [] };
  const record = tx.put('scenarios', { id: randomUUID(), ...(clientId ? { clientId } : {}), content, basedOn, version: 1, createdAt: at, updatedAt: at } as StoredScenario);
  tx.set('updatedAt', at);
  return {
    result: withUse(ws, record, false),
    change: { type: 'changed' as const, collection: 'scenarios', ids: [record.id] },
  };
}

export const scenariosHandlers: Pick<
  Handlers,
  'scenarios.list' | 'scenarios.get' | 'scenarios.create' | 'scenarios.duplicate' | 'scenarios.update' | 'scenarios.delete' | 'scenarios.import' | 'scenarios.export'
> = {
  'scenarios.list': async (_input, { store }) => {
    const ws = store.data;
    return [...shippedScenarios().map((s) => withUse(ws, s, true)), ...ws.scenarios.map((s) => withUse(ws, s, false))];
  },

  'scenarios.get': async (input, { store }) => findScenario(store.data, input.id),

  'scenarios.create': (input, { store, now }) => store.change((tx) => addScenario(tx, input.content, null, now().toISOString(), input.clientId)),

  'scenarios.duplicate': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.scenarios, input.clientId);
      if (earlier) return { result: withUse(ws, earlier, false), change: [] };
      const source = findScenario(ws, input.id);
      return addScenario(tx, copyTitle(source.content), source.id, now().toISOString(), input.clientId);
    }),

  'scenarios.update': (input, { store, now }) =>
    store.change((tx) => {
      const current = expectVersion(ownScenario(tx, input.id), input.version, 'scenario');
      const at = now().toISOString();
      const updated = tx.put('scenarios', { ...current, content: input.content, version: current.version + 1, updatedAt: at });
      tx.set('updatedAt', at);
      return {
        result: withUse(tx.data, updated, false),
        change: { type: 'changed', collection: 'scenarios', ids: [updated.id] },
      };
    }),

  // Exercises keep their own copy of the scenario they ran, so deleting a used scenario is safe.
  'scenarios.delete': (input, { store, now }) =>
    store.change((tx) => {
      const s = expectVersion(ownScenario(tx, input.id), input.version, 'scenario');
      const at = now().toISOString();
      tx.delete('scenarios', s.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: s.id },
        change: { type: 'changed', collection: 'scenarios', ids: [s.id] },
      };
    }),

  'scenarios.import': async (input, { store, now }) => {
    // Decoded and parsed in the import worker: a big YAML file or MSEL never holds up a save.
    const read = await runImport({ kind: 'scenario', bytes: Buffer.from(input.base64, 'base64'), format: input.format, fileName: input.fileName, mapping: input.mapping });
    const file = { reading: read.reading, headers: read.headers, mapping: read.mapping };
    if (!read.content) return { applied: false, scenarioId: null, title: '', modules: 0, injects: 0, issues: read.issues, ...file };
    const content = read.content;
    const summary = { title: content.overview.title.en, modules: content.modules.length, injects: injectCount(content), issues: [], ...file };
    if (input.dryRun) return { applied: false, scenarioId: null, ...summary };
    const created = await store.change((tx) => addScenario(tx, content, null, now().toISOString()));
    return { applied: true, scenarioId: created.id, ...summary };
  },

  'scenarios.export': async (input, { store }) => {
    const s = findScenario(store.data, input.id);
    return { fileName: `${slugify(s.content.overview.title.en)}.yaml`, yaml: scenarioToYaml(s.content) };
  },
};
