import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, TownHall } from '../../shared/model';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { AreaMultiSelect } from '../app/forms/AreaMultiSelect';
import { fieldErrorsFrom } from '../settings/field-errors';
import { splitList, today } from './format-day';
import { useVersionedSave } from '../app/conflicts/use-versioned-save';
import { sameValue } from '../app/conflicts/field-choices';
import { useUnsavedGuard } from '../app/forms/unsaved-guard';
import { useFieldErrors, type FieldErrors } from '../app/forms/use-field-errors';
import { contractErrors } from '../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../app/forms/ErrorSummary';
import type { TFunction } from 'i18next';

const FIELDS = ['title', 'date', 'place', 'attendance', 'series'] as const;
type Field = (typeof FIELDS)[number];

/** The form's fields of a town hall, as typed (lists comma-separated, attendance as text). */
type FormValues = { title: string; date: string; place: string; areaIds: string[]; languages: string; departments: string; attendance: string; noteTakers: string; series: string };

function valuesOf(th: TownHall | undefined): FormValues {
  return {
    title: th?.title ?? '',
    date: th?.date ?? today(),
    place: th?.place ?? '',
    areaIds: th?.areaIds ?? [],
    languages: (th?.languages ?? ['en', 'es']).join(', '),
    departments: (th?.departments ?? []).join(', '),
    attendance: th?.attendance === null || th?.attendance === undefined ? '' : String(th.attendance),
    noteTakers: (th?.noteTakers ?? []).join(', '),
    series: th?.series ?? '',
  };
}

const LABELS: Record<keyof FormValues, string> = {
  title: 'townhall.form.name',
  date: 'townhall.form.date',
  place: 'townhall.form.place',
  areaIds: 'townhall.form.areas',
  languages: 'townhall.form.languages',
  departments: 'townhall.form.departments',
  attendance: 'townhall.form.attendance',
  noteTakers: 'townhall.form.noteTakers',
  series: 'townhall.form.series',
};

/** What the services take for the form's values. */
const inputOf = (v: FormValues) => ({
  title: v.title,
  date: v.date,
  place: v.place,
  areaIds: v.areaIds,
  languages: splitList(v.languages),
  departments: splitList(v.departments),
  attendance: v.attendance.trim() === '' ? null : Number(v.attendance.trim()),
  noteTakers: splitList(v.noteTakers),
  series: v.series,
});

/** The form's own rules (said in the town hall's words), then the contract's. */
function checkTownHall(t: TFunction, v: FormValues): FieldErrors<Field> {
  const local: FieldErrors<Field> = {};
  if (!v.title.trim()) local.title = t('townhall.form.titleRequired');
  const people = v.attendance.trim() === '' ? null : Number(v.attendance.trim());
  if (people !== null && (!Number.isInteger(people) || people < 0)) local.attendance = t('townhall.form.attendanceInvalid');
  return { ...contractErrors<Field>('townhalls.create', inputOf(v), FIELDS), ...local };
}

