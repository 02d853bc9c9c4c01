import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model';
import { injectCount, scenarioGaps } from '../../../shared/logic';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { downloadText } from '../download-text';
import { exerciseRoutes, go } from '../routes';
import { useBi } from '../use-bi';
import { useScenarios } from '../use-data';
import { DeleteScenarioDialog } from './DeleteScenarioDialog';
import { ScenarioImport } from './ScenarioImport';
import { counted } from '../../app/i18n/counted';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The scenario library: search, preview, set up an exercise, duplicate to tailor, edit, export, import, delete. */
export function ScenarioLibrary() {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const id = useId();
  const { data, error, reload } = useScenarios();
  const [query, setQuery] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<Scenario | null>(null);

  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!data || !q) return data ?? [];
    return data.filter((s) => fold([s.content.overview.title.en, s.content.overview.title.es, s.content.overview.summary?.en, s.content.overview.summary?.es, s.content.overview.communityArea?.en].join(' ')).includes(q));
  }, [data, query]);

  const run = async (fn: () => Promise<void>) => {
    setActionError(null);
    try {
      await fn();
    } catch (e) {
      setActionError(messageOf(e, t('errors.unexpected')));
    }
  };
  const duplicate = (s: Scenario) =>
    run(async () => {
      const copy = await api.call('scenarios.duplicate', { id: s.id });
      go(exerciseRoutes.editScenario(copy.id));
    });
  const exportYaml = (s: Scenario) =>
    run(async () => {
      const file = await api.call('scenarios.export', { id: s.id });
      downloadText(file.fileName, file.yaml, 'application/yaml');
      setNotice(t('tabletop.library.exported', { file: file.fileName }));
    });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('tabletop.library.title')}
      </h2>
      <p className="card-intro">{t('tabletop.library.intro')}</p>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onRetry={() => void reload()} />
      <ErrorAlert message={actionError} onDismiss={() => setActionError(null)} />
      <div className="toolbar">
        <div className="field field-search">
          <label htmlFor={`${id}-q`}>{t('tabletop.library.search')}</label>
          <input id={`${id}-q`} type="search" value={query} autoComplete="off" placeholder={t('tabletop.library.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </div>
        {data && (
          <p className="count muted" aria-live="polite">
            {t('tabletop.library.showing', { shown: shown.length, count: data.length })}
          </p>
        )}
      </div>
      {data && shown.length === 0 && <p className="empty">{t('tabletop.library.noMatch')}</p>}
      <ul className="scenario-list">
        {shown.map((s) => {
          const gaps = scenarioGaps(s.content).filter((g) => g.kind !== 'missing-spanish').length;
          const title = bi(s.content.overview.title);
          return (
            <li key={s.id} className="scenario-item">
              <div className="scenario-head">
                <h3 className="scenario-title">
                  <a href={exerciseRoutes.scenario(s.id)}>{title}</a>
                </h3>
                <span className="badge">{s.builtIn ? t('tabletop.library.shipped') : t('tabletop.library.own')}</span>
              </div>
              <p className="scenario-summary">{bi(s.content.overview.summary)}</p>
              <p className="muted scenario-meta">
                {t('tabletop.library.counts', { modules: counted(t, 'module', s.content.modules.length), injects: counted(t, 'inject', injectCount(s.content)) })}
                {s.usedBy > 0 && ` · ${t('tabletop.library.usedBy', { count: s.usedBy })}`}
                {gaps > 0 && ` · ${t('tabletop.library.incomplete', { count: gaps })}`}
              </p>
              <div className="actions">
                <a className="button button-primary button-small" href={exerciseRoutes.newExercise(s.id)} aria-label={t('tabletop.library.setUpFor', { name: title })}>
                  {t('tabletop.library.setUp')}
                </a>
                <a className="button button-secondary button-small" href={exerciseRoutes.scenario(s.id)} aria-label={t('tabletop.library.previewFor', { name: title })}>
                  {t('tabletop.library.preview')}
                </a>
                {!s.builtIn && (
                  <a className="button button-secondary button-small" href={exerciseRoutes.editScenario(s.id)} aria-label={t('tabletop.library.editFor', { name: title })}>
                    {t('tabletop.library.edit')}
                  </a>
                )}
                <button type="button" className="button button-secondary button-small" onClick={() => void duplicate(s)} aria-label={t('tabletop.library.duplicateFor', { name: title })}>
                  {t('tabletop.library.duplicate')}
                </button>
                <button type="button" className="button button-quiet button-small" onClick={() => void exportYaml(s)} aria-label={t('tabletop.library.exportFor', { name: title })}>
                  {t('tabletop.library.export')}
                </button>
                {!s.builtIn && (
                  <button type="button" className="button button-danger-quiet button-small" onClick={() => setDeleting(s)} aria-label={t('tabletop.library.deleteFor', { name: title })}>
                    {t('tabletop.library.delete')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ScenarioImport onImported={(scenarioId, title) => {
        setNotice(t('tabletop.import.done', { title }));
        go(exerciseRoutes.scenario(scenarioId));
      }} />
      {deleting && (
        <DeleteScenarioDialog
          scenario={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(title) => {
            setDeleting(null);
            setNotice(t('tabletop.library.deleted', { title }));
          }}
        />
      )}
    </section>
  );
}
