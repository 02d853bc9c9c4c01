import { randomUUID } from 'node:crypto';
import { ApiError, refusedField } from '../../../shared/contract';
import { matchKey } from '../../../shared/logic';
import type { Category, Location, Organization, Service, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion, requireVersion } from '../versioning';
import type { StoreTx } from '../store/store-tx';
import { getById } from './find';

type DirectoryHandlers = Pick<
  Handlers,
  | 'resources.list'
  | 'resources.saveOrganization'
  | 'resources.deleteOrganization'
  | 'resources.saveService'
  | 'resources.deleteService'
  | 'resources.saveLocation'
  | 'resources.deleteLocation'
  | 'resources.saveCategory'
  | 'resources.deleteCategory'
>;

/** Ids a service points at must exist: a typo'd id is refused, never stored. */
function checkServiceRefs(tx: StoreTx, s: { organizationId: string; categoryIds: string[]; areaIds: string[]; locationIds: string[] }): void {
  getById(tx, 'organizations', s.organizationId, 'organization');
  const missing = (ids: string[], c: 'categories' | 'areas' | 'locations') => ids.filter((id) => !tx.get(c, id));
  if (missing(s.categoryIds, 'categories').length) throw refusedField('categoryIds', 'unknownCategory', 'One of the chosen categories no longer exists. Reload and choose again.');
  if (missing(s.areaIds, 'areas').length) throw refusedField('areaIds', 'unknownArea', 'One of the chosen community areas no longer exists. Reload and choose again.');
  if (missing(s.locationIds, 'locations').length) throw new ApiError('invalid_input', 'One of the chosen locations no longer exists. Reload and choose again.');
}

const uniq = (ids: string[]) => [...new Set(ids)];

/** The version and clientId a saved record carries: the stored record's on an update, 1 and the client's on a create. */
function keys(old: { version: number; clientId?: string } | null, clientId: string | undefined): { version: number; clientId?: string } {
  if (old) return old.clientId ? { version: old.version, clientId: old.clientId } : { version: old.version };
  return clientId ? { version: 1, clientId } : { version: 1 };
}

