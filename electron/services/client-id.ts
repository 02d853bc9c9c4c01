/**
 * Idempotent creates (DESIGN.md "The room"): every create may carry a `clientId` made on the device,
 * and a create repeated with the same clientId answers the record stored the first time. This is
 * the one place that rule lives for questions (issue 12 needed it before the general `clientId`
 * on every create, issue 9's `versions` work, landed: that work should build on or replace this).
 *
 * The scope is the town hall: two town halls never share a question, so a clientId is looked up
 * among that town hall's questions only.
 */
export function findByClientId<T extends { townhallId: string; clientId: string | null }>(records: readonly T[], townhallId: string, clientId: string | null | undefined): T | undefined {
  if (!clientId) return undefined;
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r.clientId === clientId && r.townhallId === townhallId) return r;
  }
  return undefined;
}