/** Adds a town hall, or edits one when `townhall` is given. */
export function TownHallForm({ townhall, onSaved }: { townhall?: TownHall; onSaved: (th: TownHall) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  const [areas, setAreas] = useState<Area[]>([]);
  const [title, setTitle] = useState(townhall?.title ?? '');
  const [date, setDate] = useState(townhall?.date ?? today());
  const [place, setPlace] = useState(townhall?.place ?? '');
  const [areaIds, setAreaIds] = useState<string[]>(townhall?.areaIds ?? []);
  const [languages, setLanguages] = useState((townhall?.languages ?? ['en', 'es']).join(', '));
  const [departments, setDepartments] = useState((townhall?.departments ?? []).join(', '));
  const [attendance, setAttendance] = useState(townhall?.attendance === null || townhall?.attendance === undefined ? '' : String(townhall.attendance));
  const [noteTakers, setNoteTakers] = useState((townhall?.noteTakers ?? []).join(', '));
  const [series, setSeries] = useState(townhall?.series ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  // What this form loaded: an edit is based on this version, not on a copy refetched meanwhile.
  const [base, setBase] = useState(() => ({ values: valuesOf(townhall), version: townhall?.version ?? 1 }));
  const { saveVersioned, dialog } = useVersionedSave();
  const mine: FormValues = { title, date, place, areaIds, languages, departments, attendance, noteTakers, series };
  useUnsavedGuard(!busy && !sameValue(mine, base.values));
  const check = useCallback((v: Readonly<Record<string, unknown>>) => checkTownHall(t, v as FormValues), [t]);
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<Field>(mine, check);
  const load = (v: FormValues) => {
    setTitle(v.title);
    setDate(v.date);
    setPlace(v.place);
    setAreaIds(v.areaIds);
    setLanguages(v.languages);
    setDepartments(v.departments);
    setAttendance(v.attendance);
    setNoteTakers(v.noteTakers);
    setSeries(v.series);
  };

  useEffect(() => {
    void api.call('areas.list', {}).then(setAreas, () => setAreas([]));
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = checkTownHall(t, mine);
    setFieldErrors(local);
    setError(null);
    // The error summary takes focus and links to each field.
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      if (!townhall) {
        const saved = await api.call('townhalls.create', inputOf(mine));
        setBase({ values: valuesOf(saved), version: saved.version });
        setNotice(t('townhall.form.saved', { title: saved.title }));
        onSaved(saved);
        return;
      }
      const outcome = await saveVersioned<FormValues, TownHall>({
        base,
        mine,
        valuesOf,
        label: (key) => t(LABELS[key as keyof FormValues]),
        show: (key, value) => (key === 'areaIds' ? (value as string[]).map((a) => areas.find((x) => x.id === a)).map((a) => (a ? `${a.number} ${a.name}` : '')).join(', ') : undefined),
        save: (v, version) => api.call('townhalls.update', { id: townhall.id, version, ...inputOf(v) }),
      });
      if (!outcome) return;
      setBase({ values: outcome.values, version: outcome.record.version });
      load(outcome.values);
      setNotice(t('townhall.form.saved', { title: outcome.record.title }));
      onSaved(outcome.record);
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, FIELDS);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (f: Field) =>
    fieldErrors[f] && (
      <p id={`${id}-${f}-error`} className="field-error">
        {fieldErrors[f]}
      </p>
    );

  return (
    <form className="card th-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {townhall ? t('townhall.form.editTitle') : t('townhall.form.newTitle')}
      </h2>
      <ErrorSummary
        attempt={attempt}
        items={summaryItems(fieldErrors, [
          { field: 'title', id: `${id}-name`, label: t('townhall.form.name') },
          { field: 'date', id: `${id}-date`, label: t('townhall.form.date') },
          { field: 'place', id: `${id}-place`, label: t('townhall.form.place') },
          { field: 'attendance', id: `${id}-attendance`, label: t('townhall.form.attendance') },
          { field: 'series', id: `${id}-series`, label: t('townhall.form.series') },
        ])}
      />
      <div className="th-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('townhall.form.name')}</label>
          <input id={`${id}-name`} ref={titleInput} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={fieldErrors.title ? `${id}-title-error` : undefined} />
          {fieldError('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('townhall.form.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={fieldErrors.date ? true : undefined} aria-describedby={fieldErrors.date ? `${id}-date-error` : undefined} />
          {fieldError('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('townhall.form.place')}</label>
          <input id={`${id}-place`} value={place} maxLength={300} onChange={(e) => setPlace(e.target.value)} aria-invalid={fieldErrors.place ? true : undefined} aria-describedby={fieldErrors.place ? `${id}-place-error` : undefined} />
          {fieldError('place')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-attendance`}>{t('townhall.form.attendance')}</label>
          <input id={`${id}-attendance`} inputMode="numeric" value={attendance} onChange={(e) => setAttendance(e.target.value)} aria-invalid={fieldErrors.attendance ? true : undefined} aria-describedby={fieldErrors.attendance ? `${id}-attendance-error` : undefined} />
          {fieldError('attendance')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-departments`}>{t('townhall.form.departments')}</label>
          <input id={`${id}-departments`} value={departments} onChange={(e) => setDepartments(e.target.value)} aria-describedby={`${id}-list-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-languages`}>{t('townhall.form.languages')}</label>
          <input id={`${id}-languages`} value={languages} onChange={(e) => setLanguages(e.target.value)} aria-describedby={`${id}-list-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notetakers`}>{t('townhall.form.noteTakers')}</label>
          <input id={`${id}-notetakers`} value={noteTakers} onChange={(e) => setNoteTakers(e.target.value)} aria-describedby={`${id}-list-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-series`}>{t('townhall.form.series')}</label>
          <input id={`${id}-series`} value={series} maxLength={200} onChange={(e) => setSeries(e.target.value)} aria-invalid={fieldErrors.series ? true : undefined} aria-describedby={`${id}-series-hint${fieldErrors.series ? ` ${id}-series-error` : ''}`} />
          {fieldError('series')}
        </div>
        <div className="field th-span">
          <AreaMultiSelect id={`${id}-areas`} label={t('townhall.form.areas')} areas={areas} value={areaIds} onChange={setAreaIds} />
        </div>
      </div>
      <p id={`${id}-list-hint`} className="hint">
        {t('townhall.form.listHint')}
      </p>
      <p id={`${id}-series-hint`} className="hint">
        {t('townhall.form.seriesHint')}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <p role="status" className="notice-line">
        {notice}
      </p>
      <button type="submit" className="button button-primary" disabled={busy}>
        {townhall ? t('townhall.form.save') : t('townhall.form.create')}
      </button>
      {dialog}
    </form>
  );
}
