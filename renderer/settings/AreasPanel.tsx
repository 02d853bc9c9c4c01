import { confirmLeave } from '../app/forms/unsaved-guard';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shared/model';
import { useApi } from '../app/api-context';
import { useVersionedSave } from '../app/conflicts/use-versioned-save';
import { areaFieldWords, areaValues, type AreaValues } from './area-fields';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { AreaAddForm } from './AreaAddForm';
import { AreaRow } from './AreaRow';
import { AreasCsvImport } from './AreasCsvImport';
import { DeleteAreaDialog } from './DeleteAreaDialog';
import { foldForSearch } from './search-text';
import { useAreas } from './use-areas';

/** Community areas: filter, table (priority first), add, edit in place, toggle priority, delete, replace from CSV. */
export function AreasPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const { saveVersioned, dialog } = useVersionedSave();
  const id = useId();
  const { areas, loadError, reload } = useAreas();
  const [query, setQuery] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Area | null>(null);
  // The value being saved, shown at once so the checkbox answers the click (reverted on failure).
  const [pendingPriority, setPendingPriority] = useState<{ id: string; value: boolean } | null>(null);
  const [refocusPriority, setRefocusPriority] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const filterInput = useRef<HTMLInputElement>(null);

  const shown = useMemo(() => {
    if (!areas) return [];
    const q = foldForSearch(query.trim());
    if (!q) return areas;
    return areas.filter((a) => foldForSearch(a.name).includes(q) || String(a.number).includes(q));
  }, [areas, query]);

  // A row that moves (priority first) loses focus when its node is moved: give it back.
  useEffect(() => {
    if (!refocusPriority) return;
    const box = document.getElementById(`priority-${refocusPriority}`);
    if (box && document.activeElement !== box) box.focus();
  }, [areas, refocusPriority]);

  const done = async (message: string) => {
    setError(null);
    setNotice(message);
    await reload();
  };

  const togglePriority = async (area: Area) => {
    setPendingPriority({ id: area.id, value: !area.priority });
    setError(null);
    try {
      const base = { values: areaValues(area), version: area.version };
      const outcome = await saveVersioned<AreaValues, Area>({ base, mine: { ...base.values, priority: !area.priority }, ...areaFieldWords(t), save: (v, version) => api.call('areas.update', { id: area.id, version, ...v }) });
      if (!outcome) return;
      const updated = outcome.record;
      setRefocusPriority(area.id);
      await done(t(updated.priority ? 'areas.nowPriority' : 'areas.noLongerPriority', { name: updated.name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setPendingPriority(null);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('areas.title')}
      </h2>
      <p className="card-intro">{t('areas.intro')}</p>

      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={loadError} onRetry={() => void reload()} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />

      <AreaAddForm onAdded={(message) => void done(message)} />

      <div className="toolbar">
        <div className="field field-search">
          <label htmlFor={`${id}-filter`}>{t('areas.filterLabel')}</label>
          <input
            id={`${id}-filter`}
            ref={filterInput}
            type="search"
            value={query}
            placeholder={t('areas.filterPlaceholder')}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {areas && (
          <p className="count muted" aria-live="polite">
            {t('areas.showing', { shown: shown.length, count: areas.length })}
          </p>
        )}
      </div>

      {areas && areas.length === 0 && <p className="empty">{t('areas.empty')}</p>}
      {areas && areas.length > 0 && shown.length === 0 && <p className="empty">{t('areas.noMatch', { query: query.trim() })}</p>}
      {!areas && !loadError && <p className="muted">{t('app.loading')}</p>}
      {shown.length > 0 && (
        <div className="table-wrap table-scroll">
          <table className="table areas-table">
            <caption className="visually-hidden">{t('areas.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric col-number">
                  {t('areas.columns.number')}
                </th>
                <th scope="col">{t('areas.columns.name')}</th>
                <th scope="col" className="col-priority">
                  {t('areas.columns.priority')}
                </th>
                <th scope="col" className="col-actions">
                  {t('areas.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((area) => (
                <AreaRow
                  key={area.id}
                  area={area}
                  editing={editingId === area.id}
                  pendingPriority={pendingPriority?.id === area.id ? pendingPriority.value : undefined}
                  onEdit={() => confirmLeave(() => setEditingId(area.id))}
                  onEditDone={(message) => {
                    setEditingId(null);
                    if (message) void done(message);
                  }}
                  onTogglePriority={(a) => void togglePriority(a)}
                  onDelete={setDeleting}
                  onError={setError}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <AreasCsvImport onReplaced={(message) => void done(message)} />

      {deleting && (
        <DeleteAreaDialog
          area={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(message) => {
            setDeleting(null);
            void done(message).then(() => filterInput.current?.focus());
          }}
        />
      )}
      {dialog}
    </section>
  );
}
