import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../app/forms/unsaved-guard';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { fieldErrorsFrom } from './field-errors';
import { parseAreaNumber } from './parse-area-number';
import { useFieldErrors } from '../app/forms/use-field-errors';

type Field = 'name' | 'number';

/** Adds one community area: name, optional number, priority. Field errors show beside their fields. */
export function AreaAddForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const numberInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [priority, setPriority] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useUnsavedGuard(!busy && (name.trim() !== '' || number.trim() !== ''));
  // A problem clears as soon as its field is right again.
  const check = useCallback(
    (v: Readonly<Record<string, unknown>>): Partial<Record<Field, string>> => ({
      ...(String(v.name).trim() ? {} : { name: t('areas.add.nameRequired') }),
      ...(parseAreaNumber(String(v.number)) === 'invalid' ? { number: t('areas.add.numberInvalid') } : {}),
    }),
    [t],
  );
  const { errors: fieldErrors, report: setFieldErrors } = useFieldErrors<Field>({ name, number }, check);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsedNumber = parseAreaNumber(number);
    const local = check({ name, number });
    setError(null);
    setFieldErrors(local);
    if (local.name || local.number) {
      (local.name ? nameInput : numberInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const area = await api.call('areas.create', { name, number: parsedNumber === 'invalid' ? undefined : parsedNumber, priority });
      setName('');
      setNumber('');
      setPriority(false);
      onAdded(t('areas.added', { name: area.name, number: area.number }));
      nameInput.current?.focus();
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, ['name', 'number'] as const);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
      if (fields.name) nameInput.current?.focus();
      else if (fields.number) numberInput.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: Field, hint?: string) => [hint, fieldErrors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="add-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subheading">
        {t('areas.add.title')}
      </h3>
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={`${id}-name`}>{t('areas.add.name')}</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="off"
            aria-invalid={fieldErrors.name ? true : undefined}
            aria-describedby={describedBy('name')}
            onChange={(e) => setName(e.target.value)}
          />
          {fieldErrors.name && (
            <p id={`${id}-name-error`} className="field-error">
              {fieldErrors.name}
            </p>
          )}
        </div>
        <div className="field field-number">
          <label htmlFor={`${id}-number`}>{t('areas.add.number')}</label>
          <input
            id={`${id}-number`}
            ref={numberInput}
            type="text"
            inputMode="numeric"
            value={number}
            autoComplete="off"
            aria-invalid={fieldErrors.number ? true : undefined}
            aria-describedby={describedBy('number', `${id}-number-hint`)}
            onChange={(e) => setNumber(e.target.value)}
          />
          {fieldErrors.number && (
            <p id={`${id}-number-error`} className="field-error">
              {fieldErrors.number}
            </p>
          )}
        </div>
        <div className="field field-check">
          <label className="check">
            <input type="checkbox" checked={priority} onChange={(e) => setPriority(e.target.checked)} />
            <span>{t('areas.add.priority')}</span>
          </label>
        </div>
        <div className="field field-submit">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('areas.add.submit')}
          </button>
        </div>
      </div>
      <p id={`${id}-number-hint`} className="hint">
        {t('areas.add.numberHint')}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
    </form>
  );
}
