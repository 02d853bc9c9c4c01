import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput } from '../../shared/contract';
import { ErrorAlert } from '../app/ErrorAlert';
import { useFormat } from '../app/format';
import { ReportOptionsFields, useReportOptions } from './ReportOptionsFields';
import { useReportExport } from './use-report-export';
import { useUnreviewedExportCheck } from './UnreviewedExportCheck';
import { routeHref } from '../app/routes';
import { useReportSubjects } from './use-report-subjects';

type Kind = 'aar' | 'townhall' | 'townhall-series' | 'gaps';
const KINDS: Kind[] = ['aar', 'townhall', 'townhall-series', 'gaps'];

/**
 * Every report in one place: what it is about, the language it is written in (whatever the UI
 * language), and who it is for. Public reports never carry residents' personal details.
 */
export function ReportExportForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { exercises, townhalls, error: loadError, reload } = useReportSubjects();
  const [kind, setKind] = useState<Kind>('townhall');
  const [exerciseId, setExerciseId] = useState('');
  const [townhallId, setTownhallId] = useState('');
  const [series, setSeries] = useState('');
  const { options, update, request: common } = useReportOptions();
  const exporting = useReportExport();
  // A public town-hall report with questions nobody reviewed asks first; "Review first" opens the town hall's review.
  const check = useUnreviewedExportCheck(exporting.run, (townhallId) => {
    window.location.href = routeHref('townhalls', townhallId, 'report');
  });

  const seriesNames = useMemo(() => [...new Set((townhalls ?? []).map((th) => th.series).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [townhalls]);
  const chosenExercise = exerciseId || exercises?.[0]?.id || '';
  const chosenTownhall = townhallId || townhalls?.[0]?.id || '';
  const chosenSeries = series || seriesNames[0] || '';

  const subjectMissing =
    (kind === 'aar' && !chosenExercise) || (kind === 'townhall' && !chosenTownhall) || (kind === 'townhall-series' && !chosenSeries);

  const request = (): ReportExportInput => {
    if (kind === 'aar') return { kind, id: chosenExercise, ...common };
    if (kind === 'townhall') return { kind, id: chosenTownhall, ...common };
    if (kind === 'townhall-series') return { kind, ids: (townhalls ?? []).filter((th) => th.series === chosenSeries).map((th) => th.id), ...common };
    return { kind, ...common };
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('reportsHub.formTitle')}
      </h2>
      <ErrorAlert message={loadError} onRetry={() => void reload()} />
      <fieldset className="report-kinds">
        <legend>{t('reportsHub.kindLegend')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="report-kind">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>
              <strong>{t(`reportsHub.kinds.${k}.name`)}</strong>
              <span className="muted"> {t(`reportsHub.kinds.${k}.about`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {kind === 'aar' && (
        <div className="field report-subject">
          <label htmlFor={`${id}-exercise`}>{t('reportsHub.exercise')}</label>
          {exercises && exercises.length === 0 ? (
            <p className="muted">{t('reportsHub.noExercises')}</p>
          ) : (
            <select id={`${id}-exercise`} value={chosenExercise} onChange={(e) => setExerciseId(e.target.value)}>
              {(exercises ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {t('reportsHub.exerciseOption', { title: x.title, date: format.date(x.date) })}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {kind === 'townhall' && (
        <div className="field report-subject">
          <label htmlFor={`${id}-townhall`}>{t('reportsHub.townhall')}</label>
          {townhalls && townhalls.length === 0 ? (
            <p className="muted">{t('reportsHub.noTownhalls')}</p>
          ) : (
            <select id={`${id}-townhall`} value={chosenTownhall} onChange={(e) => setTownhallId(e.target.value)}>
              {(townhalls ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {t('reportsHub.townhallOption', { title: x.title, date: format.date(x.date), count: x.questionCount })}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {kind === 'townhall-series' && (
        <div className="field report-subject">
          <label htmlFor={`${id}-series`}>{t('reportsHub.series')}</label>
          {seriesNames.length === 0 ? (
            <p className="muted">{t('reportsHub.noSeries')}</p>
          ) : (
            <select id={`${id}-series`} value={chosenSeries} onChange={(e) => setSeries(e.target.value)}>
              {seriesNames.map((s) => (
                <option key={s} value={s}>
                  {t('reportsHub.seriesOption', { series: s, count: (townhalls ?? []).filter((th) => th.series === s).length })}
                </option>
              ))}
            </select>
          )}
        </div>
      )}

      <ReportOptionsFields
        options={options}
        onChange={update}
        personalLabel={kind === 'gaps' ? undefined : t('reportsHub.personal')}
        publicHint={t('reportsHub.publicHint')}
        internalHint={t('reportsHub.internalHint')}
      />
      <button type="button" className="button button-primary" disabled={exporting.busy || check.checking || subjectMissing} onClick={() => void check.request(request())}>
        {exporting.busy ? t('reportsHub.exporting') : t('reportsHub.export')}
      </button>
      <p role="status" className="notice-line">
        {exporting.notice}
      </p>
      <ErrorAlert message={exporting.error} onDismiss={exporting.clearError} />
      {check.dialog}
    </section>
  );
}
