import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ReportOptionsFields, useReportOptions } from '../../reports/ReportOptionsFields';
import { useReportExport } from '../../reports/use-report-export';

/** Exports the AAR/IP as PDF: language, audience, and whether participants' names go in (internal only). */
export function AarExportPanel({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { options, update, request } = useReportOptions();
  const exporting = useReportExport();

  return (
    <section className="card" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`} className="card-title">
        {t('tabletop.aar.title')}
      </h2>
      <p className="card-intro">{t('tabletop.aar.intro')}</p>
      <ReportOptionsFields options={options} onChange={update} personalLabel={t('tabletop.aar.names')} publicHint={t('tabletop.aar.publicHint')} internalHint={t('tabletop.aar.internalHint')} />
      <button type="button" className="button button-primary" disabled={exporting.busy} onClick={() => void exporting.run({ kind: 'aar', id: exerciseId, ...request })}>
        {exporting.busy ? t('reportsHub.exporting') : t('reportsHub.export')}
      </button>
      <p role="status" className="notice-line">
        {exporting.notice}
      </p>
      <ErrorAlert message={exporting.error} onDismiss={exporting.clearError} />
    </section>
  );
}
