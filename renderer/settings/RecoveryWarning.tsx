import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/contract';
import { useApi } from '../app/api-context';
import { useFormat } from '../app/format';

/**
 * Says in plain words what was repaired when the workspace was opened: a damaged data file (moved
 * aside, the newest backup restored and the journal replayed over it, to which saved change, how
 * many were lost and why, how old the backup was) or only the change journal (the data file kept).
 * Offers to open the folder (desktop) or shows its path (browser).
 */
export function RecoveryWarning({ recovery }: { recovery: Recovery }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [folder, setFolder] = useState<string | null>(null);
  const journalOnly = recovery.kind === 'journal';
  const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const lost = recovery.changesLost ?? 0;
  async function openFolder() {
    const r = await api.call('workspace.openFolder', { which: journalOnly ? 'data' : 'backups' });
    setFolder(r.opened ? null : r.path);
  }
  return (
    <section className="recovery-warning" aria-labelledby="recovery-title" data-testid="recovery-warning">
      <h2 id="recovery-title" className="recovery-title">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" className="recovery-icon">
          <path d="M12 3 2 20h20L12 3zM12 10v4M12 17.5v.01" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {journalOnly ? t('recovery.journalTitle') : t('recovery.title')}
      </h2>
      <p>{journalOnly ? t('recovery.journalSummary') : t('recovery.summary')}</p>
      {!journalOnly &&
        (recovery.movedAsideTo ? (
          <p>
            {t('recovery.movedAside')} <code className="path">{recovery.movedAsideTo}</code>
          </p>
        ) : (
          <p>{t('recovery.notMoved')}</p>
        ))}
      {!journalOnly &&
        (recovery.restoredFrom ? (
          <>
            <p>
              {t('recovery.restored')} <code className="path">{recovery.restoredFrom}</code>
            </p>
            {recovery.backupTakenAt && <p>{t('recovery.backupAge', { time: format.dateTime(recovery.backupTakenAt) })}</p>}
          </>
        ) : (
          <p>{t('recovery.noBackup')}</p>
        ))}
      {(recovery.changesReplayed ?? 0) > 0 && <p>{t('recovery.replayed', { count: recovery.changesReplayed })}</p>}
      {recovery.restoredTo && <p>{t('recovery.restoredTo', { time: time(recovery.restoredTo) })}</p>}
      {recovery.changesLost !== undefined && (recovery.restoredFrom || journalOnly) && (
        <p>{lost === 0 ? t('recovery.lostNone') : t('recovery.lost', { count: lost, why: recovery.lostBecause ?? '' })}</p>
      )}
      {(recovery.setAside ?? []).length > 0 && (
        <>
          <p>{t('recovery.setAside')}</p>
          <ul>
            {recovery.setAside!.map((f) => (
              <li key={f}>
                <code className="path">{f}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" className="button button-secondary button-small" onClick={() => void openFolder()}>
          {t('recovery.openFolder')}
        </button>
        {folder && (
          <>
            {' '}
            {t('data.folderPath')} <code className="path">{folder}</code>
          </>
        )}
      </p>
      <p className="recovery-details">
        {t('recovery.when', { time: format.dateTime(recovery.at) })} {t('recovery.reason', { reason: recovery.reason })}
      </p>
    </section>
  );
}
