import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, Phone } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { PhonesEditor } from './PhonesEditor';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { sameValue } from '../../app/conflicts/field-choices';
import { confirmLeave, useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { fieldErrorsFrom } from '../../settings/field-errors';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { contractErrors } from '../../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';

type OrganizationValues = { name: string; alternateName: string; description: string; email: string; website: string; phones: Phone[] };
const cleanPhones = (phones: readonly Phone[]) => phones.map((p) => ({ number: p.number.trim(), type: p.type.trim(), description: p.description.trim() })).filter((p) => p.number);
const organizationValues = (o: Organization | null): OrganizationValues => ({ name: o?.name ?? '', alternateName: o?.alternateName ?? '', description: o?.description ?? '', email: o?.email ?? '', website: o?.website ?? '', phones: cleanPhones(o?.phones ?? []) });
const ORGANIZATION_LABELS: Record<keyof OrganizationValues, string> = { name: 'resources.fields.name', alternateName: 'resources.fields.alternateName', description: 'resources.fields.description', email: 'resources.fields.email', website: 'resources.fields.website', phones: 'resources.phone.legend' };

type Field = keyof OrganizationValues;
const FIELDS = Object.keys(ORGANIZATION_LABELS) as Field[];
const liveCheck = (v: Readonly<Record<string, unknown>>) => contractErrors('resources.saveOrganization', v, FIELDS);

/** Create or edit an organization, with its own phone numbers (main line, hotline). */
export function OrganizationForm({ organization, onDone, onCancel }: { organization: Organization | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(() => {
    const { phones: _phones, ...fields } = organizationValues(organization);
    return fields;
  });
  const [phones, setPhones] = useState<Phone[]>(() => organization?.phones.map((p) => ({ ...p })) ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const values: OrganizationValues = { ...form, phones: cleanPhones(phones) };
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<Field>(values, liveCheck);
  // The organization as this form opened it (the live list may move on meanwhile).
  const [base] = useState(() => ({ values: organizationValues(organization), version: organization?.version ?? 1 }));
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(!busy && !sameValue({ ...form, phones: cleanPhones(phones) }, base.values));
  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const id = organization?.id;
      const mine: OrganizationValues = { ...form, phones: cleanPhones(phones) };
      const outcome = id
        ? await saveVersioned<OrganizationValues, Organization>({
            base,
            mine,
            valuesOf: organizationValues,
            label: (key) => t(ORGANIZATION_LABELS[key as keyof OrganizationValues]),
            show: (key, value) => (key === 'phones' ? (value as Phone[]).map((p) => [p.number, p.type, p.description].filter(Boolean).join(' · ')).join('\n') : undefined),
            save: (v, version) => api.call('resources.saveOrganization', { id, version, ...v }),
          })
        : { record: await api.call('resources.saveOrganization', mine) };
      if (!outcome) return;
      onDone(t('resources.organization.saved', { name: outcome.record.name }));
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, FIELDS);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`org-${key}`}>{label}</label>
      {key === 'description' ? (
        <textarea id={`org-${key}`} rows={3} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} aria-invalid={fieldErrors[key] ? true : undefined} aria-describedby={fieldErrors[key] ? `org-${key}-error` : undefined} />
      ) : (
        <input id={`org-${key}`} type={type} aria-required={key === 'name' || undefined} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} aria-invalid={fieldErrors[key] ? true : undefined} aria-describedby={fieldErrors[key] ? `org-${key}-error` : undefined} />
      )}
      {fieldErrors[key] && (
        <p id={`org-${key}-error`} className="field-error">
          {fieldErrors[key]}
        </p>
      )}
    </div>
  );
  return (
    <form
      className="editor"
      noValidate
      aria-labelledby="org-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="org-form-title" className="subheading">
        {organization ? t('resources.organization.editTitle', { name: organization.name }) : t('resources.organization.newTitle')}
      </h3>
      <ErrorSummary attempt={attempt} items={summaryItems(fieldErrors, FIELDS.map((f) => ({ field: f, id: f === 'phones' ? 'org-phones' : `org-${f}`, label: t(ORGANIZATION_LABELS[f]) })))} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="editor-grid">
        {field('name', t('resources.fields.name'))}
        {field('alternateName', t('resources.fields.alternateName'))}
        {field('email', t('resources.fields.email'), 'email')}
        {field('website', t('resources.fields.website'), 'url')}
      </div>
      {field('description', t('resources.fields.description'))}
      <PhonesEditor idPrefix="org" phones={phones} onChange={setPhones} error={fieldErrors.phones} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('resources.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => confirmLeave(onCancel)}>
          {t('resources.form.cancel')}
        </button>
      </div>
      {dialog}
    </form>
  );
}
