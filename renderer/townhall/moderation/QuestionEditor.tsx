import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answeredStatusFor, answerLanguages, byLanguage, statusAfterAnswerEdit, type AnswerEdit, findPersonalDetails, fromLanguages, guessLanguage, mergedChildren, otherReportLanguage, reportLanguageCode, translationLanguageOf, type ReportLanguage } from '../../../shared/logic';
import { NEED_SEVERITIES, QUESTION_STATUSES, type Question, type QuestionStatus } from '../../../shared/model';
import { today } from '../format-day';
import { DeleteButton } from '../../app/undo/DeleteButton';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useCategories, type TownHallData } from '../use-townhall-data';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { sameValue } from '../../app/conflicts/field-choices';
import { useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { fieldErrorsFrom } from '../../settings/field-errors';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';

const EDITABLE_STATUSES = QUESTION_STATUSES.filter((s): s is Exclude<QuestionStatus, 'merged'> => s !== 'merged');
const editable = (s: QuestionStatus): Exclude<QuestionStatus, 'merged'> => (s === 'merged' ? 'new' : s);

/** The editor's fields of a question, as the form holds them ('' for an empty choice). */
type EditorValues = {
  text: string;
  translation: string;
  /** 'en', 'es' or '' (not said). */
  translationLanguage: string;
  topicId: string;
  areaId: string;
  department: string;
  language: string;
  status: Exclude<QuestionStatus, 'merged'>;
  /** The answer per report language: each report prints the one in its language. */
  answerEn: string;
  answerEs: string;
  answeredBy: string;
  askedBy: string;
  owner: string;
  due: string;
};

function valuesOf(q: Question, ui: ReportLanguage): EditorValues {
  const answers = byLanguage(q.answer, answerLanguages(q).answer, q.answerTranslation ?? '', ui);
  return {
    text: q.text,
    translation: q.translation,
    translationLanguage: initialTranslationLanguage(q),
    topicId: q.topicId ?? '',
    areaId: q.areaId ?? '',
    department: q.department ?? '',
    language: q.language ?? '',
    status: editable(q.status === 'merged' ? (q.statusBeforeMerge ?? 'new') : q.status),
    answerEn: answers.en,
    answerEs: answers.es,
    answeredBy: q.answeredBy,
    askedBy: q.askedBy ?? '',
    owner: q.followUp?.owner ?? '',
    due: q.followUp?.due ?? '',
  };
}

/** The element id suffix of each field (the error summary links to it). */
const EDITOR_IDS: Record<keyof EditorValues, string> = { text: 'text', translation: 'translation', translationLanguage: 'translation-language', topicId: 'topic', areaId: 'area', department: 'dept', language: 'lang', status: 'status', answerEn: 'answer-en', answerEs: 'answer-es', answeredBy: 'answered-by', askedBy: 'asked', owner: 'owner', due: 'due' };

const FIELD_LABELS: Record<keyof EditorValues, string> = {
  text: 'townhall.fields.question',
  translation: 'townhall.fields.translation',
  translationLanguage: 'townhall.fields.translationLanguage',
  topicId: 'townhall.fields.topic',
  areaId: 'townhall.fields.area',
  department: 'townhall.fields.department',
  language: 'townhall.fields.language',
  status: 'townhall.fields.status',
  answerEn: 'townhall.fields.answerIn.en',
  answerEs: 'townhall.fields.answerIn.es',
  answeredBy: 'townhall.fields.answeredBy',
  askedBy: 'townhall.fields.askedBy',
  owner: 'townhall.fields.followUpOwner',
  due: 'townhall.fields.followUpDue',
};

/** Everything about one question: wording, tags, status, answer, follow-up, merges, promotion to a need. */
export function QuestionEditor({ data, question, onClose, onOpen }: { data: TownHallData; question: Question; onClose: () => void; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ui: ReportLanguage = i18n.language === 'es' ? 'es' : 'en';
  const heading = useRef<HTMLHeadingElement>(null);
  const categories = useCategories();
  const [text, setText] = useState(question.text);
  const [translation, setTranslation] = useState(question.translation);
  const [translationLanguage, setTranslationLanguage] = useState(() => initialTranslationLanguage(question));
  const [topicId, setTopicId] = useState(question.topicId ?? '');
  const [areaId, setAreaId] = useState(question.areaId ?? '');
  const [department, setDepartment] = useState(question.department ?? '');
  const [language, setLanguage] = useState(question.language ?? '');
  const [status, setStatus] = useState<Exclude<QuestionStatus, 'merged'>>(editable(question.status === 'merged' ? (question.statusBeforeMerge ?? 'new') : question.status));
  // The stored answer stays in the language it was written in (the other one is its translation).
  const answerLanguage = answerLanguages(question).answer ?? ui;
  const [answerEn, setAnswerEn] = useState(() => valuesOf(question, ui).answerEn);
  const [answerEs, setAnswerEs] = useState(() => valuesOf(question, ui).answerEs);
  const [answeredBy, setAnsweredBy] = useState(question.answeredBy);
  // The status the answer rule set in this edit (typing an answer into a "new" question marks it
  // answered; clearing it again undoes that); null once the user picks a status by hand.
  const [autoStatus, setAutoStatus] = useState<AnswerEdit['autoSet']>(null);
  const [owner, setOwner] = useState(question.followUp?.owner ?? '');
  const [due, setDue] = useState(question.followUp?.due ?? '');
  const [askedBy, setAskedBy] = useState(question.askedBy ?? '');
  const [categoryId, setCategoryId] = useState('');
  const [severity, setSeverity] = useState<(typeof NEED_SEVERITIES)[number]>('medium');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The question as this editor loaded (or last saved) it: its edits are based on this version,
  // whatever the live list shows meanwhile, so a change saved elsewhere is never overwritten unseen.
  const [base, setBase] = useState(() => ({ values: valuesOf(question, ui), version: question.version }));
  const { saveVersioned, dialog } = useVersionedSave();
  const mine: EditorValues = { text, translation, translationLanguage, topicId, areaId, department, language, status, answerEn, answerEs, answeredBy, askedBy, owner, due };
  useUnsavedGuard(!sameValue(mine, base.values));
  // A problem goes once its field is changed (the service checks it again at the next save).
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<keyof EditorValues>(mine);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const suggested = data.topics.find((x) => x.id === question.topicId)?.categoryId;
    if (suggested) setCategoryId(suggested);
  }, [data.topics, question.topicId]);

  const merged = question.status === 'merged';
  const children = mergedChildren(data.questions, question.id);
  const parent = question.mergedInto ? data.questions.find((q) => q.id === question.mergedInto) : undefined;
  const personal = findPersonalDetails(text, askedBy ? [askedBy] : []);
  const departments = [...new Set([...data.townhall.departments, ...data.questions.map((q) => q.department).filter((d): d is string => !!d)])];

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      setNotice(await action());
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, Object.keys(FIELD_LABELS) as (keyof EditorValues)[], { 'followUp.owner': 'owner', 'followUp.due': 'due', followUp: 'owner' });
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const show = (key: string, value: unknown): string | undefined => {
    const v = String(value ?? '');
    if (key === 'topicId') return data.topics.find((x) => x.id === v)?.name[ui] ?? '';
    if (key === 'areaId') {
      const a = data.areas.find((x) => x.id === v);
      return a ? `${a.number} ${a.name}` : '';
    }
    if (key === 'status') return t(`townhall.status.${v}`);
    if (key === 'language') return languageName(String(v ?? ''), ui);
    if (key === 'translationLanguage') return v === 'en' || v === 'es' ? t(`language.${v}`) : t('townhall.fields.languageNotSaid');
    return undefined;
  };

  const load = (v: EditorValues) => {
    setText(v.text);
    setTranslation(v.translation);
    setTranslationLanguage(v.translationLanguage);
    setTopicId(v.topicId);
    setAreaId(v.areaId);
    setDepartment(v.department);
    setLanguage(v.language);
    if (!merged) setStatus(v.status);
    setAutoStatus(null);
    setAnswerEn(v.answerEn);
    setAnswerEs(v.answerEs);
    setAnsweredBy(v.answeredBy);
    setAskedBy(v.askedBy);
    setOwner(v.owner);
    setDue(v.due);
  };

  /** An answer typed: the status follows it (see `statusAfterAnswerEdit`), visibly, before saving. */
  const typeAnswer = (lang: ReportLanguage, value: string) => {
    const before = answerEn + answerEs;
    const after = lang === 'en' ? value + answerEs : answerEn + value;
    if (lang === 'en') setAnswerEn(value);
    else setAnswerEs(value);
    if (merged) return;
    const next = statusAfterAnswerEdit({ status, before, after, autoSet: autoStatus, answered: answeredStatusFor(data.townhall.date, today()) });
    if (next.status !== status) setStatus(next.status);
    if (next.autoSet !== autoStatus) setAutoStatus(next.autoSet);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    void act(async () => {
      const outcome = await saveVersioned<EditorValues, Question>({
        base,
        mine,
        valuesOf: (q) => valuesOf(q, ui),
        label: (key) => t(FIELD_LABELS[key as keyof EditorValues]),
        show,
        save: (v, version) =>
          api.call('questions.update', {
            id: question.id,
            version,
            text: v.text,
            translation: v.translation,
            translationLanguage: v.translation.trim() ? v.translationLanguage || null : null,
            topicId: v.topicId || null,
            areaId: v.areaId || null,
            department: v.department || null,
            language: v.language || null,
            ...(merged ? {} : { status: v.status }),
            ...answerFields({ en: v.answerEn, es: v.answerEs }, answerLanguage),
            answeredBy: v.answeredBy,
            askedBy: v.askedBy || null,
            followUp: v.owner.trim() ? { owner: v.owner, due: v.due || null } : null,
          }),
      });
      if (!outcome) return '';
      const saved = { ...outcome.values, status: merged ? status : outcome.values.status };
      setBase({ values: saved, version: outcome.record.version });
      load(saved);
      return t('townhall.editor.saved', { number: outcome.record.number });
    });
  };

  return (
    <section className="card th-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="card-title">
        {t('townhall.editor.title', { number: question.number })}
      </h2>
      {parent && (
        <p className="notice notice-warning">
          {t('townhall.editor.isMerged', { number: parent.number })}{' '}
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() =>
              void act(async () => {
                const q = await api.call('questions.unmerge', { id: question.id, version: question.version });
                // This editor's own change: the next save is based on it (unless someone else's came between).
                if (q.version === base.version + 1) setBase({ values: { ...base.values, status: valuesOf(q, ui).status }, version: q.version });
                return t('townhall.editor.unmerged', { number: question.number });
              })
            }>
            {t('townhall.editor.unmerge')}
          </button>{' '}
          <button type="button" className="button button-quiet button-small" onClick={() => onOpen(parent.id)}>
            {t('townhall.editor.openParent', { number: parent.number })}
          </button>
        </p>
      )}
      <form onSubmit={save} noValidate>
        <ErrorSummary attempt={attempt} items={summaryItems(fieldErrors, (Object.keys(FIELD_LABELS) as (keyof EditorValues)[]).map((f) => ({ field: f, id: `${id}-${EDITOR_IDS[f]}`, label: t(FIELD_LABELS[f]) })))} />
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('townhall.fields.question')}</label>
          <textarea id={`${id}-text`} aria-invalid={fieldErrors.text ? true : undefined} aria-describedby={fieldErrors.text ? `${id}-text-error` : undefined} rows={3} maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} />
            {fieldErrors.text && (
              <p id={`${id}-text-error`} className="field-error">
                {fieldErrors.text}
              </p>
            )}
          {personal.length > 0 && <p className="hint th-warning-text">{t('townhall.editor.personal', { kinds: [...new Set(personal.map((p) => t(`townhall.personal.${p.kind}`)))].join(', ') })}</p>}
        </div>
        <div className="th-grid">
          <div className="field">
            <label htmlFor={`${id}-topic`}>{t('townhall.fields.topic')}</label>
            <select id={`${id}-topic`} value={topicId} onChange={(e) => setTopicId(e.target.value)}>
              <option value="">{t('townhall.moderate.none')}</option>
              {data.topics.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name[ui]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-area`}>{t('townhall.fields.area')}</label>
            <select id={`${id}-area`} value={areaId} onChange={(e) => setAreaId(e.target.value)}>
              <option value="">{t('townhall.moderate.none')}</option>
              {data.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {`${a.number} ${a.name}`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-dept`}>{t('townhall.fields.department')}</label>
            <input id={`${id}-dept`} aria-invalid={fieldErrors.department ? true : undefined} aria-describedby={fieldErrors.department ? `${id}-dept-error` : undefined} list={`${id}-departments`} value={department} maxLength={200} onChange={(e) => setDepartment(e.target.value)} />
            {fieldErrors.department && (
              <p id={`${id}-dept-error`} className="field-error">
                {fieldErrors.department}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('townhall.fields.language')}</label>
            <input
              id={`${id}-lang`}
              aria-invalid={fieldErrors.language ? true : undefined}
              aria-describedby={fieldErrors.language ? `${id}-lang-error` : undefined}
              value={languageName(language, ui)}
              maxLength={60}
              // The name as shown stands for the stored code: typing it back keeps the code.
              onChange={(e) => setLanguage(e.target.value === languageName(question.language ?? '', ui) ? (question.language ?? '') : e.target.value)}
            />
            {fieldErrors.language && (
              <p id={`${id}-lang-error`} className="field-error">
                {fieldErrors.language}
              </p>
            )}
          </div>
          {merged ? (
            // Not a greyed-out list: where it went, said plainly, with the way there.
            <div className="field" role="group" aria-labelledby={`${id}-status-label`}>
              <span id={`${id}-status-label`} className="field-label">{t('townhall.fields.status')}</span>
              <p id={`${id}-status`} className="th-merged-state">
                <strong>{t('townhall.editor.statusMerged', { number: parent?.number ?? '?' })}</strong>
              </p>
            </div>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('townhall.fields.status')}</label>
              <select
                id={`${id}-status`}
                value={status}
                aria-describedby={autoStatus || (status === 'new' && (answerEn + answerEs).trim() !== '') ? `${id}-status-auto` : undefined}
                onChange={(e) => {
                  setStatus(e.target.value as typeof status);
                  setAutoStatus(null);
                }}>
                {EDITABLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`townhall.status.${s}`)}
                  </option>
                ))}
              </select>
              {autoStatus ? (
                <p id={`${id}-status-auto`} className="hint">
                  {t('townhall.editor.statusFromAnswer', { status: t(`townhall.status.${autoStatus.to}`) })}
                </p>
              ) : (
                status === 'new' &&
                (answerEn + answerEs).trim() !== '' && (
                  <p id={`${id}-status-auto`} className="hint">
                    {t('townhall.editor.answeredButNew', { status: t('townhall.status.answered-writing') })}
                  </p>
                )
              )}
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-asked`}>{t('townhall.fields.askedBy')}</label>
            <input id={`${id}-asked`} aria-invalid={fieldErrors.askedBy ? true : undefined} value={askedBy} maxLength={200} onChange={(e) => setAskedBy(e.target.value)} aria-describedby={`${id}-asked-hint`} />
            {fieldErrors.askedBy && (
              <p id={`${id}-asked-error`} className="field-error">
                {fieldErrors.askedBy}
              </p>
            )}
            <p id={`${id}-asked-hint`} className="hint">
              {t('townhall.editor.askedByHint')}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-translation`}>{t('townhall.fields.translation')}</label>
          <textarea id={`${id}-translation`} aria-invalid={fieldErrors.translation ? true : undefined} aria-describedby={fieldErrors.translation ? `${id}-translation-error` : undefined} rows={2} maxLength={20_000} value={translation} onChange={(e) => setTranslation(e.target.value)} />
            {fieldErrors.translation && (
              <p id={`${id}-translation-error`} className="field-error">
                {fieldErrors.translation}
              </p>
            )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-translation-language`}>{t('townhall.fields.translationLanguage')}</label>
          <select id={`${id}-translation-language`} value={translationLanguage} onChange={(e) => setTranslationLanguage(e.target.value)} aria-describedby={`${id}-translation-hint`}>
            <option value="">{t('townhall.fields.languageNotSaid')}</option>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
          <p id={`${id}-translation-hint`} className="hint">
            {t('townhall.editor.translationHint')}
          </p>
        </div>
        <div className="th-grid th-grid-2">
          <div className="field">
            <label htmlFor={`${id}-answer-en`}>{t('townhall.fields.answerIn.en')}</label>
            <textarea id={`${id}-answer-en`} rows={3} maxLength={20_000} value={answerEn} onChange={(e) => typeAnswer('en', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-answer-es`}>{t('townhall.fields.answerIn.es')}</label>
            <textarea id={`${id}-answer-es`} rows={3} maxLength={20_000} value={answerEs} onChange={(e) => typeAnswer('es', e.target.value)} />
          </div>
        </div>
        <div className="th-grid">
          <div className="field">
            <label htmlFor={`${id}-answered-by`}>{t('townhall.fields.answeredBy')}</label>
            <input id={`${id}-answered-by`} aria-invalid={fieldErrors.answeredBy ? true : undefined} aria-describedby={fieldErrors.answeredBy ? `${id}-answered-by-error` : undefined} list={`${id}-departments`} value={answeredBy} maxLength={200} onChange={(e) => setAnsweredBy(e.target.value)} />
            {fieldErrors.answeredBy && (
              <p id={`${id}-answered-by-error`} className="field-error">
                {fieldErrors.answeredBy}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('townhall.fields.followUpOwner')}</label>
            <input id={`${id}-owner`} aria-invalid={fieldErrors.owner ? true : undefined} aria-describedby={fieldErrors.owner ? `${id}-owner-error` : undefined} list={`${id}-departments`} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
            {fieldErrors.owner && (
              <p id={`${id}-owner-error`} className="field-error">
                {fieldErrors.owner}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('townhall.fields.followUpDue')}</label>
            <input id={`${id}-due`} aria-invalid={fieldErrors.due ? true : undefined} aria-describedby={fieldErrors.due ? `${id}-due-error` : undefined} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
            {fieldErrors.due && (
              <p id={`${id}-due-error`} className="field-error">
                {fieldErrors.due}
              </p>
            )}
          </div>
        </div>
        <datalist id={`${id}-departments`}>
          {departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <p role="status" className="notice-line">
          {notice}
        </p>
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('townhall.editor.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('townhall.editor.close')}
          </button>
          <DeleteButton
            className="button button-danger-quiet"
            label={t('townhall.editor.delete')}
            accessibleName={t('townhall.editor.deleteNamed', { number: question.number })}
            confirmTitle=""
            confirmLabel=""
            cascade={null}
            deletedMessage={{ key: 'townhall.editor.deleted', params: { number: question.number } }}
            run={() => api.call('questions.delete', { id: question.id })}
            onDeleted={onClose}
          />
        </div>
      </form>

      {children.length > 0 && (
        <>
          <h3 className="subheading">{t('townhall.editor.mergedHere', { count: children.length })}</h3>
          <ul className="th-children">
            {children.map((c) => (
              <li key={c.id}>
                <span>{`#${c.number} ${c.text.slice(0, 160)} (${t('townhall.capture.count', { count: 1 + c.meToo })})`}</span>{' '}
                <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void act(async () => (await api.call('questions.unmerge', { id: c.id, version: c.version }), t('townhall.editor.unmerged', { number: c.number })))} aria-label={t('townhall.editor.unmergeOne', { number: c.number })}>
                  {t('townhall.editor.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialog}

      <h3 className="subheading">{t('townhall.editor.promoteTitle')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('townhall.editor.category')}</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('townhall.moderate.none')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[ui]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>{t('townhall.editor.severity')}</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as typeof severity)}>
            {NEED_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`townhall.severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-submit">
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act(async () => (await api.call('questions.promote', { id: question.id, categoryId: categoryId || null, severity }), t('townhall.editor.promoted', { number: question.number })))}>
            {t('townhall.editor.promote')}
          </button>
        </div>
      </div>
    </section>
  );
}

/** The translation's language as recorded, else the one a report would assume, else (no translation yet) the other report language. */
function initialTranslationLanguage(q: Question): string {
  const recorded = reportLanguageCode(q.translationLanguage);
  if (recorded) return recorded;
  const assumed = reportLanguageCode(translationLanguageOf(q));
  if (assumed) return assumed;
  const asked = reportLanguageCode(q.language) ?? guessLanguage(q.text);
  return asked ? otherReportLanguage(asked) : '';
}

/** The answer fields per language as the question stores them (answer, its language, its translation). */
function answerFields(values: Record<ReportLanguage, string>, preferred: ReportLanguage) {
  const stored = fromLanguages(values, preferred);
  const any = stored.text.trim() !== '';
  return { answer: stored.text, answerLanguage: any ? stored.lang : null, answerTranslation: stored.translation };
}

/**
 * A question's language as a person reads it, in the UI's language: an ISO 639 code ("en", "so",
 * "pt-BR") becomes its name ("English", "somalí"); anything else (a name typed by hand) is shown
 * as written.
 */
export function languageName(value: string, ui: string): string {
  const v = value.trim();
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(v)) return value;
  try {
    const name = new Intl.DisplayNames([ui], { type: 'language', fallback: 'none' }).of(v);
    return name ? name.charAt(0).toLocaleUpperCase(ui) + name.slice(1) : value;
  } catch {
    return value;
  }
}
