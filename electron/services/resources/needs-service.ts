import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { newNeed } from '../../../shared/logic';
import type { CoverLink, Need, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import type { StoreTx } from '../store/store-tx';
import { getById } from './find';

function checkNeedRefs(tx: StoreTx, n: { categoryId?: string | null; areaId?: string | null }): void {
  if (n.categoryId) getById(tx, 'categories', n.categoryId, 'category');
  if (n.areaId) getById(tx, 'areas', n.areaId, 'community area');
}

// Needs and links are written by id (store.change): a write costs its records, not the workspace.

export const needsHandlers: Pick<Handlers, 'needs.list' | 'needs.create' | 'needs.update' | 'needs.delete' | 'links.list' | 'links.set' | 'links.delete'> = {
  'needs.list': async (_input, { store }) => [...store.data.needs].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),

  'needs.create': (input, { store, now }) =>
    store.change((tx) => {
      const earlier = byClientId(tx.data.needs, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      checkNeedRefs(tx, input);
      const { clientId, ...draft } = input;
      const made = newNeed(draft, randomUUID(), now());
      const need = tx.put('needs', clientId ? { ...made, clientId } : made);
      tx.set('updatedAt', need.createdAt);
      return { result: need, change: { type: 'changed', collection: 'needs', ids: [need.id] } };
    }),

  'needs.update': (input, { store, now }) =>
    store.change((tx) => {
      const old = expectVersion(getById(tx, 'needs', input.id, 'need'), input.version, 'need');
      checkNeedRefs(tx, input);
      const at = now().toISOString();
      const { id: _id, version: _version, ...changes } = input;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const need = tx.put('needs', { ...old, ...defined, updatedAt: at } as Need);
      tx.set('updatedAt', at);
      return { result: need, change: { type: 'changed', collection: 'needs', ids: [need.id] } };
    }),

  'needs.delete': (input, { store, now }) =>
    store.change((tx) => {
      const need = expectVersion(getById(tx, 'needs', input.id, 'need'), input.version, 'need');
      for (const l of tx.data.links.filter((x) => x.needId === need.id)) tx.delete('links', l.id);
      tx.delete('needs', need.id);
      tx.set('updatedAt', now().toISOString());
      return { result: { deleted: true as const, id: need.id }, change: { type: 'changed', collection: 'needs', ids: [need.id] } };
    }),

  'links.list': async (_input, { store }) => store.data.links,

  'links.set': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const need = getById(tx, 'needs', input.needId, 'need');
      const service = getById(tx, 'services', input.serviceId, 'service');
      if (service.status === 'defunct') throw new ApiError('conflict', `${service.name} is defunct and cannot cover a need.`);
      const at = now().toISOString();
      const old = ws.links.find((l) => l.needId === need.id && l.serviceId === service.id);
      // One link per need and service: a repeated create (same clientId or not) changes that link.
      if (old) expectVersion(old, input.version, 'link');
      const link: CoverLink = old
        ? { ...old, coverage: input.coverage, note: input.note || old.note, updatedAt: at }
        : { version: 1, ...(input.clientId ? { clientId: input.clientId } : {}), id: randomUUID(), needId: need.id, serviceId: service.id, coverage: input.coverage, note: input.note, createdAt: at, updatedAt: at };
      const stored = tx.put('links', link);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'links', ids: [link.id] } };
    }),

  'links.delete': (input, { store, now }) =>
    store.change((tx) => {
      const link = expectVersion(getById(tx, 'links', input.id, 'link'), input.version, 'link');
      tx.delete('links', link.id);
      tx.set('updatedAt', now().toISOString());
      return { result: { deleted: true as const, id: link.id }, change: { type: 'changed', collection: 'links', ids: [link.id] } };
    }),
};
