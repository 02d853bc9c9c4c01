import { randomUUID } from 'node:crypto';
import chicagoCsv from './chicago-community-areas.csv?raw';
import { parseAreasCsv } from '../../../shared/logic';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../../shared/model';

/** A new workspace: Chicago's 77 community areas, which the user can replace with another city's. */
export function seedWorkspace(now: Date): Workspace {
  const at = now.toISOString();
  const { areas, errors } = parseAreasCsv(chicagoCsv);
  if (errors.length > 0) throw new Error(`The shipped area list is invalid: ${errors[0].message}`);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: at,
    updatedAt: at,
    areas: areas.map((a) => ({ id: randomUUID(), ...a, createdAt: at, updatedAt: at })),
  };
}
