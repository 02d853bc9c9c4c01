import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { applySuggestion, defaultQuestionArea, findPersonalDetails, parseCaptureLine, suggest, tokenAtCaret, type CaptureOption } from '../../../shared/logic';
import { useApi } from '../../app/api-context';
import { newClientId } from '../../app/client-id';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import type { TownHallData } from '../use-townhall-data';
import { captureOptions } from './capture-options';
import { useCaptureDraft } from './use-capture-draft';
import { useCaptureQueue, type CaptureEntry } from './use-capture-queue';

const RECENT = 9;
const PREFIX_OF = { topic: '#', area: '@', department: '!', language: '~' } as const;

interface RecentItem {
  key: string;
  number: number | null;
  text: string;
  count: number;
  state: CaptureEntry['state'];
  error?: string;
  entry?: CaptureEntry;
  questionId?: string;
}

/**
 * Keyboard-first capture: one field, Enter saves (in the background), Tab completes a #topic,
 * @area, !department or ~language, Alt+1…9 adds a "me too" to a recent question, Ctrl+Z in the
 * empty field undoes the last entry, Alt+N goes to the optional name. The draft survives a crash.
 */
export function CapturePanel({ data }: { data: TownHallData }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ui = i18n.language === 'es' ? 'es' : 'en';
  const field = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const { line, setLine, name, setName, clear } = useCaptureDraft(data.townhall.id);
  const queue = useCaptureQueue(data.townhall.id);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const [notice, setNoticeText] = useState('');
  // The last question sent from this field: its notice follows its save (saving, saved as #N, not saved).
  const [lastSave, setLastSave] = useState<{ clientId: string; text: string } | null>(null);
  const setNotice = (text: string) => {
    setLastSave(null);
    setNoticeText(text);
  };
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => captureOptions(data.townhall, data.topics, data.areas, ui), [data.townhall, data.topics, data.areas, ui]);
  const token = tokenAtCaret(line, caret);
  const suggestions: CaptureOption[] = token && !dismissed ? suggest(options[token.field], token.word) : [];
  const parsed = useMemo(() => parseCaptureLine(line, options), [line, options]);
  const personal = useMemo(() => findPersonalDetails(parsed.text), [parsed.text]);
  const defaultLanguage = data.townhall.languages.find((l) => l === 'en' || l === 'es') ?? null;

  useEffect(() => {
    field.current?.focus();
  }, []);
  useEffect(() => setActive(0), [token?.field, token?.word]);
  // After a suggestion is taken, the caret goes right after it before the next key is handled.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    field.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [line]);

  const recent: RecentItem[] = useMemo(() => {
    const fromSession: RecentItem[] = queue.entries
      .filter((e) => e.state !== 'undone')
      .reverse()
      .map((e) => ({
        key: e.key,
        number: e.question?.number ?? null,
        text: e.question?.text ?? e.input.text,
        count: 1 + (e.question?.meToo ?? 0),
        state: e.state,
        error: e.error,
        entry: e,
      }));
    const sessionIds = new Set(queue.entries.map((e) => e.question?.id));
    const fromData: RecentItem[] = [...data.questions]
      .filter((q) => !sessionIds.has(q.id))
      .sort((a, b) => b.number - a.number)
      .slice(0, RECENT)
      .map((q) => ({ key: q.id, number: q.number, text: q.text, count: 1 + q.meToo, state: 'saved', questionId: q.id }));
    return [...fromSession, ...fromData].slice(0, RECENT);
  }, [queue.entries, data.questions]);

  const save = () => {
    const text = parsed.text;
    if (!text) {
      setNotice(t('townhall.capture.emptyRefused'));
      return;
    }
    const clientId = newClientId();
    void queue.add({
      clientId,
      townhallId: data.townhall.id,
      text,
      askedBy: name.trim() || null,
      topicId: parsed.topicId,
      areaId: parsed.areaId,
      department: parsed.department,
      language: parsed.language ?? defaultLanguage,
      source: 'live',
    });
    clear();
    setCaret(0);
    setDismissed(false);
    setNoticeText('');
    setLastSave({ clientId, text: text.length > 60 ? `${text.slice(0, 60)}…` : text });
    field.current?.focus();
  };

  const meToo = (item: RecentItem | undefined) => {
    if (!item || item.state === 'failed') return;
    setNotice(t('townhall.capture.meTooNotice', { number: item.number ?? '…', count: item.count + 1 }));
    if (item.entry) void queue.meToo(item.entry);
    else if (item.questionId) void api.call('questions.meToo', { id: item.questionId, by: 1 }).catch((e) => setError(messageOf(e, t('errors.unexpected'))));
  };

  const undo = () => {
    const last = [...queue.entries].reverse().find((e) => e.state === 'saved' || e.state === 'saving');
    if (!last) return setNotice(t('townhall.capture.nothingToUndo'));
    void queue.undo(last);
    setNotice(t('townhall.capture.undone', { text: last.input.text.slice(0, 60) }));
  };

  const take = (option: CaptureOption) => {
    if (!token) return;
    const next = applySuggestion(line, token, PREFIX_OF[token.field], option);
    pendingCaret.current = next.caret;
    setLine(next.line);
    setCaret(next.caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      return meToo(recent[Number(event.key) - 1]);
    }
    if (event.altKey && (event.key === 'n' || event.key === 'N')) {
      event.preventDefault();
      return nameField.current?.focus();
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && line === '') {
      event.preventDefault();
      return undo();
    }
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        return setActive((a) => (a + step + suggestions.length) % suggestions.length);
      }
      if (event.key === 'Tab' && !event.shiftKey) {
        event.preventDefault();
        return take(suggestions[active] ?? suggestions[0]);
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        return setDismissed(true);
      }
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  };

  const listId = `${id}-suggestions`;
  const chip = (label: string, value: string | null) => value && <span className="th-chip">{`${label}: ${value}`}</span>;
  const topicName = parsed.topicId ? data.topics.find((x) => x.id === parsed.topicId)?.name[ui] ?? null : null;
  const areaName = parsed.areaId ? data.areas.find((x) => x.id === parsed.areaId)?.name ?? null : null;
  const fallbackAreaId = defaultQuestionArea(data.townhall);
  const fallbackArea = fallbackAreaId ? data.areas.find((x) => x.id === fallbackAreaId)?.name ?? null : null;

  return (
    <section className="card th-capture" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.capture.title')}
      </h2>
      <div className="field th-capture-field">
        <label htmlFor={`${id}-line`}>{t('townhall.capture.question')}</label>
        <input
          id={`${id}-line`}
          ref={field}
          type="text"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${id}-keys`}
          autoComplete="off"
          spellCheck
          maxLength={20_000}
          value={line}
          placeholder={t('townhall.capture.placeholder')}
          onChange={(e) => {
            setLine(e.target.value);
            setCaret(e.target.selectionStart ?? e.target.value.length);
            setDismissed(false);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
        />
        {suggestions.length > 0 && (
          <ul id={listId} role="listbox" className="th-suggestions" aria-label={t(`townhall.capture.suggestions.${token!.field}`)}>
            {suggestions.map((o, i) => (
              <li
                key={o.value}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'th-suggestion th-suggestion-active' : 'th-suggestion'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  take(o);
                }}
              >
                {o.label}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="th-capture-meta">
        {chip(t('townhall.fields.topic'), topicName)}
        {chip(t('townhall.fields.area'), areaName)}
        {chip(t('townhall.fields.department'), parsed.department)}
        {chip(t('townhall.fields.language'), parsed.language)}
        {parsed.unmatched.map((u) => (
          <span key={`${u.field}-${u.word}`} className="th-chip th-chip-warning">
            {t(`townhall.capture.unmatched.${u.field}`, { word: u.word })}
          </span>
        ))}
        {personal.length > 0 && <span className="th-chip th-chip-warning">{t('townhall.capture.personal')}</span>}
      </div>
      <div className="field th-name-field">
        <label htmlFor={`${id}-name`}>{t('townhall.capture.name')}</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          value={name}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            }
          }}
        />
      </div>
      <p id={`${id}-keys`} className="hint">
        {t('townhall.capture.keys')}
      </p>
      <p className="hint" data-testid="area-rule">
        {fallbackArea ? t('townhall.capture.areaRuleOne', { area: fallbackArea }) : t('townhall.capture.areaRuleNone')}
      </p>
      <p role="status" className="notice-line" aria-live="polite">
        {lastSave ? saveNotice(t, lastSave.text, queue.entries.find((e) => e.input.clientId === lastSave.clientId)) : notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="actions">
        <button type="button" className="button button-secondary button-small" onClick={undo}>
          {t('townhall.capture.undo')}
        </button>
      </div>
      {queue.unsent > 0 && queue.entries.some((e) => e.state === 'waiting') && (
        <p className="th-chip th-chip-warning" role="status" data-testid="outbox-count">
          {t('townhall.room.outbox', { count: queue.unsent })}
        </p>
      )}
      <h3 className="subheading">{t('townhall.capture.recent')}</h3>
      {recent.length === 0 && <p className="empty">{t('townhall.capture.noneYet')}</p>}
      <ol className="th-recent" aria-label={t('townhall.capture.recent')}>
        {recent.map((item, i) => (
          <li key={item.key} className={`th-recent-item th-state-${item.state}`} data-testid="recent-question">
            <kbd className="th-kbd">{`Alt+${i + 1}`}</kbd>
            <span className="th-recent-number">{item.number === null ? '…' : `#${item.number}`}</span>
            <span className="th-recent-text">{item.text}</span>
            <span className="th-recent-count" title={t('townhall.capture.raisedBy', { count: item.count })}>
              {t('townhall.capture.count', { count: item.count })}
            </span>
            <span className="th-recent-state">
              {item.state === 'saving' && t('townhall.capture.state.saving')}
              {item.state === 'waiting' && t('townhall.capture.state.waiting')}
              {item.state === 'failed' && (item.entry?.restored ? t('townhall.capture.state.restored') : t('townhall.capture.state.failed', { error: item.error ?? '' }))}
            </span>
            {item.state === 'saved' && (
              <button type="button" className="button button-quiet button-small" onClick={() => meToo(item)} aria-label={t('townhall.capture.meTooFor', { number: item.number })}>
                {t('townhall.capture.meToo')}
              </button>
            )}
            {item.state === 'failed' && item.entry && (
              <>
                <button type="button" className="button button-secondary button-small" onClick={() => queue.retry(item.entry!.key)}>
                  {t('townhall.capture.retry')}
                </button>
                <button type="button" className="button button-quiet button-small" onClick={() => queue.discard(item.entry!.key)}>
                  {t('townhall.capture.discard')}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The notice of the last question sent: "Saving", "Waiting to send", "Saved as question N" or "Not saved", as its entry moves. */
function saveNotice(t: TFunction, text: string, entry: CaptureEntry | undefined): string {
  if (entry?.state === 'saved' && entry.question) return t('townhall.capture.savedAs', { number: entry.question.number, text });
  if (entry?.state === 'waiting') return t('townhall.capture.waitingNotice', { text });
  if (entry?.state === 'failed') return t('townhall.capture.notSavedNotice', { text });
  if (entry?.state === 'undone') return t('townhall.capture.undone', { text });
  return t('townhall.capture.savedNotice', { text });
}
