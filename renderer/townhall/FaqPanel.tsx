import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byLanguage, faqIn, faqLanguage, fromLanguages, REPORT_LANGUAGES, type ReportLanguage } from '../../shared/logic';
import type { Faq } from '../../shared/model';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import type { TownHallData } from './use-townhall-data';
import { useVersionedSave } from '../app/conflicts/use-versioned-save';
import { sameValue } from '../app/conflicts/field-choices';
import { useUnsavedGuard } from '../app/forms/unsaved-guard';

/** An FAQ entry's wording as the editor holds it: question and answer in each report language. */
type FaqValues = { questionEn: string; questionEs: string; answerEn: string; answerEs: string };
const FAQ_LABELS: Record<keyof FaqValues, string> = { questionEn: 'townhall.faq.questionIn.en', questionEs: 'townhall.faq.questionIn.es', answerEn: 'townhall.faq.answerIn.en', answerEs: 'townhall.faq.answerIn.es' };

function faqValues(faq: Faq, ui: ReportLanguage): FaqValues {
  const own = faqLanguage(faq) ?? ui;
  const q = byLanguage(faq.question, own, faq.translation?.question ?? '', ui);
  const a = byLanguage(faq.answer, own, faq.translation?.answer ?? '', ui);
  return { questionEn: q.en, questionEs: q.es, answerEn: a.en, answerEs: a.es };
}

/**
 * The FAQ of this town hall's series: canonical question and answer per entry, ordered by how
 * often its questions were raised. Questions are grouped from the moderation list.
 */
export function FaqPanel({ data }: { data: TownHallData }) {
  const { t } = useTranslation();
  const id = useId();
  const own = new Set(data.questions.map((q) => q.id));
  const entries = useMemo(() => {
    const mine = data.faqs.filter((f) => f.series === data.townhall.series || f.questionIds.some((q) => own.has(q)));
    const raisedOf = (f: Faq) => f.questionIds.reduce((sum, q) => sum + (own.has(q) ? (data.raised.get(q) ?? 1) : 0), 0);
    return mine.map((faq) => ({ faq, raised: raisedOf(faq) })).sort((a, b) => b.raised - a.raised);
  }, [data]);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.faq.title')}
      </h2>
      <p className="card-intro">{data.townhall.series ? t('townhall.faq.introSeries', { series: data.townhall.series }) : t('townhall.faq.intro')}</p>
      {entries.length === 0 && <p className="empty">{t('townhall.faq.empty')}</p>}
      {entries.map(({ faq, raised }) => (
        <FaqEntry key={faq.id} faq={faq} raised={raised} data={data} />
      ))}
    </section>
  );
}

