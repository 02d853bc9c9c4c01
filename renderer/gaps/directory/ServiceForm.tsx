import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATUSES, type Service, type ServiceStatus } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useCategoryName, type GapsData } from '../use-gaps-data';
import { formFromService, serviceInput, type ServiceFormState } from './service-form-state';
import { AreaOptions, CategoryOptions } from '../select-options';
import { LocationDetails } from './LocationDetails';

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

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.call('resources.saveService', serviceInput(form, service, new Date().toISOString().slice(0, 10), lang));
      onDone(t('resources.service.saved', { name: saved.name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
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
      <input id={`svc-${key}`} type={options.type ?? 'text'} required={options.required} value={form[key] as string} onChange={(e) => set({ [key]: e.target.value })} aria-describedby={options.hint ? `svc-${key}-hint` : undefined} />
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
      aria-labelledby="svc-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="svc-form-title" className="subheading">
        {service ? t('resources.service.editTitle', { name: service.name }) : t('resources.service.newTitle')}
      </h3>
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
      <fieldset className="checks">
        <legend>{t('resources.fields.categories')}</legend>
        {data.categories.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={form.categoryIds.includes(c.id)} onChange={() => set({ categoryIds: toggle(form.categoryIds, c.id) })} />
            {categoryName(c)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="svc-areas">{t('resources.fields.areasServed')}</label>
        <select id="svc-areas" multiple size={6} value={form.areaIds} onChange={(e) => set({ areaIds: [...e.target.selectedOptions].map((o) => o.value) })} aria-describedby="svc-areas-hint">
          <AreaOptions areas={data.areas} />
        </select>
        <span id="svc-areas-hint" className="hint">
          {service?.serviceAreaText ? t('resources.service.areaTextHint', { text: service.serviceAreaText.slice(0, 200) }) : t('resources.service.areasHint')}
        </span>
      </div>
      {service && <LocationDetails locations={locations.found} missing={locations.missing} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('resources.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('resources.form.cancel')}
        </button>
        {service && (
          <button type="button" className="button button-danger-quiet" onClick={() => void remove()} disabled={busy}>
            {t('resources.service.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
