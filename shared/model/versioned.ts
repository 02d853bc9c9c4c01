import { z } from 'zod';

/**
 * Record versions and client-made ids: the two rules that keep concurrent edits and retries safe.
 *
 * - `version`: an integer on every stored record, 1 when created, one more at each change
 *   (`shared/logic/versions.ts` stamps it, whatever service made the change). Every update input
 *   names the version it was based on; a stale one answers `conflict` (HTTP 409) carrying the
 *   current record. Additive operations ("me too") are commutative and never version-checked.
 * - `clientId`: a UUID made by the client for each create (optional for scripts, always sent by the
 *   UI). It is kept on the created record, so a repeat of the same create (a retry after a lost
 *   answer, a reload, a restart of the host) answers the first result instead of storing twice.
 */
export const Version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export type Version = z.infer<typeof Version>;

/** A client-made record key: a UUID (any version), compared in lower case. */
export const RecordClientId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID')
  .transform((s) => s.toLowerCase());
export type RecordClientId = z.infer<typeof RecordClientId>;

/**
 * The fields every stored record carries: its version and, when a client made it, its clientId.
 * A record without a version reads as version 1: the upgrade step gives every stored record one,
 * and this also covers records an older Convene left in the change journal (replayed after the
 * upgraded snapshot).
 */
export const versionedFields = {
  version: Version.default(1),
  clientId: z.string().max(100).optional(),
};

/** Input field of every update: the version the edit was based on (required). */
export const basedOn = { version: Version };

/** Input field of deletes and domain verbs: the version the action was based on, checked when given. */
export const basedOnOptional = { version: Version.optional() };

/** Input field of every create: the client's id for this create, so a repeat answers the first result. */
export const createdBy = { clientId: RecordClientId.optional() };
