import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../app/forms/unsaved-guard';
import type { Topic } from '../../shared/model';
import { useApi, useReloadOnChange } from '../app/api-context';
import { ConfirmDialog } from '../app/undo/ConfirmDialog';
import { useUndo } from '../app/undo/UndoToast';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { routeHref } from '../app/routes';
import { useVersionedSave } from '../app/conflicts/use-versioned-save';
import { sameValue } from '../app/conflicts/field-choices';

type TopicNames = { en: string; es: string };
const namesOf = (topic: Topic): TopicNames => ({ en: topic.name.en, es: topic.name.es });

/** The topic list: add, rename (English and Spanish), delete (moving its questions to another topic). */
export function TopicsPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ui = i18n.language === 'es' ? 'es' : 'en';
  const [topics, setTopics] = useState<Topic[] | null>(null);
  const [en, setEn] = useState('');
  const [es, setEs] = useState('');
  useUnsavedGuard(en.trim() !== '' || es.trim() !== '');
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setTopics(await api.call('townhalls.listTopics', {}));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  }, [api, t]);
  useEffect(() => void reload(), [reload]);
  useReloadOnChange(['townhalls'], reload);

  const act = async (action: () => Promise<string>) => {
    setError(null);
    try {
      setNotice(await action());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const topic = await api.call('townhalls.createTopic', { name: { en, es } });
      setEn('');
      setEs('');
      return t('townhall.topics.added', { name: topic.name[ui] });
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.topics.listTitle')}
      </h2>
      <p>
        <a href={routeHref('townhalls')}>{t('townhall.page.back')}</a>
      </p>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <table className="table table-compact">
        <caption className="visually-hidden">{t('townhall.topics.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('townhall.topics.english')}</th>
            <th scope="col">{t('townhall.topics.spanish')}</th>
            <th scope="col">{t('townhall.topics.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {topics?.map((topic) => (
            <TopicRow key={topic.id} topic={topic} topics={topics} moveTo={moveTo[topic.id] ?? ''} setMoveTo={(v) => setMoveTo((m) => ({ ...m, [topic.id]: v }))} act={act} />
          ))}
        </tbody>
      </table>
      <form className="add-form" onSubmit={add} noValidate aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`} className="subheading">
          {t('townhall.topics.add')}
        </h3>
        <div className="form-row">
          <div className="field field-grow">
            <label htmlFor={`${id}-en`}>{t('townhall.topics.english')}</label>
            <input id={`${id}-en`} value={en} maxLength={120} onChange={(e) => setEn(e.target.value)} />
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-es`}>{t('townhall.topics.spanish')}</label>
            <input id={`${id}-es`} value={es} maxLength={120} onChange={(e) => setEs(e.target.value)} />
          </div>
          <div className="field field-submit">
            <button type="submit" className="button button-primary">
              {t('townhall.topics.addButton')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

function TopicRow({ topic, topics, moveTo, setMoveTo, act }: { topic: Topic; topics: Topic[]; moveTo: string; setMoveTo: (v: string) => void; act: (a: () => Promise<string>) => Promise<void> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [en, setEn] = useState(topic.name.en);
  const [es, setEs] = useState(topic.name.es);
  // The names as this row loaded (or last saved) them: a rename is based on this version, so one
  // saved elsewhere meanwhile opens the conflict dialog instead of being overwritten unseen.
  const [base, setBase] = useState(() => ({ values: namesOf(topic), version: topic.version }));
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(!sameValue({ en, es }, base.values));
  const undo = useUndo();
  const rename = async () => {
    const outcome = await saveVersioned<TopicNames, Topic>({
      base,
      mine: { en, es },
      valuesOf: namesOf,
      label: (key) => t(key === 'en' ? 'townhall.topics.english' : 'townhall.topics.spanish'),
      save: (v, version) => api.call('townhalls.updateTopic', { id: topic.id, version, name: v }),
    });
    if (!outcome) return '';
    setBase({ values: outcome.values, version: outcome.record.version });
    setEn(outcome.values.en);
    setEs(outcome.values.es);
    return t('townhall.topics.saved', { name: outcome.values.en });
  };
  const [inUse, setInUse] = useState<string | null>(null);
  return (
    <tr>
      <td>
        <input className="cell-input" value={en} maxLength={120} onChange={(e) => setEn(e.target.value)} aria-label={t('townhall.topics.englishOf', { name: topic.name.en })} />
      </td>
      <td>
        <input className="cell-input" value={es} maxLength={120} onChange={(e) => setEs(e.target.value)} aria-label={t('townhall.topics.spanishOf', { name: topic.name.en })} />
      </td>
      <td className="th-topic-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => void act(rename)}>
          {t('townhall.topics.save')}
        </button>
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} aria-label={t('townhall.topics.moveTo', { name: topic.name.en })}>
          <option value="">{t('townhall.topics.noTopic')}</option>
          {topics
            .filter((x) => x.id !== topic.id)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.name.en}
              </option>
            ))}
        </select>
        <button
          type="button"
          className="button button-danger-quiet button-small"
          onClick={() =>
            void act(async () => {
              try {
                const answer = await api.call('townhalls.deleteTopic', { id: topic.id });
                undo.announce({ key: 'townhall.topics.deleted', params: { name: topic.name.en } }, answer.undoToken);
                return '';
              } catch (e) {
                // In use: the in-app dialog asks before moving its questions.
                setInUse(messageOf(e, ''));
                return '';
              }
            })
          }
        >
          {t('townhall.topics.delete')}
        </button>
        {inUse !== null && (
          <ConfirmDialog
            title={t('townhall.topics.confirmTitle', { name: topic.name.en })}
            confirmLabel={t('townhall.topics.confirmButton')}
            onCancel={() => setInUse(null)}
            onConfirm={() =>
              void act(async () => {
                const answer = await api.call('townhalls.deleteTopic', { id: topic.id, reassignTo: moveTo || null });
                setInUse(null);
                undo.announce({ key: 'townhall.topics.deleted', params: { name: topic.name.en } }, answer.undoToken);
                return '';
              })
            }
          >
            <p>{inUse}</p>
            <p>{moveTo ? t('townhall.topics.confirmMoveTo', { name: topics.find((x) => x.id === moveTo)?.name.en ?? '' }) : t('townhall.topics.confirmMoveNone')}</p>
          </ConfirmDialog>
        )}
        {dialog}
      </td>
    </tr>
  );
}
