import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/contract';
import { useFormat } from '../app/format';

/** Says in plain words that the data file was damaged, where the damaged copy went, and what was restored. */
export function RecoveryWarning({ recovery }: { recovery: Recovery }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="recovery-warning" aria-labelledby="recovery-title" data-testid="recovery-warning">
      <h2 id="recovery-title" className="recovery-title">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" className="recovery-icon">
          <path d="M12 3 2 20h20L12 3zM12 10v4M12 17.5v.01" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('recovery.title')}
      </h2>
      <p>{t('recovery.summary')}</p>
      {recovery.movedAsideTo ? (
        <p>
          {t('recovery.movedAside')} <code className="path">{recovery.movedAsideTo}</code>
        </p>
      ) : (
        <p>{t('recovery.notMoved')}</p>
      )}
      {recovery.restoredFrom ? (
        <>
          <p>
            {t('recovery.restored')} <code className="path">{recovery.restoredFrom}</code>
          </p>
          <p>{t('recovery.restoredHelp')}</p>
        </>
      ) : (
        <p>{t('recovery.noBackup')}</p>
      )}
      <p className="recovery-details">
        {t('recovery.when', { time: format.dateTime(recovery.at) })} {t('recovery.reason', { reason: recovery.reason })}
      </p>
    </section>
  );
}
