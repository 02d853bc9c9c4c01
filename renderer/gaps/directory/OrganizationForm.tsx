import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, Phone } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { PhonesEditor } from './PhonesEditor';

/** Create or edit an organization, with its own phone numbers (main line, hotline). */
export function OrganizationForm({ organization, onDone, onCancel }: { organization: Organization | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState({ name: organization?.name ?? '', alternateName: organization?.alternateName ?? '', description: organization?.description ?? '', email: organization?.email ?? '', website: organization?.website ?? '' });
  const [phones, setPhones] = useState<Phone[]>(() => organization?.phones.map((p) => ({ ...p })) ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.call('resources.saveOrganization', { id: organization?.id, version: organization?.version, ...form, phones: phones.map((p) => ({ number: p.number.trim(), type: p.type.trim(), description: p.description.trim() })).filter((p) => p.number) });
      onDone(t('resources.organization.saved', { name: saved.name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`org-${key}`}>{label}</label>
      {key === 'description' ? (
        <textarea id={`org-${key}`} rows={3} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      ) : (
        <input id={`org-${key}`} type={type} required={key === 'name'} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      )}
    </div>
  );
  return (
    <form
      className="editor"
      aria-labelledby="org-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="org-form-title" className="subheading">
        {organization ? t('resources.organization.editTitle', { name: organization.name }) : t('resources.organization.newTitle')}
      </h3>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="editor-grid">
        {field('name', t('resources.fields.name'))}
        {field('alternateName', t('resources.fields.alternateName'))}
        {field('email', t('resources.fields.email'), 'email')}
        {field('website', t('resources.fields.website'), 'url')}
      </div>
      {field('description', t('resources.fields.description'))}
      <PhonesEditor idPrefix="org" phones={phones} onChange={setPhones} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('resources.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('resources.form.cancel')}
        </button>
      </div>
    </form>
  );
}
