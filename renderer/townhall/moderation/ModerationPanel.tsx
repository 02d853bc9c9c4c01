import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOnly, guessLanguage, otherReportLanguage, QUESTION_SORTS, reportLanguageCode, searchQuestions, sortQuestions, translationLanguageOf, warmSearchIndex, type QuestionFilter, type QuestionSort } from '../../../shared/logic';
import { QUESTION_STATUSES, type Question, type QuestionStatus } from '../../../shared/model';
import { useUndo } from '../../app/undo/UndoToast';
import { useViewState } from '../../app/use-view-state';
import { whenIdle } from '../../app/when-idle';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useVirtualRows } from '../../app/use-virtual-rows';
import type { TownHallData } from '../use-townhall-data';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { QuestionEditor } from './QuestionEditor';
import { QuestionRow } from './QuestionRow';
import { QuestionsCsvExport } from './QuestionsCsvExport';
import { confirmLeave } from '../../app/forms/unsaved-guard';
import { ConfirmDialog } from '../../app/undo/ConfirmDialog';

const ANY = '';
/** Every question row's height in CSS px: the same figure as `.th-questions tbody tr` in townhall.css, so rows are never re-measured. */
const QUESTION_ROW_PX = 80;
const NONE = '__none__';

/** Moderation: search, filters, sort, selection to merge or group as FAQ, duplicate suggestions, and the question editor. */
export function ModerationPanel({ data }: { data: TownHallData }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const undo = useUndo();
  const id = useId();
  const ui = i18n.language === 'es' ? 'es' : 'en';
  // Search, filters and sort stay as they were left when the moderator comes back from another tab.
  const view = (name: string) => `moderate:${data.townhall.id}:${name}`;
  const [search, setSearch] = useViewState(view('search'), '');
  const [topic, setTopic] = useViewState(view('topic'), ANY);
  const [area, setArea] = useViewState(view('area'), ANY);
  const [status, setStatus] = useViewState<string>(view('status'), ANY);
  const [department, setDepartment] = useViewState(view('department'), ANY);
  const [language, setLanguage] = useViewState(view('language'), ANY);
  const [sort, setSort] = useViewState<QuestionSort>(view('sort'), 'raised');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  // Closing the editor or opening another question in its place asks first when the open one has unsaved edits.
  const openQuestion = useCallback((qid: string) => confirmLeave(() => setOpenId(qid)), []);
  const [target, setTarget] = useState<string>('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const one = (v: string) => (v === ANY ? undefined : [v === NONE ? null : v]);
  // Typing stays responsive with 10,000 questions: the list follows the box at React's lower priority.
  const deferredSearch = useDeferredValue(search);
  const filter: Omit<QuestionFilter, 'search'> = {
    topicIds: one(topic),
    areaIds: one(area),
    // Merged questions count toward the one they joined: listed only when asked for.
    statuses: status === ANY ? QUESTION_STATUSES.filter((s) => s !== 'merged') : [status as QuestionStatus],
    departments: one(department),
    languages: one(language),
  };
  // Sorted once per change to the questions or the sort; each key typed only filters that order.
  const sorted = useMemo(() => sortQuestions(data.questions, data.raised, sort), [data.questions, data.raised, sort]);
  // The lists' filters apply once per change of a filter; each key typed only searches their result.
  const filtered = useMemo(() => filterOnly(sorted, filter), [sorted, topic, area, status, department, language]);
  const shown = useMemo(() => searchQuestions(filtered, deferredSearch), [filtered, deferredSearch]);
  // The folded texts of this list, lined up after it is painted: the first key typed only scans them.
  useEffect(() => whenIdle(() => warmSearchIndex(filtered), 500), [filtered]);
  // Merged questions are left out unless Status asks for them: the count line says how many.
  const mergedCount = useMemo(() => data.questions.reduce((n, q) => n + (q.status === 'merged' ? 1 : 0), 0), [data.questions]);
  const departments = useMemo(() => [...new Set([...data.townhall.departments, ...data.questions.map((q) => q.department).filter((d): d is string => !!d)])], [data]);
  const languages = useMemo(() => [...new Set(data.questions.map((q) => q.language).filter((l): l is string => !!l))], [data.questions]);
  const byId = useMemo(() => new Map(data.questions.map((q) => [q.id, q])), [data.questions]);
  const mergedHere = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of data.questions) if (q.mergedInto) counts.set(q.mergedInto, (counts.get(q.mergedInto) ?? 0) + 1);
    return counts;
  }, [data.questions]);
  const selectedList = [...selected].map((s) => byId.get(s)).filter((q) => q !== undefined);
  const mergeTarget = target && selected.has(target) ? target : ([...selectedList].sort((a, b) => (data.raised.get(b.id) ?? 1) - (data.raised.get(a.id) ?? 1))[0]?.id ?? '');

  const toggle = useCallback(
    (qid: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(qid)) next.delete(qid);
        else next.add(qid);
        return next;
      }),
    [],
  );

  const run = async (action: () => Promise<string>) => {
    setError(null);
    try {
      setNotice(await action());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };

  const merge = (targetId: string, sourceIds: string[]) =>
    run(async () => {
      const r = await api.call('questions.merge', { targetId, sourceIds });
      setSelected(new Set());
      undo.announce({ key: 'townhall.moderate.merged', params: { count: r.merged.length, number: r.target.number } }, r.undoToken);
      return '';
    });

  const setVisibility = (qid: string, visibility: 'shown' | 'hidden') =>
    run(async () => {
      await api.call('questions.setVisibility', { ids: [qid], visibility });
      return '';
    });

  /** Takes a merged question back out, based on the version this list shows (a change made meanwhile is a conflict, said plainly). */
  const unmerge = (qid: string) =>
    run(async () => {
      const q = byId.get(qid);
      if (!q) return '';
      await api.call('questions.unmerge', { id: qid, version: q.version });
      return t('townhall.editor.unmerged', { number: q.number });
    });

  const hidePhone = (qid: string) =>
    run(async () => {
      const r = await api.call('questions.hideDevice', { id: qid });
      return t('townhall.room.hidPhone', { count: r.hidden });
    });

  const pending = data.questions.filter((q) => q.visibility === 'pending').length;
  // Stable for the memoized rows; they call the latest actions.
  const actions = useRef({ setVisibility, hidePhone, unmerge, merge });
  actions.current = { setVisibility, hidePhone, unmerge, merge };
  const onMergePair = useCallback((keep: string, drop: string) => void actions.current.merge(keep, [drop]), []);
  const onUnmerge = useCallback((qid: string) => void actions.current.unmerge(qid), []);
  const onVisibility = useCallback((qid: string, v: 'shown' | 'hidden') => void actions.current.setVisibility(qid, v), []);
  // Hiding a phone takes shown questions off the screen too: asked first, in the app.
  const [hidingPhoneOf, setHidingPhoneOf] = useState<string | null>(null);
  const onHidePhone = useCallback((qid: string) => setHidingPhoneOf(qid), []);

  const groupAsFaq = () =>
    run(async () => {
      const first = byId.get(mergeTarget);
      // The entry starts in the first question's language, with its translation as the other language's wording when it has one.
      const language = first ? (reportLanguageCode(first.language) ?? guessLanguage(first.text)) : null;
      const translated = first && language && translationLanguageOf(first) === otherReportLanguage(language) ? first.translation.slice(0, 2000) : '';
      const faq = await api.call('questions.createFaq', { series: data.townhall.series, question: first?.text.slice(0, 2000) ?? '', language, translation: { question: translated, answer: '' }, topicId: first?.topicId ?? null, questionIds: [...selected] });
      setSelected(new Set());
      return t('townhall.moderate.faqCreated', { question: faq.question.slice(0, 80) });
    });

  const selectField = (label: string, value: string, set: (v: string) => void, options: [string, string][], withNone = true) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value={ANY}>{t('townhall.moderate.any')}</option>
        {withNone && <option value={NONE}>{t('townhall.moderate.none')}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="card-title">
          {t('townhall.moderate.title')}
        </h2>
        <div className="th-filters">
          <div className="field field-search th-search">
            <label htmlFor={`${id}-search`}>{t('townhall.moderate.search')}</label>
            <input id={`${id}-search`} type="search" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
          </div>
          {selectField(t('townhall.fields.topic'), topic, setTopic, data.topics.map((x) => [x.id, x.name[ui]]))}
          {selectField(t('townhall.fields.area'), area, setArea, data.areas.map((a) => [a.id, `${a.number} ${a.name}`]))}
          {selectField(t('townhall.fields.status'), status, setStatus, QUESTION_STATUSES.map((s) => [s, t(`townhall.status.${s}`)]), false)}
          {selectField(t('townhall.fields.department'), department, setDepartment, departments.map((d) => [d, d]))}
          {selectField(t('townhall.fields.language'), language, setLanguage, languages.map((l) => [l, l]))}
          <div className="field">
            <label htmlFor={`${id}-sort`}>{t('townhall.moderate.sort')}</label>
            <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as QuestionSort)}>
              {QUESTION_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`townhall.moderate.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="count muted" aria-live="polite">
          {t('townhall.moderate.showing', { count: shown.length, total: data.questions.length })}
          {status === ANY && mergedCount > 0 && ` · ${t('townhall.moderate.mergedHidden', { count: mergedCount })}`}
          {pending > 0 && ` · ${t('townhall.room.pendingCount', { count: pending })}`}
        </p>
        <p role="status" className="notice-line">
          {notice}
        </p>
        <ErrorAlert message={error} onDismiss={() => setError(null)} />

        {selected.size > 0 && (
          <div className="th-selection" role="group" aria-label={t('townhall.moderate.selection', { count: selected.size })}>
            <span>{t('townhall.moderate.selection', { count: selected.size })}</span>
            {selected.size >= 2 && (
              <>
                <label htmlFor={`${id}-target`}>{t('townhall.moderate.keep')}</label>
                <select id={`${id}-target`} value={mergeTarget} onChange={(e) => setTarget(e.target.value)}>
                  {selectedList.map((q) => (
                    <option key={q.id} value={q.id}>
                      {`#${q.number} ${q.text.slice(0, 60)}`}
                    </option>
                  ))}
                </select>
                <button type="button" className="button button-primary button-small" onClick={() => void merge(mergeTarget, [...selected].filter((s) => s !== mergeTarget))}>
                  {t('townhall.moderate.mergeSelected')}
                </button>
              </>
            )}
            <button type="button" className="button button-secondary button-small" onClick={() => void groupAsFaq()}>
              {t('townhall.moderate.groupAsFaq')}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setSelected(new Set())}>
              {t('townhall.moderate.clearSelection')}
            </button>
          </div>
        )}

        {data.questions.length === 0 && <p className="empty">{t('townhall.moderate.empty')}</p>}
        {data.questions.length > 0 && shown.length === 0 && <p className="empty">{t('townhall.moderate.noMatch')}</p>}
        {shown.length > 0 && (
          <QuestionTable topics={data.topics} areas={data.areas} raised={data.raised} shown={shown} byId={byId} selected={selected} openId={openId} ui={ui} onToggle={toggle} onOpen={openQuestion} onVisibility={onVisibility} onHidePhone={onHidePhone} mergedHere={mergedHere} onUnmerge={onUnmerge} />
        )}
        <QuestionsCsvExport data={data} questions={shown} />
      </section>
      {hidingPhoneOf && (
        <ConfirmDialog
          title={t('townhall.room.hidePhoneTitle')}
          confirmLabel={t('townhall.room.hidePhoneConfirm')}
          onConfirm={() => {
            const qid = hidingPhoneOf;
            setHidingPhoneOf(null);
            void actions.current.hidePhone(qid);
          }}
          onCancel={() => setHidingPhoneOf(null)}
        >
          <p>{t('townhall.room.hidePhoneBody')}</p>
        </ConfirmDialog>
      )}
      {openId && byId.get(openId) && <QuestionEditor key={openId} data={data} question={byId.get(openId)!} onClose={() => confirmLeave(() => setOpenId(null))} onOpen={openQuestion} />}
      <DuplicateSuggestions data={data} questions={shown} onMerge={onMergePair} />
    </>
  );
}

