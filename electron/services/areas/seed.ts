import { randomUUID } from 'node:crypto';
import chicagoCsv from './chicago-community-areas.csv?raw';
import { parseAreasCsv } from '../../../shared/logic';
import { migrate, Workspace } from '../../../shared/model';

/**
 * A new workspace: Chicago's 77 community areas, which the user can replace with another city's.
 * Written as a version-1 file and upgraded, so a new workspace is exactly what an upgraded one is.
 */
export function seedWorkspace(now: Date): Workspace {
  const at = now.toISOString();
  const { areas, errors } = parseAreasCsv(chicagoCsv);
  if (errors.length > 0) throw new Error(`The shipped area list is invalid: ${errors[0].message}`);
  const v1 = {
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    areas: areas.map((a) => ({ id: randomUUID(), ...a, createdAt: at, updatedAt: at })),
  };
  return Workspace.parse(migrate(v1).data);
}
