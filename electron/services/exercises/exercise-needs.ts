import { randomUUID } from 'node:crypto';
import { newNeed } from '../../../shared/logic';
import type { Entry, Exercise, Need, Workspace } from '../../../shared/model';
import type { StoreTx } from '../store/store-tx';

/** A need's title: the entry's first line, shortened at a word where it is long. */
function titleOf(text: string): string {
  const line = text.split('\n')[0].trim();
  if (line.length <= 160) return line;
  const cut = line.slice(0, 160);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : 160)}…`;
}

const cites = (n: Need, exerciseId: string, entryId: string) => n.evidence.some((ev) => ev.kind === 'exercise-entry' && ev.exerciseId === exerciseId && ev.entryId === entryId);

/**
 * The needs record a captured need becomes: the exercise's area, the category whose code matches
 * the capability being exercised (the default taxonomy uses the same words), and the entry as evidence.
 */
export function needForEntry(ws: Workspace, exercise: Exercise, entry: Pick<Entry, 'id' | 'text' | 'capability'>, now: Date): Need {
  const category = entry.capability ? ws.categories.find((c) => c.code === entry.capability) : undefined;
  return newNeed(
    {
      title: titleOf(entry.text),
      description: entry.text,
      categoryId: category?.id ?? null,
      areaId: exercise.areaId,
      source: 'exercise',
      evidence: [{ kind: 'exercise-entry', exerciseId: exercise.id, entryId: entry.id }],
    },
    randomUUID(),
    now,
  );
}

/**
 * Removes the need an entry made when nothing else cites it and nobody has worked on it; otherwise
 * only the citation. Written by id through `tx`; answers whether a need changed.
 */
export function dropEntryNeed(tx: StoreTx, exercise: Exercise, entry: Entry, now: Date): boolean {
  if (!entry.needId) return false;
  const need = tx.get('needs', entry.needId);
  if (!need) return false;
  const onlyThis = need.evidence.every((ev) => ev.kind === 'exercise-entry' && ev.exerciseId === exercise.id && ev.entryId === entry.id);
  if (onlyThis && need.status === 'open') {
    tx.delete('needs', need.id);
    return true;
  }
  const evidence = need.evidence.filter((ev) => !(ev.kind === 'exercise-entry' && ev.exerciseId === exercise.id && ev.entryId === entry.id));
  tx.put('needs', { ...need, evidence, updatedAt: now.toISOString() });
  return true;
}

/** Keeps the needs record in step with an edited entry (by id, through `tx`): created when it becomes a need, dropped when it stops being one. */
export function syncEntryNeed(tx: StoreTx, exercise: Exercise, before: Entry, after: Entry, now: Date): { entry: Entry; needsChanged: boolean } {
  if (after.type === 'need' && !before.needId) {
    const need = tx.put('needs', needForEntry(tx.data, exercise, after, now));
    return { entry: { ...after, needId: need.id }, needsChanged: true };
  }
  if (after.type !== 'need' && before.needId) {
    dropEntryNeed(tx, exercise, before, now);
    return { entry: { ...after, needId: null }, needsChanged: true };
  }
  if (after.type === 'need' && before.needId && after.text !== before.text) {
    const n = tx.get('needs', before.needId);
    if (n && n.evidence.length === 1 && cites(n, exercise.id, before.id)) tx.put('needs', { ...n, title: titleOf(after.text), description: after.text, updatedAt: now.toISOString() });
    return { entry: after, needsChanged: true };
  }
  return { entry: after, needsChanged: false };
}

/**
 * Deleting an exercise keeps the needs it raised (they are still needs), but their evidence can
 * no longer point at its entries: each citation becomes a note quoting the entry.
 */
export function withoutExerciseNeeds(tx: StoreTx, exercise: Exercise, now: Date): boolean {
  const entries = new Map(exercise.entries.map((e) => [e.id, e]));
  let touched = false;
  // Read-only scan of the needs; only the needs that cite the exercise are written (by id, in place).
  for (const n of tx.data.needs) {
    if (!n.evidence.some((ev) => ev.kind === 'exercise-entry' && ev.exerciseId === exercise.id)) continue;
    touched = true;
    const evidence = n.evidence.map((ev) =>
      ev.kind === 'exercise-entry' && ev.exerciseId === exercise.id
        ? { kind: 'note' as const, text: `${exercise.title} (${exercise.date}): ${entries.get(ev.entryId)?.text ?? ''}`.slice(0, 5000) }
        : ev,
    );
    tx.put('needs', { ...n, evidence, updatedAt: now.toISOString() });
  }
  return touched;
}