interface QuestionTableProps {
  topics: TownHallData['topics'];
  areas: TownHallData['areas'];
  raised: TownHallData['raised'];
  shown: Question[];
  byId: ReadonlyMap<string, Question>;
  selected: ReadonlySet<string>;
  openId: string | null;
  ui: 'en' | 'es';
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onVisibility: (id: string, visibility: 'shown' | 'hidden') => void;
  onHidePhone: (id: string) => void;
  /** How many questions are merged directly into each question, by id. */
  mergedHere: ReadonlyMap<string, number>;
  onUnmerge: (id: string) => void;
}

/**
 * The windowed table of questions. Its own memoized component: scrolling re-renders only the
 * table (the rows in view), not the filters, the editor or the duplicate suggestions.
 */
const QuestionTable = memo(function QuestionTable({ topics: topicList, areas: areaList, raised, shown, byId, selected, openId, ui, onToggle, onOpen, onVisibility, onHidePhone, mergedHere, onUnmerge }: QuestionTableProps) {
  const { t } = useTranslation();
  // 10,000 questions: only the rows in view are rendered (see app/use-virtual-rows.ts).
  const rows = useVirtualRows(shown.length, QUESTION_ROW_PX, { fixed: true });
  const topics = useMemo(() => new Map(topicList.map((x) => [x.id, x])), [topicList]);
  const areas = useMemo(() => new Map(areaList.map((x) => [x.id, x])), [areaList]);
  return (
    // A focusable, named region: PageDown, End and the arrows scroll the list itself, not the page.
    <div className="table-wrap table-scroll th-questions-scroll" ref={rows.scrollRef} tabIndex={0} role="region" aria-label={t('townhall.moderate.caption')}>
      <table className="table th-questions" aria-rowcount={shown.length + 1}>
        <caption className="visually-hidden">{t('townhall.moderate.caption')}</caption>
        <colgroup>
          <col className="th-col-select" />
          <col className="th-col-number" />
          <col />
          <col className="th-col-topic" />
          <col className="th-col-area" />
          <col className="th-col-raised" />
          <col className="th-col-status" />
          <col className="th-col-screen" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <span className="visually-hidden">{t('townhall.moderate.select')}</span>
            </th>
            <th scope="col" className="numeric">
              {t('townhall.fields.number')}
            </th>
            <th scope="col">{t('townhall.fields.question')}</th>
            <th scope="col">{t('townhall.fields.topic')}</th>
            <th scope="col">{t('townhall.fields.area')}</th>
            <th scope="col" className="numeric">
              {t('townhall.fields.raised')}
            </th>
            <th scope="col">{t('townhall.fields.status')}</th>
            <th scope="col">{t('townhall.room.screen')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.padTop > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" style={{ height: rows.padTop }}>
              <td colSpan={8} />
            </tr>
          )}
          {rows.indexes.map((i) => {
            const q = shown[i];
            return (
              <QuestionRow
                key={q.id}
                question={q}
                index={i}
                rowIndex={i + 2}
                measure={rows.measure}
                selected={selected.has(q.id)}
                open={q.id === openId}
                raised={raised.get(q.id) ?? 1}
                topicName={q.topicId ? (topics.get(q.topicId)?.name[ui] ?? '') : ''}
                areaName={q.areaId ? (areas.get(q.areaId)?.name ?? '') : ''}
                mergedIntoNumber={q.mergedInto ? (byId.get(q.mergedInto)?.number ?? null) : null}
                mergedHere={mergedHere.get(q.id) ?? 0}
                onUnmerge={onUnmerge}
                onToggle={onToggle}
                onOpen={onOpen}
                onVisibility={onVisibility}
                onHidePhone={onHidePhone}
              />
            );
          })}
          {rows.padBottom > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" style={{ height: rows.padBottom }}>
              <td colSpan={8} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
