import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../shared/contract';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { useFormat } from '../app/format';
import { downloadText } from '../exercises/download-text';
import { WorkspaceSwitch } from './WorkspaceSwitch';

/** The last part of a path, whichever separator the system uses. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

type Confirming = { kind: 'backup'; file: string } | { kind: 'file'; name: string; content: string } | null;

/**
 * Where the data lives (the data file plus its change journal), the backups with their time and
 * size, and what a user does with them: back up now to a file of their choosing, restore from a
 * listed backup or a backup file, open the folder, open or start another workspace.
 */
export function DataPanel({ status, error, reload }: { status: WorkspaceStatus | null; error: string | null; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [folderPath, setFolderPath] = useState<string | null>(null);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setActionError(null);
    setDone(null);
    try {
      setDone(await action());
      await reload();
    } catch (e) {
      setActionError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      await api.call('workspace.backupNow', {});
      const file = await api.call('workspace.exportBackup', {});
      downloadText(file.fileName, file.content, 'application/json');
      return t('data.backedUp', { file: file.fileName });
    });

  const restore = (c: NonNullable<Confirming>) =>
    run(async () => {
      setConfirming(null);
      const r = await api.call('workspace.restore', c.kind === 'backup' ? { backup: c.file } : { content: c.content, fileName: c.name });
      return t('data.restored', { from: fileName(r.restoredFrom), safety: fileName(r.safetyBackup) });
    });

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setConfirming({ kind: 'file', name: file.name, content: await file.text() });
  }

  const openFolder = (which: 'data' | 'backups') =>
    run(async () => {
      const r = await api.call('workspace.openFolder', { which });
      setFolderPath(r.opened ? null : r.path);
      return r.opened ? t('data.folderOpened') : '';
    });

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title" className="card-title">
        {t('data.title')}
      </h2>
      <p className="card-intro">{t('data.intro')}</p>
      <ErrorAlert message={error} onRetry={() => void reload()} />
      {status && (
        <>
          <dl className="facts">
            <div className="fact fact-wide">
              <dt>{t('data.file')}</dt>
              <dd>
                <code className="path">{status.dataFile}</code>
              </dd>
            </div>
            {status.journalFile && (
              <div className="fact fact-wide">
                <dt>{t('data.journal')}</dt>
                <dd>
                  <code className="path">{status.journalFile}</code> ({format.bytes(status.journalBytes ?? 0)})
                </dd>
              </div>
            )}
            <div className="fact">
              <dt>{t('data.size')}</dt>
              <dd>{format.bytes(status.bytes + (status.journalBytes ?? 0))}</dd>
            </div>
            <div className="fact">
              <dt>{t('data.schemaVersion')}</dt>
              <dd>{format.number(status.schemaVersion)}</dd>
            </div>
            <div className="fact">
              <dt>{t('data.appVersion')}</dt>
              <dd>{status.appVersion}</dd>
            </div>
            <div className="fact fact-wide">
              <dt>{t('data.backupsFolder')}</dt>
              <dd>
                <code className="path">{status.backupsFolder}</code>
              </dd>
            </div>
          </dl>
          <p className="muted">{t('data.twoFiles')}</p>
          {status.uncleanStop && (
            <div className="alert alert-info" role="status" aria-label={t('data.uncleanStopTitle')}>
              <p className="alert-heading">{t('data.uncleanStopTitle')}</p>
              <p>{t('data.uncleanStop', { count: status.uncleanStop.changesRecovered, formattedCount: format.number(status.uncleanStop.changesRecovered) })}</p>
            </div>
          )}
          {(status.notices ?? []).length > 0 && (
            <div className="alert alert-warning" role="status" aria-label={t('data.noticesTitle')}>
              <p className="alert-heading">{t('data.noticesTitle')}</p>
              <ul>
                {status.notices!.map((n, i) => (
                  <li key={i}>
                    {format.dateTime(n.at)}: {n.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions data-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUpNow()}>
              {t('data.backUpNow')}
            </button>
            <input id={`${id}-restore`} type="file" accept=".json,application/json" className="visually-hidden file-input" disabled={busy} onChange={(e) => void onFile(e)} />
            <label htmlFor={`${id}-restore`} className="button button-secondary file-label">
              {t('data.restoreFromFile')}
            </label>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void openFolder('data')}>
              {t('data.openFolder')}
            </button>
          </div>
          {folderPath && (
            <p role="status">
              {t('data.folderPath')} <code className="path">{folderPath}</code>
            </p>
          )}
          {done && (
            <p role="status" className="notice notice-success">
              {done}
            </p>
          )}
          <ErrorAlert message={actionError} onDismiss={() => setActionError(null)} />
          {confirming && (
            <div role="alertdialog" aria-label={t('data.confirmTitle')} className="alert alert-warning">
              <p className="alert-heading">{t('data.confirmTitle')}</p>
              <p>{t('data.confirmText', { file: confirming.kind === 'backup' ? fileName(confirming.file) : confirming.name })}</p>
              <div className="actions">
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore(confirming)}>
                  {t('data.confirmRestore')}
                </button>
                <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                  {t('data.cancel')}
                </button>
              </div>
            </div>
          )}
          <WorkspaceSwitch dataFile={status.dataFile} onSwitched={reload} />
          <h3 className="subheading">{t('data.backupsTitle')}</h3>
          <p className="muted">{t('data.backupsIntro')}</p>
          {status.backups.length === 0 ? (
            <p className="empty">{t('data.backupsEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('data.backupsTitle')}>
                <thead>
                  <tr>
                    <th scope="col">{t('data.backupColumns.file')}</th>
                    <th scope="col">{t('data.backupColumns.time')}</th>
                    <th scope="col" className="numeric">
                      {t('data.backupColumns.size')}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{t('data.backupColumns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((b) => (
                    <tr key={b.file}>
                      <td>
                        <code className="path" title={b.file}>
                          {fileName(b.file)}
                        </code>
                      </td>
                      <td>{format.dateTime(b.modifiedAt)}</td>
                      <td className="numeric">{format.bytes(b.bytes)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy}
                          aria-label={t('data.restoreThis', { time: format.dateTime(b.modifiedAt) })}
                          onClick={() => setConfirming({ kind: 'backup', file: b.file })}
                        >
                          {t('data.restore')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
