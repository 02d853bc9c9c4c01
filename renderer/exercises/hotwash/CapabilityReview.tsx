import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Entry, type Exercise } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { ENTRY_LABELS, entryValues, type EntryValues } from '../console/EntryLog';

/** One capability in the hot wash: its strengths and areas for improvement, and its P/S/M/U rating. */
export function CapabilityReview({ exercise, capability, name, capabilities }: { exercise: Exercise; capability: string | null; name: string; capabilities: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const current = capability ? exercise.ratings.find((r) => r.capability === capability) : undefined;
  const [rating, setRating] = useState<string>(current?.rating ?? '');
  const [observation, setObservation] = useState(current?.observation ?? '');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { saveVersioned, dialog } = useVersionedSave();
  const entries = exercise.entries.filter((e) => e.capability === capability && (e.type === 'strength' || e.type === 'improvement'));
  if (capability === null && entries.length === 0) return null;

  const saveRating = async () => {
    if (!capability) return;
    setError(null);
    try {
      await api.call('exercises.rate', { id: exercise.id, capability, rating: (rating || null) as (typeof RATINGS)[number] | null, observation });
      setNotice(t('tabletop.hotwash.ratingSaved', { name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const move = async (entry: Entry, to: string) => {
    setError(null);
    try {
      const base = { values: entryValues(entry), version: entry.version };
      await saveVersioned<EntryValues, Entry>({
        base,
        mine: { ...base.values, capability: to },
        valuesOf: entryValues,
        label: (key) => t(ENTRY_LABELS[key as keyof EntryValues]),
        show: (key, value) => (key === 'type' ? t(`tabletop.entryType.${String(value)}`) : key === 'capability' ? (value ? (capabilities.find((c) => c.id === value)?.name ?? String(value)) : t('tabletop.editor.noCapability')) : undefined),
        save: (v, version) => api.call('exercises.updateEntry', { id: exercise.id, entryId: entry.id, version, text: v.text, type: v.type, capability: v.capability || null }),
      });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const list = (type: 'strength' | 'improvement') => {
    const items = entries.filter((e) => e.type === type);
    return (
      <div>
        <h4 className="discipline">{t(type === 'strength' ? 'tabletop.hotwash.strengths' : 'tabletop.hotwash.improvements')}</h4>
        {items.length === 0 && <p className="muted">{t('tabletop.hotwash.none')}</p>}
        <ul className="finding-list">
          {items.map((e) => (
            <li key={e.id}>
              <span>{e.text}</span>
              <select className="cell-input" aria-label={t('tabletop.hotwash.moveTo', { text: e.text.slice(0, 60) })} value={e.capability ?? ''} onChange={(ev) => void move(e, ev.target.value)}>
                <option value="">{t('tabletop.editor.noCapability')}</option>
                {capabilities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <section className="card capability-review" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="card-title">
        {name}
      </h3>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="findings">
        {list('strength')}
        {list('improvement')}
      </div>
      {capability && (
        <div className="rating-form">
          <fieldset className="choices rating-choices">
            <legend>{t('tabletop.hotwash.rating', { name })}</legend>
            {['', ...RATINGS].map((r) => (
              <label className="check" key={r || 'none'}>
                <input type="radio" name={`${id}-rating`} value={r} checked={rating === r} onChange={() => setRating(r)} />
                <span>{r ? t(`tabletop.rating.${r}`) : t('tabletop.hotwash.notRated')}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-obs`}>{t('tabletop.hotwash.observation')}</label>
            <textarea id={`${id}-obs`} rows={2} value={observation} onChange={(e) => setObservation(e.target.value)} />
          </div>
          <button type="button" className="button button-secondary button-small" onClick={() => void saveRating()}>
            {t('tabletop.hotwash.saveRating', { name })}
          </button>
        </div>
      )}
      {dialog}
    </section>
  );
}
