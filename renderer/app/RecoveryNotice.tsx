import { useTranslation } from 'react-i18next';
import { sectionHref } from './routes';

/** Shown in every section after the data file was recovered at start; details are in Settings. */
export function RecoveryNotice({ kind }: { kind?: 'dataFile' | 'journal' }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning" role="status">
      <p>
        {kind === 'journal' ? t('recoveryNotice.journalText') : t('recoveryNotice.text')} <a href={sectionHref('settings')}>{t('recoveryNotice.link')}</a>
      </p>
    </div>
  );
}
