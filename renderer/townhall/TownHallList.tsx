import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownHallListItem } from '../../shared/contract/methods/townhalls';
import { useApi, useReloadOnChange } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { routeHref } from '../app/routes';
import { DeleteButton } from '../app/undo/DeleteButton';
import { formatDay } from './format-day';
import { TownHallForm } from './TownHallForm';
import { counted } from '../app/i18n/counted';

/** Every town hall, newest first, and the form to add one. */
export function TownHallList() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [items, setItems] = useState<TownHallListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setItems(await api.call('townhalls.list', {}));
      setError(null);
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  }, [api, t]);
  useEffect(() => void reload(), [reload]);
  useReloadOnChange(['townhalls', 'questions'], reload);

  return (
    <>
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} ref={heading} tabIndex={-1} className="card-title">
          {t('townhall.list.title')}
        </h2>
        <ErrorAlert message={error} onRetry={() => void reload()} />
        {items && items.length === 0 && <p className="empty">{t('townhall.list.empty')}</p>}
        {items && items.length > 0 && (
          <ul className="th-list">
            {items.map((th) => (
              <li key={th.id} className="th-list-item">
                <a className="th-list-link" href={routeHref('townhalls', th.id, 'capture')}>
                  {th.title}
                </a>
                <span className="muted">
                  {formatDay(th.date, i18n.language)}
                  {th.place ? ` · ${th.place}` : ''}
                  {th.series ? ` · ${th.series}` : ''}
                </span>
                <span className="badge">{t('townhall.list.counts', { questions: counted(t, 'question', th.questionCount), raised: counted(t, 'raised', th.raised) })}</span>
                <DeleteButton
                  label={t('townhall.list.delete')}
                  accessibleName={t('townhall.list.deleteFor', { title: th.title })}
                  confirmTitle={t('townhall.list.deleteTitle', { title: th.title })}
                  confirmLabel={t('townhall.list.deleteConfirm')}
                  cascade={th.questionCount > 0 ? <p>{t('townhall.list.deleteCascade', { count: th.questionCount })}</p> : null}
                  deletedMessage={{ key: 'townhall.list.deleted', params: { title: th.title } }}
                  run={() => api.call('townhalls.delete', { id: th.id, withQuestions: true })}
                  onDeleted={() => void reload().then(() => heading.current?.focus())}
                  onUndone={() => void reload()}
                />
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={routeHref('townhalls', 'topics')}>{t('townhall.list.editTopics')}</a>
        </p>
      </section>
      <TownHallForm onSaved={(th) => (window.location.hash = routeHref('townhalls', th.id, 'capture'))} />
    </>
  );
}