export const directoryHandlers: DirectoryHandlers = {
  'resources.list': async (_input, { store }) => {
    const ws = store.data;
    return { organizations: ws.organizations, services: ws.services, locations: ws.locations, categories: ws.categories, imports: ws.imports };
  },

  'resources.saveOrganization': (input, { store, now }) =>
    // Directory records are written by id (store.change): a save costs its record, not the directory.
    store.change((tx) => {
      const ws = tx.data;
      const earlier = input.id ? undefined : byClientId(ws.organizations, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const at = now().toISOString();
      const old = input.id ? expectVersion(getById(tx, 'organizations', input.id, 'organization'), requireVersion(input.version), 'organization') : null;
      const { id: _id, version: _version, clientId, ...fields } = input;
      const org: Organization = { ...fields, phones: fields.phones ?? old?.phones ?? [], ...keys(old, clientId), id: old?.id ?? randomUUID(), createdAt: old?.createdAt ?? at, updatedAt: at };
      const clash = ws.organizations.find((o) => o.id !== org.id && matchKey(o.name) === matchKey(org.name));
      if (clash) throw new ApiError('conflict', `An organization named ${clash.name} already exists.`);
      const stored = tx.put('organizations', org);
      tx.set('updatedAt', at);
      return {
        result: stored,
        change: { type: 'changed', collection: 'resources', ids: [org.id] },
      };
    }),

  'resources.deleteOrganization': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const org = expectVersion(getById(tx, 'organizations', input.id, 'organization'), input.version, 'organization');
      const services = ws.services.filter((s) => s.organizationId === org.id).length;
      if (services > 0) throw new ApiError('conflict', `${org.name} still has ${services} service${services === 1 ? '' : 's'}; delete or move them first.`);
      const at = now().toISOString();
      for (const l of ws.locations) if (l.organizationId === org.id) tx.put('locations', { ...l, organizationId: null, updatedAt: at });
      tx.delete('organizations', org.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: org.id },
        change: { type: 'changed', collection: 'resources', ids: [org.id] },
      };
    }),

  'resources.saveService': (input, { store, now }) =>
    store.change((tx) => {
      const earlier = input.id ? undefined : byClientId(tx.data.services, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const at = now().toISOString();
      const old = input.id ? expectVersion(getById(tx, 'services', input.id, 'service'), requireVersion(input.version), 'service') : null;
      const { id: _id, version: _version, clientId, ...fields } = input;
      const service: Service = {
        ...fields,
        categoryIds: uniq(fields.categoryIds),
        areaIds: uniq(fields.areaIds),
        locationIds: uniq(fields.locationIds),
        ...keys(old, clientId),
        id: old?.id ?? randomUUID(),
        createdAt: old?.createdAt ?? at,
        updatedAt: at,
      };
      checkServiceRefs(tx, service);
      const stored = tx.put('services', service);
      tx.set('updatedAt', at);
      return {
        result: stored,
        change: { type: 'changed', collection: 'resources', ids: [service.id] },
      };
    }),

  'resources.deleteService': (input, { store, now }) =>
    store.change((tx) => {
      const service = expectVersion(getById(tx, 'services', input.id, 'service'), input.version, 'service');
      const at = now().toISOString();
      for (const l of tx.data.links.filter((x) => x.serviceId === service.id)) tx.delete('links', l.id);
      tx.delete('services', service.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: service.id },
        change: { type: 'changed', collection: 'resources', ids: [service.id] },
      };
    }),

  'resources.saveLocation': (input, { store, now }) =>
    store.change((tx) => {
      const earlier = input.id ? undefined : byClientId(tx.data.locations, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const at = now().toISOString();
      const old = input.id ? expectVersion(getById(tx, 'locations', input.id, 'location'), requireVersion(input.version), 'location') : null;
      if (input.organizationId) getById(tx, 'organizations', input.organizationId, 'organization');
      if (input.areaId) getById(tx, 'areas', input.areaId, 'community area');
      const { id: _id, version: _version, clientId, ...fields } = input;
      const location: Location = { ...fields, phones: fields.phones ?? old?.phones ?? [], schedules: fields.schedules ?? old?.schedules ?? [], ...keys(old, clientId), id: old?.id ?? randomUUID(), createdAt: old?.createdAt ?? at, updatedAt: at };
      const stored = tx.put('locations', location);
      tx.set('updatedAt', at);
      return {
        result: stored,
        change: { type: 'changed', collection: 'resources', ids: [location.id] },
      };
    }),

  'resources.deleteLocation': (input, { store, now }) =>
    store.change((tx) => {
      const location = expectVersion(getById(tx, 'locations', input.id, 'location'), input.version, 'location');
      const at = now().toISOString();
      for (const s of tx.data.services) if (s.locationIds.includes(location.id)) tx.put('services', { ...s, locationIds: s.locationIds.filter((l) => l !== location.id), updatedAt: at });
      tx.delete('locations', location.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: location.id },
        change: { type: 'changed', collection: 'resources', ids: [location.id] },
      };
    }),

  'resources.saveCategory': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const earlier = input.id ? undefined : byClientId(ws.categories, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const old = input.id ? expectVersion(getById(tx, 'categories', input.id, 'category'), requireVersion(input.version), 'category') : null;
      const code = input.code ?? old?.code ?? matchKey(input.name.en).replace(/ /g, '-').slice(0, 90);
      const category: Category = { ...keys(old, input.clientId), id: old?.id ?? `cat-${randomUUID()}`, code: code || `category-${ws.categories.length + 1}`, name: input.name, parentId: input.parentId };
      const clash = ws.categories.find((c) => c.id !== category.id && (c.code === category.code || matchKey(c.name.en) === matchKey(category.name.en)));
      if (clash) throw new ApiError('conflict', `The category ${clash.name.en} already uses that name or code.`);
      if (category.parentId) getById(tx, 'categories', category.parentId, 'parent category');
      const stored = tx.put('categories', category);
      tx.set('updatedAt', now().toISOString());
      return {
        result: stored,
        change: { type: 'changed', collection: 'categories', ids: [category.id] },
      };
    }),

  'resources.deleteCategory': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const category = expectVersion(getById(tx, 'categories', input.id, 'category'), input.version, 'category');
      const services = ws.services.filter((s) => s.categoryIds.includes(category.id)).length;
      const needs = ws.needs.filter((n) => n.categoryId === category.id).length;
      if (services + needs > 0) {
        throw new ApiError('conflict', `${category.name.en} is used by ${services} service${services === 1 ? '' : 's'} and ${needs} need${needs === 1 ? '' : 's'}; it cannot be deleted.`);
      }
      for (const c of ws.categories) if (c.parentId === category.id) tx.put('categories', { ...c, parentId: null });
      tx.delete('categories', category.id);
      tx.set('updatedAt', now().toISOString());
      return {
        result: { deleted: true as const, id: category.id },
        change: { type: 'changed', collection: 'categories', ids: [category.id] },
      };
    }),
};