function FaqEntry({ faq, raised, data }: { faq: Faq; raised: number; data: TownHallData }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const ui: ReportLanguage = i18n.language === 'es' ? 'es' : 'en';
  // A question and an answer per report language: each report prints the pair in its own language.
  const own = faqLanguage(faq) ?? ui;
  const [questions, setQuestions] = useState(() => byLanguage(faq.question, own, faq.translation?.question ?? '', ui));
  const [answers, setAnswers] = useState(() => byLanguage(faq.answer, own, faq.translation?.answer ?? '', ui));
  const shown = faqIn(faq, ui).question.text;
  // The entry as this editor loaded (or last saved) it: the save is based on this version, so an
  // edit saved elsewhere meanwhile opens the conflict dialog instead of being overwritten unseen.
  const [base, setBase] = useState(() => ({ values: faqValues(faq, ui), version: faq.version }));
  const { saveVersioned, dialog } = useVersionedSave();
  const mine: FaqValues = { questionEn: questions.en, questionEs: questions.es, answerEn: answers.en, answerEs: answers.es };
  useUnsavedGuard(!sameValue(mine, base.values));
  const save = async () => {
    const outcome = await saveVersioned<FaqValues, Faq>({
      base,
      mine,
      valuesOf: (f) => faqValues(f, ui),
      label: (key) => t(FAQ_LABELS[key as keyof FaqValues]),
      save: (v, version) => {
        // The stored wording stays in its language unless only the other language has a question.
        const qs = { en: v.questionEn, es: v.questionEs };
        const as = { en: v.answerEn, es: v.answerEs };
        const q = fromLanguages(qs, own);
        const lang = q.lang;
        const other = lang === 'en' ? 'es' : 'en';
        return api.call('questions.updateFaq', { id: faq.id, version, question: q.text, answer: as[lang], language: lang, translation: { question: qs[other], answer: as[other] } });
      },
    });
    if (!outcome) return null;
    setBase({ values: outcome.values, version: outcome.record.version });
    setQuestions({ en: outcome.values.questionEn, es: outcome.values.questionEs });
    setAnswers({ en: outcome.values.answerEn, es: outcome.values.answerEs });
    return outcome;
  };
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  // "Write the question" stays beside the question fields until either language has one.
  const [askedForQuestion, setAskedForQuestion] = useState(false);
  const questionMissing = askedForQuestion && !questions.en.trim() && !questions.es.trim();
  const byId = new Map(data.questions.map((q) => [q.id, q]));
  const act = async (action: () => Promise<string>) => {
    setError(null);
    try {
      setNotice(await action());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  return (
    <article className="th-faq" aria-labelledby={`${id}-q`}>
      <h3 id={`${id}-q`} className="subheading">
        {`${shown} (${t('townhall.faq.raised', { count: raised })})`}
      </h3>
      <div className="th-grid th-grid-2">
        {REPORT_LANGUAGES.map((l) => (
          <fieldset key={l} className="th-faq-language">
            <legend>{t(`language.${l}`)}</legend>
            <div className="field">
              <label htmlFor={`${id}-question-${l}`}>{t(`townhall.faq.questionIn.${l}`)}</label>
              <input id={`${id}-question-${l}`} value={questions[l]} maxLength={2000} aria-invalid={questionMissing || undefined} aria-describedby={questionMissing ? `${id}-question-error` : undefined} onChange={(e) => setQuestions((v) => ({ ...v, [l]: e.target.value }))} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-answer-${l}`}>{t(`townhall.faq.answerIn.${l}`)}</label>
              <textarea id={`${id}-answer-${l}`} rows={3} value={answers[l]} onChange={(e) => setAnswers((v) => ({ ...v, [l]: e.target.value }))} />
            </div>
          </fieldset>
        ))}
      </div>
      {questionMissing && (
        <p id={`${id}-question-error`} className="field-error">
          {t('townhall.faq.needsQuestion')}
        </p>
      )}
      <ul className="th-children">
        {faq.questionIds.map((qid) => {
          const q = byId.get(qid);
          return (
            <li key={qid}>
              <span>{q ? `#${q.number} ${q.text.slice(0, 160)}` : t('townhall.faq.otherTownHall')}</span>{' '}
              <button type="button" className="button button-quiet button-small" onClick={() => void act(async () => (await api.call('questions.updateFaq', { id: faq.id, version: faq.version, questionIds: faq.questionIds.filter((x) => x !== qid) }), t('townhall.faq.removed')))}>
                {t('townhall.faq.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="actions">
        <button type="button" className="button button-primary button-small" onClick={() => {
            setAskedForQuestion(true);
            if (questions.en.trim() || questions.es.trim()) void act(async () => ((await save()) ? t('townhall.faq.saved') : ''));
            else document.getElementById(`${id}-question-en`)?.focus();
          }}>
          {t('townhall.faq.save')}
        </button>
        <button type="button" className="button button-danger-quiet button-small" onClick={() => void act(async () => (await api.call('questions.deleteFaq', { id: faq.id }), t('townhall.faq.deleted')))}>
          {t('townhall.faq.delete')}
        </button>
      </div>
      {dialog}
    </article>
  );
}
