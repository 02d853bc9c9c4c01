/**
 * The field-by-field comparison behind the conflict dialog (pure, no React).
 *
 * An editor describes its record as flat field values (`Record<field, value>`, values any JSON).
 * When a save answers 409 `conflict`, three versions of those values exist: `base` (what the
 * editor loaded), `mine` (what the person is saving) and `theirs` (the record as stored now).
 * Every field where `mine` and `theirs` differ is shown with both values; the side that changed it
 * since `base` is chosen for the person, and a field both sides changed waits for their choice.
 * Fields equal on both sides need no choice. Values are compared as JSON.
 */

export type FieldValues = Record<string, unknown>;
export type Side = 'mine' | 'theirs';

export interface FieldDifference {
  key: string;
  mine: unknown;
  theirs: unknown;
  /** Changed by this editor since it loaded the record. */
  changedByMe: boolean;
  /** Changed by someone else since this editor loaded the record. */
  changedByThem: boolean;
  /** The side kept unless the person chooses otherwise; null when both changed it. */
  suggested: Side | null;
}

/** Whether two field values are the same (JSON equality; `undefined`, null and '' stay distinct). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null) && (a === undefined) === (b === undefined);
}

/** The fields where `mine` and `theirs` differ, in `mine`'s key order (then keys only `theirs` has). */
export function differingFields(base: FieldValues, mine: FieldValues, theirs: FieldValues): FieldDifference[] {
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  const out: FieldDifference[] = [];
  for (const key of keys) {
    if (sameValue(mine[key], theirs[key])) continue;
    const changedByMe = !sameValue(base[key], mine[key]);
    const changedByThem = !sameValue(base[key], theirs[key]);
    out.push({ key, mine: mine[key], theirs: theirs[key], changedByMe, changedByThem, suggested: changedByMe && changedByThem ? null : changedByMe ? 'mine' : 'theirs' });
  }
  return out;
}

/** `theirs` with the fields the person chose to keep from `mine` (fields equal on both sides stay). */
export function applyChoices(mine: FieldValues, theirs: FieldValues, choices: Record<string, Side>): FieldValues {
  const out: FieldValues = { ...theirs };
  for (const key of Object.keys(mine)) if (choices[key] === 'mine') out[key] = mine[key];
  for (const key of Object.keys(mine)) if (!(key in theirs)) out[key] = choices[key] === 'theirs' ? undefined : mine[key];
  return out;
}

/** The starting choices: each differing field's suggested side (fields both changed stay unchosen). */
export function suggestedChoices(diffs: readonly FieldDifference[]): Record<string, Side> {
  const out: Record<string, Side> = {};
  for (const d of diffs) if (d.suggested) out[d.key] = d.suggested;
  return out;
}
