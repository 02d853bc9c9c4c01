import { Workspace, migrate, UnsupportedVersionError, CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { issuesFrom } from '../../../shared/contract';

export type LoadOutcome =
  | { ok: true; workspace: Workspace; migratedFrom: number; journalSeq: number }
  | { ok: false; kind: 'corrupt'; reason: string }
  | { ok: false; kind: 'newer'; reason: string };

/**
 * Parses, upgrades and validates a data file's text. Pure: no disk, no clock. `journalSeq` is the
 * sequence number of the last journal record folded into the file (0 for files older than it).
 */
export function loadWorkspace(text: string): LoadOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'the file is empty' : `it is not valid JSON (${(error as Error).message})`;
    return { ok: false, kind: 'corrupt', reason: `The data file could not be read: ${detail}.` };
  }
  let migrated;
  try {
    migrated = migrate(raw);
  } catch (error) {
    if (error instanceof UnsupportedVersionError && typeof error.found === 'number' && error.found > CURRENT_SCHEMA_VERSION) {
      return { ok: false, kind: 'newer', reason: error.message };
    }
    return { ok: false, kind: 'corrupt', reason: `The data file could not be read: ${(error as Error).message}` };
  }
  const parsed = Workspace.safeParse(migrated.data);
  if (!parsed.success) {
    const first = issuesFrom(parsed.error)[0];
    return {
      ok: false,
      kind: 'corrupt',
      reason: `The data file does not match Convene's data format (${first ? `${first.path}: ${first.message}` : 'unknown problem'}).`,
    };
  }
  const seq = (raw as { journalSeq?: unknown }).journalSeq;
  return { ok: true, workspace: parsed.data, migratedFrom: migrated.from, journalSeq: Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : 0 };
}
