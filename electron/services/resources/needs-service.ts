import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { newNeed } from '../../../shared/logic';
import type { CoverLink, Need, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import { findById, replaceById } from './find';

function checkNeedRefs(ws: Workspace, n: { categoryId?: string | null; areaId?: string | null }): void {
  if (n.categoryId) findById(ws.categories, n.categoryId, 'category');
  if (n.areaId) findById(ws.areas, n.areaId, 'community area');
}

export const needsHandlers: Pick<Handlers, 'needs.list' | 'needs.create' | 'needs.update' | 'needs.delete' | 'links.list' | 'links.set' | 'links.delete'> = {
  'needs.list': async (_input, { store }) => [...store.data.needs].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),

  'needs.create': (input, { store, now }) =>
    store.mutate((ws) => {
      const earlier = byClientId(ws.needs, input.clientId);
      if (earlier) return { next: ws, result: earlier };
      checkNeedRefs(ws, input);
      const { clientId, ...draft } = input;
      const made = newNeed(draft, randomUUID(), now());
      const need: Need = clientId ? { ...made, clientId } : made;
      return { next: { ...ws, updatedAt: need.createdAt, needs: [...ws.needs, need] }, result: need, change: { type: 'changed', collection: 'needs', ids: [need.id] } };
    }),

  'needs.update': (input, { store, now }) =>
    store.mutate((ws) => {
      const old = expectVersion(findById(ws.needs, input.id, 'need'), input.version, 'need');
      checkNeedRefs(ws, input);
      const at = now().toISOString();
      const { id: _id, version: _version, ...changes } = input;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const need: Need = { ...old, ...defined, updatedAt: at };
      return { next: { ...ws, updatedAt: at, needs: replaceById(ws.needs, need) }, result: need, change: { type: 'changed', collection: 'needs', ids: [need.id] } };
    }),

  'needs.delete': (input, { store, now }) =>
    store.mutate((ws) => {
      const need = expectVersion(findById(ws.needs, input.id, 'need'), input.version, 'need');
      return {
        next: { ...ws, updatedAt: now().toISOString(), needs: ws.needs.filter((n) => n.id !== need.id), links: ws.links.filter((l) => l.needId !== need.id) },
        result: { deleted: true as const, id: need.id },
        change: { type: 'changed', collection: 'needs', ids: [need.id] },
      };
    }),

  'links.list': async (_input, { store }) => store.data.links,

  'links.set': (input, { store, now }) =>
    store.mutate((ws) => {
      const need = findById(ws.needs, input.needId, 'need');
      const service = findById(ws.services, input.serviceId, 'service');
      if (service.status === 'defunct') throw new ApiError('conflict', `${service.name} is defunct and cannot cover a need.`);
      const at = now().toISOString();
      const old = ws.links.find((l) => l.needId === need.id && l.serviceId === service.id);
      // One link per need and service: a repeated create (same clientId or not) changes that link.
      if (old) expectVersion(old, input.version, 'link');
      const link: CoverLink = old
        ? { ...old, coverage: input.coverage, note: input.note || old.note, updatedAt: at }
        : { version: 1, ...(input.clientId ? { clientId: input.clientId } : {}), id: randomUUID(), needId: need.id, serviceId: service.id, coverage: input.coverage, note: input.note, createdAt: at, updatedAt: at };
      return { next: { ...ws, updatedAt: at, links: old ? replaceById(ws.links, link) : [...ws.links, link] }, result: link, change: { type: 'changed', collection: 'links', ids: [link.id] } };
    }),

  'links.delete': (input, { store, now }) =>
    store.mutate((ws) => {
      const link = expectVersion(findById(ws.links, input.id, 'link'), input.version, 'link');
      return { next: { ...ws, updatedAt: now().toISOString(), links: ws.links.filter((l) => l.id !== link.id) }, result: { deleted: true as const, id: link.id }, change: { type: 'changed', collection: 'links', ids: [link.id] } };
    }),
};
