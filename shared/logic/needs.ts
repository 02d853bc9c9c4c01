import { NeedDraft, type Need, type Workspace } from '../model';

/**
 * Makes a need record from a draft. Pure: the caller gives the id and time. Exercise capture,
 * town-hall promotion and the needs screen all create needs through this one function.
 */
export function newNeed(draft: NeedDraft, id: string, now: Date): Need {
  const d = NeedDraft.parse(draft);
  const at = now.toISOString();
  return { version: 1, id, ...d, status: 'open', createdAt: at, updatedAt: at };
}

/** Adds evidence to a need unless it already carries the same record. */
export function withEvidence(need: Need, evidence: Need['evidence'][number], now: Date): Need {
  const same = need.evidence.some((e) => JSON.stringify(e) === JSON.stringify(evidence));
  return same ? need : { ...need, evidence: [...need.evidence, evidence], updatedAt: now.toISOString() };
}

/** Needs that cite a given record as evidence, e.g. the needs a town-hall question raised. */
export function needsCiting(workspace: Workspace, match: (e: Need['evidence'][number]) => boolean): Need[] {
  return workspace.needs.filter((n) => n.evidence.some(match));
}
