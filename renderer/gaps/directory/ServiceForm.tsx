import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATUSES, type Service, type ServiceStatus } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useCategoryName, type GapsData } from '../use-gaps-data';
import { formFromService, serviceInput, type ServiceFormState } from './service-form-state';
import { CategoryOptions } from '../select-options';
import { AreaMultiSelect } from '../../app/forms/AreaMultiSelect';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { sameValue } from '../../app/conflicts/field-choices';
import { confirmLeave, useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { fieldErrorsFrom } from '../../settings/field-errors';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { contractErrors } from '../../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';

const SERVICE_LABELS: Record<keyof ServiceFormState, string> = {
  organizationId: 'resources.fields.organization',
  name: 'resources.fields.serviceName',
  program: 'resources.fields.program',
  description: 'resources.fields.description',
  status: 'resources.fields.status',
  categoryIds: 'resources.fields.categories',
  areaIds: 'resources.fields.areasServed',
  languages: 'resources.fields.languages',
  schedule: 'resources.fields.schedule',
  eligibility: 'resources.fields.eligibility',
  capacityAvailable: 'resources.fields.capacityAvailable',
  capacityMaximum: 'resources.fields.capacityMaximum',
  capacityUnit: 'resources.fields.capacityUnit',
  contactName: 'resources.fields.contactName',
  contactPhone: 'resources.fields.contactPhone',
  contactEmail: 'resources.fields.contactEmail',
  url: 'resources.fields.website',
  email: 'resources.fields.email',
  lastVerified: 'resources.fields.lastVerified',
};
import { LocationDetails } from './LocationDetails';

type Field = keyof ServiceFormState;
const FIELDS = Object.keys(SERVICE_LABELS) as Field[];
/** The fields in the order the form lays them out: the error summary lists problems in this order. */
const PAGE_ORDER: Field[] = ['organizationId', 'name', 'program', 'status', 'languages', 'schedule', 'eligibility', 'lastVerified', 'capacityAvailable', 'capacityMaximum', 'capacityUnit', 'contactName', 'contactPhone', 'contactEmail', 'url', 'email', 'description', 'categoryIds', 'areaIds'];
/** Where the contract names a form field by another path (the first capacity line, contact, ...). */
const ALIASES: Readonly<Record<string, Field>> = { 'contacts[0].name': 'contactName', 'contacts[0].phone': 'contactPhone', 'contacts[0].email': 'contactEmail', 'capacity[0].available': 'capacityAvailable', 'capacity[0].maximum': 'capacityMaximum', 'capacity[0].unit': 'capacityUnit', schedules: 'schedule' };
/** The element id of each field (the summary links to it). */
const fieldId = (f: Field) => (f === 'organizationId' ? 'svc-org' : f === 'status' ? 'svc-status' : f === 'areaIds' ? 'svc-areas' : f === 'categoryIds' ? 'svc-categories' : `svc-${f}`);

/** Create or edit a service: what it offers, where (areas served), in which languages, when, for whom, how much. */
export function ServiceForm({ data, service, onDone, onCancel }: { data: GapsData; service: Service | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const categoryName = useCategoryName();
  // The language the schedule text was written in when the form opened: a later switch of the UI
  // language must not read as an edit of the opening hours.
  const [lang] = useState<'en' | 'es'>(() => (i18n.language.startsWith('es') ? 'es' : 'en'));
  const [form, setForm] = useState<ServiceFormState>(() => formFromService(service, data.organizations[0]?.id ?? '', lang));
  const locations = useMemo(() => {
    const byId = new Map(data.locations.map((l) => [l.id, l]));
    const found = (service?.locationIds ?? []).map((id) => byId.get(id)).filter((l) => l !== undefined);
    return { found, missing: (service?.locationIds.length ?? 0) - found.length };
  }, [data.locations, service]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ServiceFormState>) => setForm({ ...form, ...patch });
  // The service as this form opened it: the update is based on its version. `latest` is the record
  // the form's fields are laid over (the stored one after a conflict), so no imported detail is lost.
  const [base] = useState(() => ({ values: formFromService(service, data.organizations[0]?.id ?? '', lang), version: service?.version ?? 1 }));
  const latest = useRef(service);
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(!busy && !sameValue(form, base.values));
  const check = useCallback((v: Readonly<Record<string, unknown>>) => contractErrors('resources.saveService', serviceInput(v as unknown as ServiceFormState, latest.current, new Date().toISOString().slice(0, 10), lang), FIELDS, ALIASES), [lang]);
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<Field>(form as unknown as Record<string, unknown>, check);
  const names = (ids: unknown, list: { id: string }[], name: (x: never) => string) => (ids as string[]).map((x) => { const found = list.find((y) => y.id === x); return found ? name(found as never) : x; }).join(', ');

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const today = new Date().toISOString().slice(0, 10);
    try {
      if (!service) {
        const created = await api.call('resources.saveService', serviceInput(form, null, today, lang));
        onDone(t('resources.service.saved', { name: created.name }));
        return;
      }
      const outcome = await saveVersioned<ServiceFormState, Service>({
        base,
        mine: form,
        valuesOf: (s) => {
          latest.current = s;
          return formFromService(s, '', lang);
        },
        label: (key) => t(SERVICE_LABELS[key as keyof ServiceFormState]),
        show: (key, value) => {
          if (key === 'organizationId') return data.organizations.find((o) => o.id === value)?.name ?? '';
          if (key === 'status') return t(`resources.status.${String(value).replace(' ', '_')}`);
          if (key === 'categoryIds') return names(value, data.categories, categoryName as (x: never) => string);
          if (key === 'areaIds') return names(value, data.areas, ((a: { number: number; name: string }) => `${a.number} ${a.name}`) as (x: never) => string);
          return undefined;
        },
        save: (v, version) => api.call('resources.saveService', { ...serviceInput(v, latest.current, today, lang), version }),
      });
      if (!outcome) return;
      onDone(t('resources.service.saved', { name: outcome.record.name }));
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, FIELDS, ALIASES);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!service) return;
    setBusy(true);
    try {
      await api.call('resources.deleteService', { id: service.id });
      onDone(t('resources.service.deleted', { name: service.name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      setBusy(false);
    }
  };
  const text = (key: keyof ServiceFormState, label: string, options: { type?: string; required?: boolean; hint?: string } = {}) => (
    <div className="field">
      <label htmlFor={`svc-${key}`}>{label}</label>
      <input
        id={`svc-${key}`}
        type={options.type ?? 'text'}
        aria-required={options.required || undefined}
        aria-invalid={fieldErrors[key] ? true : undefined}
        value={form[key] as string}
        onChange={(e) => set({ [key]: e.target.value })}
        aria-describedby={[options.hint && `svc-${key}-hint`, fieldErrors[key] && `svc-${key}-error`].filter(Boolean).join(' ') || undefined}
      />
      {fieldErrors[key] && (
        <p id={`svc-${key}-error`} className="field-error">
          {fieldErrors[key]}
        </p>
      )}
      {options.hint && (
        <span id={`svc-${key}-hint`} className="hint">
          {options.hint}
        </span>
      )}
    </div>
  );
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  return (
    <form
      className="editor"
      noValidate
      aria-labelledby="svc-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="svc-form-title" className="subheading">
        {service ? t('resources.service.editTitle', { name: service.name }) : t('resources.service.newTitle')}
      </h3>
      <ErrorSummary attempt={attempt} items={summaryItems(fieldErrors, PAGE_ORDER.map((f) => ({ field: f, id: fieldId(f), label: t(SERVICE_LABELS[f]) })))} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="editor-grid">
        <div className="field">
          <label htmlFor="svc-org">{t('resources.fields.organization')}</label>
          <select id="svc-org" value={form.organizationId} onChange={(e) => set({ organizationId: e.target.value })}>
            {data.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        {text('name', t('resources.fields.serviceName'), { required: true })}
        {text('program', t('resources.fields.program'))}
        <div className="field">
          <label htmlFor="svc-status">{t('resources.fields.status')}</label>
          <select id="svc-status" value={form.status} onChange={(e) => set({ status: e.target.value as ServiceStatus })}>
            {SERVICE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`resources.status.${s.replace(' ', '_')}`)}
              </option>
            ))}
          </select>
        </div>
        {text('languages', t('resources.fields.languages'), { hint: t('resources.service.languagesHint') })}
        {text('schedule', t('resources.fields.schedule'))}
        {text('eligibility', t('resources.fields.eligibility'))}
        {text('lastVerified', t('resources.fields.lastVerified'), { type: 'date' })}
        {text('capacityAvailable', t('resources.fields.capacityAvailable'), { type: 'number' })}
        {text('capacityMaximum', t('resources.fields.capacityMaximum'), { type: 'number' })}
        {text('capacityUnit', t('resources.fields.capacityUnit'))}
        {text('contactName', t('resources.fields.contactName'))}
        {text('contactPhone', t('resources.fields.contactPhone'), { type: 'tel' })}
        {text('contactEmail', t('resources.fields.contactEmail'), { type: 'email' })}
        {text('url', t('resources.fields.website'), { type: 'url' })}
        {text('email', t('resources.fields.email'), { type: 'email' })}
      </div>
      <div className="field">
        <label htmlFor="svc-description">{t('resources.fields.description')}</label>
        <textarea id="svc-description" rows={3} value={form.description} onChange={(e) => set({ description: e.target.value })} />
      </div>
      <fieldset className="checks" id="svc-categories">
        <legend>{t('resources.fields.categories')}</legend>
        {data.categories.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={form.categoryIds.includes(c.id)} onChange={() => set({ categoryIds: toggle(form.categoryIds, c.id) })} />
            {categoryName(c)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <AreaMultiSelect
          id="svc-areas"
          label={t('resources.fields.areasServed')}
          hint={service?.serviceAreaText ? t('resources.service.areaTextHint', { text: service.serviceAreaText.slice(0, 200) }) : undefined}
          areas={data.areas}
          value={form.areaIds}
          onChange={(areaIds) => set({ areaIds })}
        />
      </div>
      {service && <LocationDetails locations={locations.found} missing={locations.missing} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('resources.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => confirmLeave(onCancel)}>
          {t('resources.form.cancel')}
        </button>
        {service && (
          <button type="button" className="button button-danger-quiet" onClick={() => void remove()} disabled={busy}>
            {t('resources.service.delete')}
          </button>
        )}
      </div>
      {dialog}
    </form>
  );
}
