import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { areaUsage, nextAreaNumber, sortAreas } from '../../../shared/logic';
import { runImport } from '../imports/import-pool';
import type { Area } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function findArea(areas: Area[], id: string): Area {
  const area = areas.find((a) => a.id === id);
  if (!area) throw ApiError.localized('not_found', 'areas.notFound', undefined, 'That community area no longer exists.');
  return area;
}

function assertUnique(areas: Area[], candidate: { id?: string; number: number; name: string }): void {
  const byNumber = areas.find((a) => a.id !== candidate.id && a.number === candidate.number);
  if (byNumber) throw ApiError.localized('conflict', 'areas.numberTaken', { number: candidate.number, name: byNumber.name }, `Area number ${candidate.number} is already used by ${byNumber.name}.`);
  const byName = areas.find((a) => a.id !== candidate.id && sameName(a.name, candidate.name));
  if (byName) throw ApiError.localized('conflict', 'areas.nameTaken', { name: byName.name, number: byName.number }, `An area named ${byName.name} already exists (number ${byName.number}).`);
}

export const areasHandlers: Pick<Handlers, 'areas.list' | 'areas.create' | 'areas.update' | 'areas.delete' | 'areas.import'> = {
  'areas.list': async (_input, { store }) => sortAreas(store.data.areas),

  'areas.create': (input, { store, now }) =>
    // Areas are written by id (store.change); replacing the whole list from a CSV stays one bulk write.
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.areas, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const at = now().toISOString();
      const area: Area = {
        version: 1,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        id: randomUUID(),
        number: input.number ?? nextAreaNumber(ws.areas),
        name: input.name,
        priority: input.priority,
        createdAt: at,
        updatedAt: at,
      };
      assertUnique(ws.areas, area);
      const stored = tx.put('areas', area);
      tx.set('updatedAt', at);
      return {
        result: stored,
        change: { type: 'changed', collection: 'areas', ids: [area.id] },
      };
    }),

  'areas.update': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const current = expectVersion(tx.get('areas', input.id) ?? findArea(ws.areas, input.id), input.version, 'area');
      const at = now().toISOString();
      const updated: Area = {
        ...current,
        name: input.name ?? current.name,
        number: input.number ?? current.number,
        priority: input.priority ?? current.priority,
        updatedAt: at,
      };
      assertUnique(ws.areas, updated);
      const stored = tx.put('areas', updated);
      tx.set('updatedAt', at);
      return {
        result: stored,
        change: { type: 'changed', collection: 'areas', ids: [updated.id] },
      };
    }),

  'areas.delete': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const area = expectVersion(tx.get('areas', input.id) ?? findArea(ws.areas, input.id), input.version, 'area');
      const uses = areaUsage(ws, area.id);
      if (uses.length > 0) {
        const count = uses.reduce((n, u) => n + u.count, 0);
        const list = uses.map((u) => `${u.count} ${u.collection}`).join(', ');
        throw ApiError.localized('conflict', 'areas.inUse', { name: area.name, count }, `${area.name} is used by ${list}; it cannot be deleted.`);
      }
      tx.delete('areas', area.id);
      tx.set('updatedAt', now().toISOString());
      return {
        result: { deleted: true as const, id: area.id },
        change: { type: 'changed', collection: 'areas', ids: [area.id] },
      };
    }),

  'areas.import': async (input, { store, now }) => {
    // Decoded and parsed in the import worker (see ../imports/import-pool.ts).
    const { areas, errors, reading } = await runImport({ kind: 'areas', bytes: Buffer.from(input.base64, 'base64'), fileName: input.fileName });
    const preview = { areas, errors, reading };
    if (errors.length > 0 || input.dryRun) return { applied: false, ...preview };
    return store.mutate((ws) => {
      // Areas keep their id when the number matches, so records that use them stay linked.
      const byNumber = new Map(ws.areas.map((a) => [a.number, a]));
      const kept = new Set(areas.map((a) => a.number));
      const dropped = ws.areas.filter((a) => !kept.has(a.number) && areaUsage(ws, a.id).length > 0);
      if (dropped.length > 0) {
        const list = dropped.map((a) => `${a.number} ${a.name}`).join(', ');
        throw ApiError.localized(
          'conflict',
          'areas.importDropsUsed',
          { list },
          `The new list leaves out areas that records use: ${list}. Add them to the file or move those records first.`,
        );
      }
      const at = now().toISOString();
      const next: Area[] = areas.map((a) => {
        const old = byNumber.get(a.number);
        return old
          ? { ...old, name: a.name, priority: a.priority, updatedAt: at }
          : { version: 1, id: randomUUID(), ...a, createdAt: at, updatedAt: at };
      });
      return {
        next: { ...ws, updatedAt: at, areas: next },
        result: { applied: true, ...preview },
        change: { type: 'changed', collection: 'areas' },
      };
    });
  },
};
