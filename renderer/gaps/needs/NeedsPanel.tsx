import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { needCoverage } from '../../../shared/logic';
import { NEED_SEVERITIES, NEED_STATUSES, type Need } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { routeHref } from '../../app/routes';
import { useCategoryName, useLookups, type GapsData } from '../use-gaps-data';
import { EvidenceList } from './EvidenceList';
import { AreaOptions, CategoryOptions } from '../select-options';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { fieldErrorsFrom } from '../../settings/field-errors';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { contractErrors } from '../../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';

const NEED_FIELDS = ['title', 'description', 'note'] as const;
type NeedField = (typeof NEED_FIELDS)[number];
/** What the contract would refuse in the new need's fields now (the same rules as `needs.create`). */
const needCheck = (v: Readonly<Record<string, unknown>>) =>
  contractErrors<NeedField>('needs.create', { title: v.title, description: v.description, severity: 'medium', source: 'manual', evidence: String(v.note ?? '').trim() ? [{ kind: 'note', text: String(v.note).trim() }] : [] }, NEED_FIELDS, { evidence: 'note' });

type NeedValues = Pick<Need, 'status' | 'severity' | 'categoryId' | 'areaId'>;
const needValues = (n: Need): NeedValues => ({ status: n.status, severity: n.severity, categoryId: n.categoryId, areaId: n.areaId });
const NEED_LABELS: Record<keyof NeedValues, string> = { status: 'resources.fields.status', severity: 'resources.fields.severity', categoryId: 'resources.fields.category', areaId: 'resources.fields.area' };

const EMPTY = { title: '', description: '', categoryId: '', areaId: '', severity: 'medium' as Need['severity'], note: '' };

