import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPTURE_TYPES, parseCapture, typeForShortcut } from '../../../shared/logic';
import { ENTRY_TYPES, type Entry, type EntryType } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { messageOf } from '../../app/ErrorAlert';
import { useStoredDraft } from '../../app/forms/use-stored-draft';

type Pending = { entryId: string; type: EntryType; text: string; capability: string | null; state: 'saving' | 'failed'; error?: string };
type Draft = { text: string; type: EntryType; capability: string };

const isType = (v: unknown): v is EntryType => (ENTRY_TYPES as readonly unknown[]).includes(v);
const EMPTY_DRAFT: Draft = { text: '', type: 'note', capability: '' };

function readDraft(v: unknown): Draft | null {
  const d = v as Partial<Draft> | null;
  if (!d || typeof d.text !== 'string') return null;
  return { text: d.text, type: isType(d.type) ? d.type : 'note', capability: typeof d.capability === 'string' ? d.capability : '' };
}

function readPending(v: unknown): Pending[] | null {
  if (!Array.isArray(v)) return null;
  return v
    .filter((p): p is Pending => typeof p?.entryId === 'string' && typeof p.text === 'string' && isType(p.type))
    .map((p) => ({ entryId: p.entryId, type: p.type, text: p.text, capability: typeof p.capability === 'string' ? p.capability : null, state: 'saving' as const }));
}

/**
 * Live capture: one field, Enter saves. A prefix (`d:` decision, `need:` need, …) or Alt+1…7
 * picks the type; a capability is filed only when chosen ("not set" otherwise). Each entry shows
 * at once as "saving"; a failed save keeps its text with a retry button. The line being typed and
 * every entry not yet confirmed are kept in local storage: after a reload the draft is back and
 * unconfirmed entries are sent again (the server answers a repeated entry id with the first save).
 */
export function CaptureBox({ exerciseId, capabilities, onSaved }: { exerciseId: string; capabilities: { id: string; name: string }[]; onSaved: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useStoredDraft<Draft>(`convene.exercise.${exerciseId}.draft`, EMPTY_DRAFT, readDraft, (d) => !d.text && d.type === 'note' && !d.capability);
  const [pending, setPending] = useStoredDraft<Pending[]>(`convene.exercise.${exerciseId}.unsaved`, [], readPending, (ps) => ps.length === 0);
  const { text, type } = draft;
  const capability = capabilities.some((c) => c.id === draft.capability) ? draft.capability : '';
  const setText = (value: string) => setDraft((d) => ({ ...d, text: value }));
  const setType = (value: EntryType) => setDraft((d) => ({ ...d, type: value }));
  const parsed = parseCapture(text, type);

  const save = async (p: Pending) => {
    setPending((ps) => [...ps.filter((x) => x.entryId !== p.entryId), { ...p, state: 'saving', error: undefined }]);
    try {
      const entry = await api.call('exercises.capture', { id: exerciseId, entryId: p.entryId, type: p.type, text: p.text, capability: p.capability });
      setPending((ps) => ps.filter((x) => x.entryId !== p.entryId));
      onSaved(entry);
    } catch (e) {
      setPending((ps) => ps.map((x) => (x.entryId === p.entryId ? { ...x, state: 'failed', error: messageOf(e, t('errors.unexpected')) } : x)));
    }
  };

  // Entries still unconfirmed when the page was left are sent again once, with their own ids.
  const resent = useRef(false);
  useEffect(() => {
    if (resent.current) return;
    resent.current = true;
    for (const p of pending) void save(p);
    // Only the entries restored at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = () => {
    if (!parsed.text) return;
    void save({ entryId: crypto.randomUUID(), type: parsed.type, text: parsed.text, capability: capability || null, state: 'saving' });
    setDraft(EMPTY_DRAFT);
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
      {capabilities.length > 0 && (
        <div className="field field-inline">
          <label htmlFor={`${id}-capability`}>{t('tabletop.capture.capability')}</label>
          <select id={`${id}-capability`} value={capability} onChange={(e) => setDraft((d) => ({ ...d, capability: e.target.value }))}>
            <option value="">{t('tabletop.common.notSet')}</option>
            {capabilities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
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
