import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shared/model';
import { useApi } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';
import { fieldErrorsFrom } from './field-errors';
import { useFieldErrors } from '../app/forms/use-field-errors';
import { parseAreaNumber } from './parse-area-number';
import { useVersionedSave } from '../app/conflicts/use-versioned-save';
import { confirmLeave, useUnsavedGuard } from '../app/forms/unsaved-guard';
import { areaFieldWords, areaValues, type AreaValues } from './area-fields';

type Field = 'name' | 'number';

interface AreaRowProps {
  area: Area;
  editing: boolean;
  onEdit: () => void;
  onEditDone: (message?: string) => void;
  onTogglePriority: (area: Area) => void;
  onDelete: (area: Area) => void;
  onError: (message: string) => void;
  /** The priority being saved, if any: shown instead of the stored value until the save ends. */
  pendingPriority: boolean | undefined;
}

/** One area in the table: read-only, or edited in place (Enter saves, Escape cancels). */
export function AreaRow({ area, editing, onEdit, onEditDone, onTogglePriority, onDelete, onError, pendingPriority }: AreaRowProps) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const numberInput = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const [name, setName] = useState(area.name);
  const [number, setNumber] = useState(String(area.number));
  const [busy, setBusy] = useState(false);
  // A problem clears as soon as its field is right again.
  const check = useCallback(
    (v: Readonly<Record<string, unknown>>): Partial<Record<Field, string>> => {
      const parsed = parseAreaNumber(String(v.number));
      return { ...(String(v.name).trim() ? {} : { name: t('areas.add.nameRequired') }), ...(parsed === undefined || parsed === 'invalid' ? { number: t('areas.add.numberInvalid') } : {}) };
    },
    [t],
  );
  const { errors: fieldErrors, report: setFieldErrors } = useFieldErrors<Field>({ name, number }, check);
  // The area as it was when editing started: the rename is based on that version.
  const [base, setBase] = useState(() => ({ values: areaValues(area), version: area.version }));
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(editing && !busy && (name !== base.values.name || number !== String(base.values.number)));

  useEffect(() => {
    if (editing) {
      setBase({ values: areaValues(area), version: area.version });
      setName(area.name);
      setNumber(String(area.number));
      setFieldErrors({});
      nameInput.current?.focus();
      nameInput.current?.select();
    } else if (wasEditing.current) {
      editButton.current?.focus();
    }
    wasEditing.current = editing;
    // Reset the inputs only when editing starts, not when the area changes under the person typing.
  }, [editing]);

  const save = async () => {
    const parsedNumber = parseAreaNumber(number);
    const local = check({ name, number });
    setFieldErrors(local);
    if (local.name || local.number || parsedNumber === undefined || parsedNumber === 'invalid') {
      (local.name ? nameInput : numberInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const outcome = await saveVersioned<AreaValues, Area>({ base, mine: { ...base.values, name, number: parsedNumber }, ...areaFieldWords(t), save: (v, version) => api.call('areas.update', { id: area.id, version, ...v }) });
      if (!outcome) return;
      const updated = outcome.record;
      onEditDone(t('areas.saved', { name: updated.name }));
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, ['name', 'number'] as const);
      setFieldErrors(fields);
      if (unmatched) onError(messageOf(e, t('errors.unexpected')));
      (fields.number && !fields.name ? numberInput : nameInput).current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      confirmLeave(() => onEditDone());
    }
  };

  const fieldError = (field: Field) =>
    fieldErrors[field] && (
      <p id={`${id}-${field}-error`} className="field-error">
        {fieldErrors[field]}
      </p>
    );

  return (
    <tr className={area.priority ? 'row-priority' : undefined} data-area-id={area.id}>
      <td className="numeric cell-number">
        {editing ? (
          <>
            <input
              ref={numberInput}
              className="cell-input cell-input-number"
              type="text"
              inputMode="numeric"
              aria-label={t('areas.editNumberLabel', { name: area.name })}
              aria-invalid={fieldErrors.number ? true : undefined}
              aria-describedby={fieldErrors.number ? `${id}-number-error` : undefined}
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              onKeyDown={onKeyDown}
            />
            {fieldError('number')}
          </>
        ) : (
          area.number
        )}
      </td>
      <th scope="row" className="cell-name">
        {editing ? (
          <>
            <input
              ref={nameInput}
              className="cell-input"
              type="text"
              maxLength={200}
              aria-label={t('areas.editNameLabel', { number: area.number })}
              aria-invalid={fieldErrors.name ? true : undefined}
              aria-describedby={fieldErrors.name ? `${id}-name-error` : undefined}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={onKeyDown}
            />
            {fieldError('name')}
          </>
        ) : (
          <>
            <span>{area.name}</span>
            {area.priority && <span className="badge">{t('areas.priorityBadge')}</span>}
          </>
        )}
      </th>
      <td className="cell-priority">
        <input
          id={`priority-${area.id}`}
          type="checkbox"
          className="priority-toggle"
          checked={pendingPriority ?? area.priority}
          aria-busy={pendingPriority !== undefined || undefined}
          aria-label={t('areas.priorityToggle', { name: area.name })}
          onChange={() => {
            if (pendingPriority === undefined) onTogglePriority(area);
          }}
        />
      </td>
      <td className="cell-actions">
        {editing ? (
          <div className="actions">
            <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void save()}>
              {t('areas.save')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => confirmLeave(() => onEditDone())}>
              {t('areas.cancel')}
            </button>
          </div>
        ) : (
          <div className="actions">
            <button ref={editButton} type="button" className="button button-secondary button-small" aria-label={t('areas.editLabel', { name: area.name })} onClick={onEdit}>
              {t('areas.edit')}
            </button>
            <button type="button" className="button button-danger-quiet button-small" aria-label={t('areas.deleteLabel', { name: area.name })} onClick={() => onDelete(area)}>
              {t('areas.delete')}
            </button>
          </div>
        )}
      </td>
      {dialog}
    </tr>
  );
}
