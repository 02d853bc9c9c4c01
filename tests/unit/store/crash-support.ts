import { nodeFileSystem, type FileSystem } from '../../../electron/services/store/file-system';
import { migrate, Workspace, type Area } from '../../../shared/model';
import type { Store } from '../../../electron/services/store/store';

/**
 * A file system whose fsyncs return at once: crash tests model a crash by cutting bytes
 * themselves, so durability calls only cost time here.
 */
export const noSyncFs: FileSystem = {
  ...nodeFileSystem,
  open: (async (...args: Parameters<typeof nodeFileSystem.open>) => {
    const handle = await nodeFileSystem.open(...args);
    handle.sync = async () => {};
    handle.datasync = async () => {};
    return handle;
  }) as FileSystem['open'],
};

/** An empty workspace: opening it costs little, so thousands of opens fit in a few seconds. */
export const emptySeed = () => Workspace.parse(migrate({ schemaVersion: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', areas: [] }).data);

export function putArea(store: Store, id: string, name: string, number: number): Promise<void> {
  return store.mutate((ws) => {
    const at = '2026-01-01T00:00:00.000Z';
    const area: Area = { id, number, name, priority: false, createdAt: at, updatedAt: at };
    const i = ws.areas.findIndex((a) => a.id === id);
    const areas = i < 0 ? [...ws.areas, area] : ws.areas.map((a, k) => (k === i ? area : a));
    return { next: { ...ws, areas }, result: undefined };
  });
}

export function deleteArea(store: Store, id: string): Promise<void> {
  return store.mutate((ws) => ({ next: { ...ws, areas: ws.areas.filter((a) => a.id !== id) }, result: undefined }));
}

/** The areas as id → name. */
export const namesOf = (ws: { areas: { id: string; name: string }[] }) => new Map(ws.areas.map((a) => [a.id, a.name]));
