import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract';
import { ConflictDialog } from './ConflictDialog';
import { applyChoices, differingFields, suggestedChoices, type FieldDifference, type FieldValues, type Side } from './field-choices';
import { showValue } from './show-value';

/** What an editor hands to `saveVersioned`: what it loaded, what it saves, and how. */
export interface VersionedSaveRequest<V extends object, R extends { version: number }> {
  /** The field values and version this editor loaded (or last saved): never a refetched copy. */
  base: { values: V; version: number };
  /** The values being saved. */
  mine: V;
  /** A record's values in the editor's fields (used on the record a conflict carries). */
  valuesOf: (record: R) => V;
  /** A field's name as the form labels it. */
  label: (key: string) => string;
  /** A value as a person reads it (a topic's name, not its id); defaults to `showValue`. */
  show?: (key: string, value: unknown) => string | undefined;
  /** The update call, with the version it is based on. */
  save: (values: V, version: number) => Promise<R>;
}

export interface VersionedSaveOutcome<V, R> {
  record: R;
  /** The saved record's values: the editor's new base and form state. */
  values: V;
}

type Pending = { diffs: FieldDifference[]; initial: Record<string, Side>; label: (k: string) => string; show: (k: string, v: unknown) => string; resolve: (c: Record<string, Side> | null) => void };

const isVersioned = (r: unknown): r is { version: number } => typeof r === 'object' && r !== null && typeof (r as { version?: unknown }).version === 'number';

/**
 * Saves an edit of a versioned record (shared/model/versioned.ts). When the record changed since
 * the editor loaded it (409 `conflict` with the current record), the conflict dialog shows both
 * values of every field that differs and the person keeps either, field by field; the result is
 * saved against the current version (and asked again if it moved once more meanwhile).
 *
 * Returns `{ saveVersioned, dialog }`: render `dialog` inside the editor. `saveVersioned` answers
 * the saved record and its values, or null when the person cancelled the dialog (nothing saved,
 * the editor keeps its values). Other errors are thrown as they came.
 */
export function useVersionedSave(): {
  saveVersioned: <V extends object, R extends { version: number }>(request: VersionedSaveRequest<V, R>) => Promise<VersionedSaveOutcome<V, R> | null>;
  dialog: ReactNode;
} {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const lang = useRef(i18n.language);
  lang.current = i18n.language;

  const saveVersioned = useCallback(
    async <V extends object, R extends { version: number }>(request: VersionedSaveRequest<V, R>): Promise<VersionedSaveOutcome<V, R> | null> => {
      let base = request.base;
      let mine = request.mine;
      for (;;) {
        try {
          const record = await request.save(mine, base.version);
          return { record, values: request.valuesOf(record) };
        } catch (e) {
          if (!(e instanceof ApiError) || e.code !== 'conflict' || !isVersioned(e.current)) throw e;
          const current = e.current as R;
          const theirs = request.valuesOf(current);
          const diffs = differingFields(base.values as FieldValues, mine as FieldValues, theirs as FieldValues);
          // Someone else saved exactly what this editor holds: nothing is left to save.
          if (diffs.length === 0) return { record: current, values: theirs };
          const show = (key: string, value: unknown) => request.show?.(key, value) ?? showValue(value, lang.current, t);
          const choices = await new Promise<Record<string, Side> | null>((resolve) => setPending({ diffs, initial: suggestedChoices(diffs), label: request.label, show, resolve }));
          setPending(null);
          if (!choices) return null;
          mine = applyChoices(mine as FieldValues, theirs as FieldValues, choices) as V;
          base = { values: theirs, version: current.version };
        }
      }
    },
    [t],
  );

  const dialog = pending ? <ConflictDialog diffs={pending.diffs} initial={pending.initial} label={pending.label} show={pending.show} onSave={(c) => pending.resolve(c)} onCancel={() => pending.resolve(null)} /> : null;
  return { saveVersioned, dialog };
}
