import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../app/ErrorAlert';
import { DeleteButton } from '../../app/undo/DeleteButton';
import { useExercises } from '../use-data';
import { exerciseRoutes } from '../routes';

/** Every exercise: open the console of one in progress, or the hot wash of one that ended. */
export function ExerciseList() {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, reload } = useExercises();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="card-title">
        {t('tabletop.list.title')}
      </h2>
      <ErrorAlert message={error} onRetry={() => void reload()} />
      {data && data.length === 0 && <p className="empty">{t('tabletop.list.empty')}</p>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('tabletop.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tabletop.list.name')}</th>
                <th scope="col">{t('tabletop.list.date')}</th>
                <th scope="col">{t('tabletop.list.status')}</th>
                <th scope="col" className="numeric">
                  {t('tabletop.list.entries')}
                </th>
                <th scope="col">{t('tabletop.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <a href={exerciseRoutes.console(e.id)}>{e.title}</a>
                  </th>
                  <td className="nowrap">{e.date}</td>
                  <td>
                    <span className={`badge status-${e.status}`}>{t(`tabletop.status.${e.status}`)}</span>
                    {(e.status === 'running' || e.status === 'paused') && (
                      <span className="muted"> · {t('tabletop.list.moduleOf', { n: e.currentModule + 1, count: e.moduleCount })}</span>
                    )}
                  </td>
                  <td className="numeric">{e.entryCount}</td>
                  <td>
                    <div className="actions">
                      <a className="button button-secondary button-small" href={exerciseRoutes.console(e.id)} aria-label={t('tabletop.list.openConsoleFor', { name: e.title })}>
                        {t('tabletop.list.openConsole')}
                      </a>
                      <a className="button button-quiet button-small" href={exerciseRoutes.hotWash(e.id)} aria-label={t('tabletop.list.openHotWashFor', { name: e.title })}>
                        {t('tabletop.list.openHotWash')}
                      </a>
                      <DeleteButton
                        label={t('tabletop.common.delete')}
                        accessibleName={t('tabletop.list.deleteFor', { name: e.title })}
                        confirmTitle={t('tabletop.list.deleteTitle', { name: e.title })}
                        confirmLabel={t('tabletop.list.deleteConfirm')}
                        cascade={<p>{t('tabletop.list.deleteCascade', { count: e.entryCount })}</p>}
                        deletedMessage={{ key: 'tabletop.list.deleted', params: { name: e.title } }}
                        run={() => api.call('exercises.delete', { id: e.id })}
                        onDeleted={() => void reload().then(() => heading.current?.focus())}
                        onUndone={() => void reload()}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
