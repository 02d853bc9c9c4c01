import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../shared/contract';
import { ErrorAlert } from '../app/ErrorAlert';
import { useFormat } from '../app/format';

/** The last part of a path, whichever separator the system uses. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Where the data lives: file, size, versions and the backups list. */
export function DataPanel({ status, error, reload }: { status: WorkspaceStatus | null; error: string | null; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
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
            <div className="fact">
              <dt>{t('data.size')}</dt>
              <dd>{format.bytes(status.bytes)}</dd>
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
          <h3 className="subheading">{t('data.backupsTitle')}</h3>
          <p className="muted">{t('data.backupsIntro')}</p>
          {status.backups.length === 0 ? (
            <p className="empty">{t('data.backupsEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('data.backupColumns.file')}</th>
                    <th scope="col">{t('data.backupColumns.time')}</th>
                    <th scope="col" className="numeric">
                      {t('data.backupColumns.size')}
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
