import { useTranslation } from 'react-i18next';
import { SectionPage } from '../app/SectionPage';
import { ReportExportForm } from './ReportExportForm';
import './reports.css';

/** Reports: every PDF Convene makes, exported from one form. Each feature also offers its own report where it is used. */
export function ReportsSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  const { t } = useTranslation();
  return (
    <SectionPage title={t('reports.title')} intro={t('reports.intro')} focusHeading={focusHeading}>
      <ReportExportForm />
    </SectionPage>
  );
}