/** Needs raised by exercises, town halls or staff: record one by hand, and keep each one's category, area, severity and status current. */
export function NeedsPanel({ data }: { data: GapsData }) {
  const { t } = useTranslation();
  const api = useApi();
  const lookups = useLookups(data);
  const categoryName = useCategoryName();
  const [form, setForm] = useState(EMPTY);
  useUnsavedGuard(form.title.trim() !== '' || form.description.trim() !== '' || form.note.trim() !== '');
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<NeedField>(form, needCheck);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('open');
  const { saveVersioned, dialog } = useVersionedSave();
  const coverage = useMemo(() => needCoverage(data.links), [data.links]);
  const shown = data.needs.filter((n) => !status || n.status === status);

  const create = async () => {
    setError(null);
    setFieldErrors({});
    try {
      const need = await api.call('needs.create', {
        title: form.title,
        description: form.description,
        categoryId: form.categoryId || null,
        areaId: form.areaId || null,
        severity: form.severity,
        source: 'manual',
        evidence: form.note.trim() ? [{ kind: 'note', text: form.note.trim() }] : [],
      });
      setForm(EMPTY);
      setNotice(t('resources.needs.created', { title: need.title }));
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, NEED_FIELDS, { evidence: 'note' });
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const update = async (need: Need, patch: Partial<Pick<Need, 'status' | 'severity' | 'categoryId' | 'areaId'>>) => {
    setError(null);
    try {
      const base = { values: needValues(need), version: need.version };
      await saveVersioned<NeedValues, Need>({
        base,
        mine: { ...base.values, ...patch },
        valuesOf: needValues,
        label: (key) => t(NEED_LABELS[key as keyof NeedValues]),
        show: (key, value) => {
          if (key === 'status') return t(`resources.needStatus.${String(value)}`);
          if (key === 'severity') return t(`resources.severity.${String(value)}`);
          if (key === 'categoryId') return (value ? categoryName(lookups.category.get(String(value))) : '') || t('resources.needs.noCategory');
          if (key === 'areaId') {
            const a = value ? lookups.area.get(String(value)) : undefined;
            return a ? `${a.number} ${a.name}` : t('resources.needs.noArea');
          }
          return undefined;
        },
        save: (v, version) => api.call('needs.update', { id: need.id, version, ...v }),
      });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const remove = async (need: Need) => {
    setError(null);
    try {
      await api.call('needs.delete', { id: need.id });
      setNotice(t('resources.needs.deleted', { title: need.title }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };


  return (
    <>
      <section className="card" aria-labelledby="need-new-title">
        <h2 id="need-new-title" className="card-title">
          {t('resources.needs.newTitle')}
        </h2>
        <p className="muted">{t('resources.needs.intro')}</p>
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <form
          className="editor"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <ErrorSummary attempt={attempt} items={summaryItems(fieldErrors, [
            { field: 'title', id: 'need-title', label: t('resources.fields.needTitle') },
            { field: 'description', id: 'need-description', label: t('resources.fields.description') },
            { field: 'note', id: 'need-note', label: t('resources.fields.evidenceNote') },
          ])} />
          <div className="editor-grid">
            <div className="field">
              <label htmlFor="need-title">{t('resources.fields.needTitle')}</label>
              <input id="need-title" type="text" aria-required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={fieldErrors.title ? 'need-title-error' : undefined} />
              {fieldErrors.title && (
                <p id="need-title-error" className="field-error">
                  {fieldErrors.title}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor="need-category">{t('resources.fields.category')}</label>
              <select id="need-category" value={form.categoryId} onChange={(e) => setForm({ ...form, categoryId: e.target.value })}>
                <option value="">{t('resources.needs.noCategory')}</option>
                <CategoryOptions categories={data.categories} />
              </select>
            </div>
            <div className="field">
              <label htmlFor="need-area">{t('resources.fields.area')}</label>
              <select id="need-area" value={form.areaId} onChange={(e) => setForm({ ...form, areaId: e.target.value })}>
                <option value="">{t('resources.needs.noArea')}</option>
                <AreaOptions areas={data.areas} />
              </select>
            </div>
            <div className="field">
              <label htmlFor="need-severity">{t('resources.fields.severity')}</label>
              <select id="need-severity" value={form.severity} onChange={(e) => setForm({ ...form, severity: e.target.value as Need['severity'] })}>
                {NEED_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`resources.severity.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor="need-description">{t('resources.fields.description')}</label>
            <textarea id="need-description" rows={2} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="need-note">{t('resources.fields.evidenceNote')}</label>
            <textarea id="need-note" rows={2} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary">
              {t('resources.needs.add')}
            </button>
          </div>
        </form>
      </section>

      <section className="card" aria-labelledby="needs-list-title">
        <div className="card-head">
          <h2 id="needs-list-title" className="card-title">
            {t('resources.needs.listTitle', { count: data.needs.length })}
          </h2>
          <div className="field">
            <label htmlFor="needs-status">{t('resources.fields.status')}</label>
            <select id="needs-status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('resources.filters.anyStatus')}</option>
              {NEED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`resources.needStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {shown.length === 0 && <p className="empty">{t('resources.needs.none')}</p>}
        <ul className="need-list">
          {shown.map((n) => {
            const cover = coverage.get(n.id);
            return (
              <li key={n.id} className={`need-item${!cover && n.status === 'open' ? ' need-uncovered' : ''}`} data-testid="need-item">
                <div className="need-head">
                  <h3 className="need-title">{n.title}</h3>
                  <span className={`badge coverage-${cover ?? 'none'}`}>{t(`resources.coverage.${cover ?? 'none'}`)}</span>
                  <span className="badge">{t(`resources.source.${n.source}`)}</span>
                </div>
                {n.description && <p>{n.description}</p>}
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={`n-cat-${n.id}`}>{t('resources.fields.category')}</label>
                    <select id={`n-cat-${n.id}`} value={n.categoryId ?? ''} onChange={(e) => void update(n, { categoryId: e.target.value || null })}>
                      <option value="">{t('resources.needs.noCategory')}</option>
                      <CategoryOptions categories={data.categories} />
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`n-area-${n.id}`}>{t('resources.fields.area')}</label>
                    <select id={`n-area-${n.id}`} value={n.areaId ?? ''} onChange={(e) => void update(n, { areaId: e.target.value || null })}>
                      <option value="">{t('resources.needs.noArea')}</option>
                      <AreaOptions areas={data.areas} />
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`n-sev-${n.id}`}>{t('resources.fields.severity')}</label>
                    <select id={`n-sev-${n.id}`} value={n.severity} onChange={(e) => void update(n, { severity: e.target.value as Need['severity'] })}>
                      {NEED_SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {t(`resources.severity.${s}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`n-status-${n.id}`}>{t('resources.fields.status')}</label>
                    <select id={`n-status-${n.id}`} value={n.status} onChange={(e) => void update(n, { status: e.target.value as Need['status'] })}>
                      {NEED_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`resources.needStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <EvidenceList evidence={n.evidence} />
                <div className="actions">
                  <a className="button button-secondary button-small" href={routeHref('gaps', 'map', n.id)}>
                    {t('resources.needs.linkResources')}
                  </a>
                  <button type="button" className="button button-danger-quiet button-small" onClick={() => void remove(n)} aria-label={t('resources.needs.deleteOne', { title: n.title })}>
                    {t('resources.needs.delete')}
                  </button>
                </div>
                {(!lookups.category.has(n.categoryId ?? '') || !lookups.area.has(n.areaId ?? '')) && <p className="hint">{t('resources.needs.unplaced')}</p>}
              </li>
            );
          })}
        </ul>
        {dialog}
      </section>
    </>
  );
}
