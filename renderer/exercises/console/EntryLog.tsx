import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText, formatClock } from '../../../shared/logic';
import { ENTRY_TYPES, type Entry, type EntryType, type Exercise } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { confirmLeave, useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { ConfirmDialog } from '../../app/undo/ConfirmDialog';
import { useUndo } from '../../app/undo/UndoToast';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';

/** The entry editor's fields ('' for no capability). */
export type EntryValues = { text: string; type: EntryType; capability: string };
export const entryValues = (e: Entry): EntryValues => ({ text: e.text, type: e.type, capability: e.capability ?? '' });
export const ENTRY_LABELS: Record<keyof EntryValues, string> = { text: 'tabletop.log.text', type: 'tabletop.log.kind', capability: 'tabletop.capture.capability' };
import { useVirtualRows } from '../../app/use-virtual-rows';

type Capability = { id: string; name: string };

/**
 * What has been captured, newest first, each with its module, time into the module and capability
 * ("not set" until someone files it). Every entry can be corrected (text, kind, capability) or
 * deleted; a delete is announced with an undo, and one that takes a need or a plan row with it
 * asks first. The whole log is listed (a long exercise has thousands of entries: past 150 only the
 * rows in view are rendered, see app/use-virtual-rows.ts) and can be searched, accents and case
 * ignored.
 */
export function EntryLog({ exercise, capabilities, onChanged }: { exercise: Exercise; capabilities: Capability[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const undo = useUndo();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Entry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // After a delete: where focus goes once the list no longer shows the entry.
  const [refocus, setRefocus] = useState<{ id: string; index: number } | null>(null);
  const [search, setSearch] = useState('');
  // Typing stays responsive on a long log: the filter follows the box at React's lower priority.
  const query = foldText(useDeferredValue(search));
  const searching = query.trim() !== '';
  // Folded once per change to the log, and only once someone searches it: opening a long log does not pay for it.
  const folded = useMemo(() => (searching ? new Map(exercise.entries.map((e) => [e.id, foldText(e.text)])) : null), [exercise.entries, searching]);
  const entries = useMemo(() => {
    const newestFirst = [...exercise.entries].reverse();
    // Every word typed must appear, in any order ("ambulance cottage" finds "Ambulance staging at Cottage Grove").
    const words = query.split(' ').filter(Boolean);
    return words.length > 0 && folded ? newestFirst.filter((e) => words.every((w) => folded.get(e.id)!.includes(w))) : newestFirst;
  }, [exercise.entries, folded, query]);
  // About an entry's height in the console's log column; entries of other lengths (and the open editor) are measured.
  const rows = useVirtualRows(entries.length, 104);
  // A new search, or a new entry, shows the log from its top (newest first): the best match or the
  // entry just captured is in view, not wherever the log had been scrolled to.
  const newestId = exercise.entries.length > 0 ? exercise.entries[exercise.entries.length - 1].id : null;
  useEffect(() => {
    rows.scrollRef.current?.scrollTo({ top: 0 });
  }, [query, newestId, rows.scrollRef]);
  useEffect(() => {
    if (!refocus || exercise.entries.some((e) => e.id === refocus.id)) return;
    // The entry that took its place (or the one before), else the log's heading: never <body>.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-entry-edit]');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(refocus.index, buttons.length - 1)] : null;
    (next ?? heading.current)?.focus();
    setRefocus(null);
  }, [exercise.entries, refocus]);
  const capName = (id: string | null) => (id ? (capabilities.find((c) => c.id === id)?.name ?? id) : t('tabletop.common.notSet'));

  // Stable for the memoized rows; they call the latest state.
  const latest = useRef({ remove: async (_: Entry) => {} });
  const askOrRemove = useCallback((e: Entry) => (e.needId || e.improvementItemId ? setConfirming(e) : void latest.current.remove(e)), []);
  // Editing another entry in place of one with unsaved changes asks first.
  const editEntry = useCallback((id: string) => confirmLeave(() => setEditing(id)), []);
  const remove = async (entry: Entry) => {
    const index = entries.findIndex((e) => e.id === entry.id);
    setBusy(true);
    setError(null);
    try {
      const answer = await api.call('exercises.deleteEntry', { id: exercise.id, entryId: entry.id });
      setConfirming(null);
      undo.announce({ key: 'tabletop.log.deleted', params: { text: short(entry.text) } }, answer.undoToken, onChanged);
      setRefocus({ id: entry.id, index });
      onChanged();
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  latest.current.remove = remove;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="card-title">
        {t('tabletop.log.title')} <span className="muted">({exercise.entries.length})</span>
      </h2>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {exercise.entries.length > 0 && (
        <div className="field field-search entry-log-search">
          <label htmlFor={`${headingId}-search`}>{t('tabletop.log.search')}</label>
          <input id={`${headingId}-search`} type="search" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
        </div>
      )}
      {exercise.entries.length === 0 && <p className="empty">{t('tabletop.log.empty')}</p>}
      {exercise.entries.length > 0 && (
        <p className="muted" role="status">
          {query !== '' ? t('tabletop.log.matches', { count: entries.length, total: exercise.entries.length }) : ''}
        </p>
      )}
      {/* A focusable, named region: PageDown, End and the arrows scroll the log itself. */}
      <div className={`entry-log-scroll${rows.virtual ? ' is-virtual' : ''}`} ref={rows.scrollRef} tabIndex={0} role="region" aria-label={t('tabletop.log.scrollLabel')}>
        <ol ref={list} className="entry-log" style={rows.virtual ? { paddingTop: rows.padTop, paddingBottom: rows.padBottom } : undefined}>
          {rows.indexes.map((index) => {
            const e = entries[index];
            const place = { 'data-index': index, ref: rows.measure, 'aria-setsize': entries.length, 'aria-posinset': index + 1 };
            return editing === e.id ? (
              <li key={e.id} {...place} className={`entry type-${e.type}`}>
                <EntryEditor
                  exerciseId={exercise.id}
                  entry={e}
                  capabilities={capabilities}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) onChanged();
                  }}
                />
              </li>
            ) : (
              <EntryRow key={e.id} entry={e} index={index} setSize={entries.length} measure={rows.measure} capability={capName(e.capability)} busy={busy} onEdit={editEntry} onDelete={askOrRemove} />
            );
          })}
        </ol>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('tabletop.log.confirmTitle', { text: short(confirming.text) })}
          confirmLabel={t('tabletop.log.confirmDelete')}
          busy={busy}
          error={error}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <ul>
            {confirming.needId && <li>{t('tabletop.log.cascadeNeed')}</li>}
            {confirming.improvementItemId && <li>{t('tabletop.log.cascadePlan')}</li>}
          </ul>
          <p>{t('tabletop.log.canUndo')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface EntryRowProps {
  entry: Entry;
  index: number;
  setSize: number;
  measure: ((el: Element | null) => void) | undefined;
  /** The capability's name, or "not set". */
  capability: string;
  busy: boolean;
  onEdit: (id: string) => void;
  onDelete: (entry: Entry) => void;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** One captured entry in the log. Memoized: scrolling the log renders only rows entering view. */
const EntryRow = memo(function EntryRow({ entry: e, index, setSize, measure, capability, busy, onEdit, onDelete }: EntryRowProps) {
  const { t } = useTranslation();
  return (
    <li data-index={index} ref={measure} aria-setsize={setSize} aria-posinset={index + 1} className={`entry type-${e.type}`}>
      <span className="badge">{t(`tabletop.entryType.${e.type}`)}</span> <span className="entry-text">{e.text}</span>{' '}
      <span className="muted entry-stamp">{t('tabletop.log.stamp', { module: e.module + 1, time: formatClock(e.moduleElapsedMs) })}</span>{' '}
      <span className={`entry-capability${e.capability ? '' : ' is-unset'}`}>{t('tabletop.log.capability', { name: capability })}</span>
      <span className="entry-actions">
        <button type="button" data-entry-edit className="button button-quiet button-small" aria-label={t('tabletop.log.editNamed', { text: short(e.text) })} onClick={() => onEdit(e.id)}>
          {t('tabletop.common.edit')}
        </button>
        <button type="button" className="button button-quiet button-small" disabled={busy} aria-label={t('tabletop.log.deleteNamed', { text: short(e.text) })} onClick={() => onDelete(e)}>
          {t('tabletop.common.delete')}
        </button>
      </span>
    </li>
  );
});

/** Corrects one entry in place: its words, its kind and its capability. Escape cancels. */
function EntryEditor({ exerciseId, entry, capabilities, onDone }: { exerciseId: string; entry: Entry; capabilities: Capability[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [text, setText] = useState(entry.text);
  const [type, setType] = useState<EntryType>(entry.type);
  const [capability, setCapability] = useState(entry.capability ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The entry as this editor opened it: the correction is based on this version.
  const [base] = useState(() => ({ values: entryValues(entry), version: entry.version }));
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(!busy && (text !== base.values.text || type !== base.values.type || capability !== base.values.capability));

  const save = async () => {
    if (!text.trim()) return setError(t('tabletop.log.textRequired'));
    setBusy(true);
    try {
      const outcome = await saveVersioned<EntryValues, Entry>({
        base,
        mine: { text, type, capability },
        valuesOf: entryValues,
        label: (key) => t(ENTRY_LABELS[key as keyof EntryValues]),
        show: (key, value) => (key === 'type' ? t(`tabletop.entryType.${String(value)}`) : key === 'capability' ? (value ? (capabilities.find((c) => c.id === value)?.name ?? String(value)) : t('tabletop.common.notSet')) : undefined),
        save: (v, version) => api.call('exercises.updateEntry', { id: exerciseId, entryId: entry.id, version, text: v.text, type: v.type, capability: v.capability || null }),
      });
      if (!outcome) return setBusy(false);
      onDone(true);
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      setBusy(false);
    }
  };

  return (
    <form
      className="entry-editor"
      noValidate
      aria-label={t('tabletop.log.editTitle')}
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') {
          ev.preventDefault();
          confirmLeave(() => onDone(false));
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('tabletop.log.text')}</label>
        <textarea id={`${id}-text`} value={text} rows={2} maxLength={20000} autoFocus aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => {
            setText(e.target.value);
            // "Write the entry" goes as soon as there is text.
            if (error && e.target.value.trim()) setError(null);
          }} />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('tabletop.log.kind')}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as EntryType)}>
            {ENTRY_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`tabletop.entryType.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-capability`}>{t('tabletop.capture.capability')}</label>
          <select id={`${id}-capability`} value={capability} onChange={(e) => setCapability(e.target.value)}>
            <option value="">{t('tabletop.common.notSet')}</option>
            {capabilities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {t('tabletop.common.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => confirmLeave(() => onDone(false))}>
          {t('tabletop.common.cancel')}
        </button>
      </div>
      {dialog}
    </form>
  );
}
