import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ReportOptionsFields, useReportOptions } from '../../reports/ReportOptionsFields';
import { useReportExport } from '../../reports/use-report-export';
import type { GapsData } from '../use-gaps-data';

/** Export the service-gap report as PDF, in English or Spanish whatever the UI language. */
export function GapReportPanel({ data }: { data: GapsData }) {
  const { t } = useTranslation();
  const { options, update, request } = useReportOptions();
  const exporting = useReportExport();
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="card-title">
        {t('resources.report.title')}
      </h2>
      <p className="muted">{t('resources.report.intro')}</p>
      <ul>
        <li>{t('resources.report.contents.method')}</li>
        <li>{t('resources.report.contents.inventory')}</li>
        <li>{t('resources.report.contents.matrix')}</li>
        <li>{t('resources.report.contents.gaps')}</li>
        <li>{t('resources.report.contents.stale')}</li>
      </ul>
      <ReportOptionsFields options={options} onChange={update} publicHint={t('reportsHub.publicHint')} internalHint={t('reportsHub.internalHint')} />
      <button
        type="button"
        className="button button-primary"
        disabled={exporting.busy || (data.services.length === 0 && data.needs.length === 0)}
        onClick={() => void exporting.run({ kind: 'gaps', ...request })}
      >
        {exporting.busy ? t('reportsHub.exporting') : t('reportsHub.export')}
      </button>
      <p role="status" className="notice-line">
        {exporting.notice}
      </p>
      <ErrorAlert message={exporting.error} onDismiss={exporting.clearError} />
    </section>
  );
}
