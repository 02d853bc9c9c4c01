import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLanguages, byLanguage, findPersonalDetails, fromLanguages, guessLanguage, mergedChildren, otherReportLanguage, reportLanguageCode, translationLanguageOf, type ReportLanguage } from '../../../shared/logic';
import { NEED_SEVERITIES, QUESTION_STATUSES, type Question, type QuestionStatus } from '../../../shared/model';
import { DeleteButton } from '../../app/undo/DeleteButton';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useCategories, type TownHallData } from '../use-townhall-data';

const EDITABLE_STATUSES = QUESTION_STATUSES.filter((s): s is Exclude<QuestionStatus, 'merged'> => s !== 'merged');
const editable = (s: QuestionStatus): Exclude<QuestionStatus, 'merged'> => (s === 'merged' ? 'new' : s);

/** Everything about one question: wording, tags, status, answer, follow-up, merges, promotion to a need. */
export function QuestionEditor({ data, question, onClose, onOpen }: { data: TownHallData; question: Question; onClose: () => void; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ui = i18n.language === 'es' ? 'es' : 'en';
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
  // One answer field per report language: each report prints the one in its language.
  const answerLanguage = answerLanguages(question).answer ?? ui;
  const [answers, setAnswers] = useState(() => byLanguage(question.answer, answerLanguage, question.answerTranslation ?? '', ui));
  const [answeredBy, setAnsweredBy] = useState(question.answeredBy);
  const [owner, setOwner] = useState(question.followUp?.owner ?? '');
  const [due, setDue] = useState(question.followUp?.due ?? '');
  const [askedBy, setAskedBy] = useState(question.askedBy ?? '');
  const [categoryId, setCategoryId] = useState('');
  const [severity, setSeverity] = useState<(typeof NEED_SEVERITIES)[number]>('medium');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const updated = await api.call('questions.update', {
        id: question.id,
        version: question.version,
        text,
        translation,
        translationLanguage: translation.trim() ? translationLanguage || null : null,
        topicId: topicId || null,
        areaId: areaId || null,
        department: department || null,
        language: language || null,
        ...(merged ? {} : { status }),
        ...answerFields(answers, answerLanguage),
        answeredBy,
        askedBy: askedBy || null,
        followUp: owner.trim() ? { owner, due: due || null } : null,
      });
      setStatus(editable(updated.status === 'merged' ? status : updated.status));
      return t('townhall.editor.saved', { number: updated.number });
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
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void act(async () => (await api.call('questions.unmerge', { id: question.id }), t('townhall.editor.unmerged', { number: question.number })))}>
            {t('townhall.editor.unmerge')}
          </button>{' '}
          <button type="button" className="button button-quiet button-small" onClick={() => onOpen(parent.id)}>
            {t('townhall.editor.openParent', { number: parent.number })}
          </button>
        </p>
      )}
      <form onSubmit={save} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('townhall.fields.question')}</label>
          <textarea id={`${id}-text`} rows={3} maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} />
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
            <input id={`${id}-dept`} list={`${id}-departments`} value={department} maxLength={200} onChange={(e) => setDepartment(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t('townhall.fields.language')}</label>
            <input id={`${id}-lang`} value={language} maxLength={60} onChange={(e) => setLanguage(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('townhall.fields.status')}</label>
            <select id={`${id}-status`} value={status} disabled={merged} onChange={(e) => setStatus(e.target.value as typeof status)}>
              {EDITABLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`townhall.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-asked`}>{t('townhall.fields.askedBy')}</label>
            <input id={`${id}-asked`} value={askedBy} maxLength={200} onChange={(e) => setAskedBy(e.target.value)} aria-describedby={`${id}-asked-hint`} />
            <p id={`${id}-asked-hint`} className="hint">
              {t('townhall.editor.askedByHint')}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-translation`}>{t('townhall.fields.translation')}</label>
          <textarea id={`${id}-translation`} rows={2} maxLength={20_000} value={translation} onChange={(e) => setTranslation(e.target.value)} />
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
          {(['en', 'es'] as const).map((l) => (
            <div className="field" key={l}>
              <label htmlFor={`${id}-answer-${l}`}>{t(`townhall.fields.answerIn.${l}`)}</label>
              <textarea id={`${id}-answer-${l}`} rows={3} maxLength={20_000} value={answers[l]} onChange={(e) => setAnswers((a) => ({ ...a, [l]: e.target.value }))} />
            </div>
          ))}
        </div>
        <div className="th-grid">
          <div className="field">
            <label htmlFor={`${id}-answered-by`}>{t('townhall.fields.answeredBy')}</label>
            <input id={`${id}-answered-by`} list={`${id}-departments`} value={answeredBy} maxLength={200} onChange={(e) => setAnsweredBy(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('townhall.fields.followUpOwner')}</label>
            <input id={`${id}-owner`} list={`${id}-departments`} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('townhall.fields.followUpDue')}</label>
            <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
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
            deletedMessage={t('townhall.editor.deleted', { number: question.number })}
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
                <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void act(async () => (await api.call('questions.unmerge', { id: c.id }), t('townhall.editor.unmerged', { number: c.number })))} aria-label={t('townhall.editor.unmergeOne', { number: c.number })}>
                  {t('townhall.editor.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

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
