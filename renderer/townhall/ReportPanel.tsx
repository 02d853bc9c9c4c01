import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownHallListItem } from '../../shared/contract/methods/townhalls';
import { useApi } from '../app/api-context';
import { ErrorAlert } from '../app/ErrorAlert';
import { ReportOptionsFields, useReportOptions } from '../reports/ReportOptionsFields';
import { useReportExport } from '../reports/use-report-export';
import { useUnreviewedExportCheck } from '../reports/UnreviewedExportCheck';
import { PrivacyReview } from './PrivacyReview';
import type { TownHallData } from './use-townhall-data';

/** Exports the summary PDF for this town hall or its whole series, in English or Spanish, public or internal. */
export function ReportPanel({ data }: { data: TownHallData }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const { options, update, request } = useReportOptions();
  const exporting = useReportExport();
  const [wholeSeries, setWholeSeries] = useState(false);
  const [series, setSeries] = useState<TownHallListItem[]>([]);
  const review = useRef<HTMLHeadingElement>(null);
  // A public export with questions nobody reviewed asks first; "Review first" brings the review into view.
  const check = useUnreviewedExportCheck(exporting.run, () => {
    review.current?.scrollIntoView({ block: 'start' });
    review.current?.focus();
  });

  useEffect(() => {
    if (!data.townhall.series) return;
    void api.call('townhalls.list', {}).then((all) => setSeries(all.filter((x) => x.series === data.townhall.series)), () => setSeries([]));
  }, [api, data.townhall.series]);

  const subject = wholeSeries && series.length > 1 ? { kind: 'townhall-series' as const, ids: series.map((s) => s.id) } : { kind: 'townhall' as const, id: data.townhall.id };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.report.title')}
      </h2>
      <p className="card-intro">{t('townhall.report.intro')}</p>
      {series.length > 1 && (
        <label className="check">
          <input type="checkbox" checked={wholeSeries} onChange={(e) => setWholeSeries(e.target.checked)} />
          <span>{t('townhall.report.wholeSeries', { series: data.townhall.series, count: series.length })}</span>
        </label>
      )}
      <ReportOptionsFields options={options} onChange={update} personalLabel={t('townhall.report.personal')} publicHint={t('townhall.report.publicHint')} internalHint={t('townhall.report.internalHint')} />
      {options.audience === 'public' && <PrivacyReview townhallIds={subject.kind === 'townhall-series' ? subject.ids : [subject.id]} questions={data.questions} headingRef={review} />}
      <button type="button" className="button button-primary" disabled={exporting.busy || check.checking} onClick={() => void check.request({ ...subject, ...request })}>
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
