import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPTURE_TYPES, parseCapture, typeForShortcut } from '../../../shared/logic';
import type { Entry, EntryType } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { messageOf } from '../../app/ErrorAlert';

type Pending = { entryId: string; type: EntryType; text: string; state: 'saving' | 'failed'; error?: string };

/**
 * Live capture: one field, Enter saves. A prefix (`d:` decision, `need:` need, …) or Alt+1…7
 * picks the type. Each entry shows at once as "saving"; a failed save keeps its text with a
 * retry button, so nothing typed is ever lost.
 */
export function CaptureBox({ exerciseId, onSaved }: { exerciseId: string; onSaved: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [type, setType] = useState<EntryType>('note');
  const [pending, setPending] = useState<Pending[]>([]);
  const parsed = parseCapture(text, type);

  const save = async (p: Pending) => {
    setPending((ps) => [...ps.filter((x) => x.entryId !== p.entryId), { ...p, state: 'saving', error: undefined }]);
    try {
      const entry = await api.call('exercises.capture', { id: exerciseId, entryId: p.entryId, type: p.type, text: p.text });
      setPending((ps) => ps.filter((x) => x.entryId !== p.entryId));
      onSaved(entry);
    } catch (e) {
      setPending((ps) => ps.map((x) => (x.entryId === p.entryId ? { ...x, state: 'failed', error: messageOf(e, t('errors.unexpected')) } : x)));
    }
  };

  const submit = () => {
    if (!parsed.text) return;
    void save({ entryId: crypto.randomUUID(), type: parsed.type, text: parsed.text, state: 'saving' });
    setText('');
    setType('note');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const chosen = typeForShortcut(event.code.replace(/^(Digit|Numpad)/, ''));
      if (chosen) {
        event.preventDefault();
        setType(chosen);
      }
    }
  };

  return (
    <section className="card capture" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('tabletop.capture.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('tabletop.capture.label', { type: t(`tabletop.entryType.${parsed.type}`) })}</label>
        <input
          id={`${id}-input`}
          ref={input}
          className="capture-input"
          type="text"
          value={text}
          maxLength={20000}
          autoComplete="off"
          spellCheck
          aria-describedby={`${id}-help`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="capture-types" role="radiogroup" aria-label={t('tabletop.capture.typeLabel')}>
        {CAPTURE_TYPES.map((c) => (
          <label key={c.type} className={`capture-type type-${c.type}${parsed.type === c.type ? ' is-current' : ''}`}>
            <input type="radio" name={`${id}-type`} className="visually-hidden" checked={parsed.type === c.type} onChange={() => {
              setType(c.type);
              input.current?.focus();
            }} />
            <span>{t(`tabletop.entryType.${c.type}`)}</span>
            <kbd>{c.prefixes[0]}:</kbd>
          </label>
        ))}
      </div>
      <p id={`${id}-help`} className="hint">
        {t('tabletop.capture.help')}
      </p>
      {pending.length > 0 && (
        <ul className="pending-list" aria-live="polite">
          {pending.map((p) => (
            <li key={p.entryId} className={`pending pending-${p.state}`}>
              <span className="badge">{t(`tabletop.entryType.${p.type}`)}</span> {p.text}{' '}
              {p.state === 'saving' ? (
                <span className="muted">{t('tabletop.capture.saving')}</span>
              ) : (
                <span role="alert">
                  <span className="field-error">{t('tabletop.capture.failed', { reason: p.error })}</span>{' '}
                  <button type="button" className="button button-secondary button-small" onClick={() => void save(p)}>
                    {t('tabletop.capture.retry')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
