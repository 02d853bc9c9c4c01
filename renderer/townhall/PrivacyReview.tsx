import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyReviewItem } from '../../shared/contract/methods/townhalls';
import { PERSONAL_DETAIL_KINDS, type Question, type QuestionPrivacy } from '../../shared/model';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';

type Kind = (typeof PERSONAL_DETAIL_KINDS)[number];
type Detail = PrivacyReviewItem['fields'][number]['details'][number];
const same = (a: string, b: string) => a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim() === b.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The text with each detail marked in place, labelled with its kind. */
function Marked({ text, details, released }: { text: string; details: Detail[]; released: Detail[] }) {
  const { t } = useTranslation();
  const all = [...details.map((d) => ({ ...d, released: false })), ...released.map((d) => ({ ...d, released: true }))].sort((a, b) => a.start - b.start);
  const out: React.ReactNode[] = [];
  let at = 0;
  all.forEach((d, i) => {
    if (d.start < at) return;
    out.push(text.slice(at, d.start));
    out.push(
      <mark key={i} className={d.released ? 'th-privacy-released' : 'th-privacy-hidden'} title={t(`townhall.privacy.kind.${d.kind}`)}>
        {text.slice(d.start, d.end)}
      </mark>,
    );
    at = d.end;
  });
  out.push(text.slice(at));
  return <p className="th-privacy-text">{out}</p>;
}

/**
 * The review before a public export: every personal detail the redaction layer will hide, in its
 * question, as `questions.privacyReview` reports it. The reviewer releases a false positive,
 * hides more text by hand, or marks a question reviewed; each decision is stored with the question
 * (`questions.setPrivacy`) and counted in the report's privacy note.
 */
export function PrivacyReview({ townhallIds, questions, headingRef }: { townhallIds: string[]; questions: Question[]; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [items, setItems] = useState<PrivacyReviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [extra, setExtra] = useState<{ number: string; text: string; kind: Kind }>({ number: '', text: '', kind: 'name' });
  const key = townhallIds.join(',');

  const load = useCallback(async () => {
    try {
      setItems(await api.call('questions.privacyReview', { townhallIds: key.split(',') }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  }, [api, key, t]);
  // Reload whenever the questions change (a decision saved here, an edit elsewhere).
  useEffect(() => void load(), [load, questions]);

  // The stored decisions: from the review list, or (for a question with nothing found yet) from the question itself.
  const decisionsOf = (questionId: string): Pick<QuestionPrivacy, 'hide' | 'release'> =>
    items?.find((i) => i.questionId === questionId) ?? questions.find((q) => q.id === questionId)?.privacy ?? { hide: [], release: [] };
  const save = async (questionId: string, change: (p: Pick<QuestionPrivacy, 'hide' | 'release'>) => Pick<QuestionPrivacy, 'hide' | 'release'>) => {
    setBusy(true);
    setError(null);
    try {
      const next = change(decisionsOf(questionId));
      await api.call('questions.setPrivacy', { id: questionId, hide: next.hide, release: next.release });
      await load();
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const release = (qid: string, d: Detail) => save(qid, (p) => ({ hide: p.hide, release: [...p.release, { kind: d.kind, text: d.text }] }));
  const hideAgain = (qid: string, d: Detail) => save(qid, (p) => ({ hide: p.hide, release: p.release.filter((r) => !(r.kind === d.kind && same(r.text, d.text))) }));
  const unhide = (qid: string, d: Detail) => save(qid, (p) => ({ hide: p.hide.filter((h) => !same(h.text, d.text)), release: p.release }));
  const markReviewed = (qid: string) => save(qid, (p) => ({ hide: p.hide, release: p.release }));
  const hideMore = async () => {
    const q = questions.find((x) => String(x.number) === extra.number.trim());
    const text = extra.text.trim();
    if (!q) return setError(t('townhall.privacy.noSuchQuestion', { number: extra.number }));
    if (!text) return setError(t('townhall.privacy.emptyText'));
    if (!`${q.text}\n${q.translation}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes(text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))) return setError(t('townhall.privacy.notInQuestion', { number: q.number }));
    await save(q.id, (p) => ({ hide: [...p.hide, { kind: extra.kind, text }], release: p.release }));
    setExtra((x) => ({ ...x, text: '' }));
  };

  const unreviewed = (items ?? []).filter((i) => !i.reviewedAt);
  const count = (items ?? []).reduce((n, i) => n + i.fields.reduce((m, f) => m + f.details.length, 0), 0);
  return (
    <section className="th-privacy-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('townhall.privacy.title')}
      </h3>
      <p className="card-intro">{t('townhall.privacy.intro')}</p>
      {items && (
        <p role="status" className="notice-line">
          {t('townhall.privacy.summary', { count, questions: items.length, unreviewed: unreviewed.length })}
        </p>
      )}
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <ul className="th-privacy-list">
        {(items ?? []).map((item) => (
          <li key={item.questionId} className="th-privacy-item" aria-label={t('townhall.privacy.question', { number: item.number })}>
            <p className="th-privacy-head">
              <strong>{t('townhall.privacy.question', { number: item.number })}</strong>
              <span className={item.reviewedAt ? 'th-chip' : 'th-chip th-chip-warning'}>{item.reviewedAt ? t('townhall.privacy.reviewed') : t('townhall.privacy.notReviewed')}</span>
            </p>
            {item.fields.map((f) => (
              <div key={f.field}>
                {f.field === 'translation' && <p className="muted">{t('townhall.privacy.translation')}</p>}
                <Marked text={f.text} details={f.details} released={f.released} />
                <ul className="th-privacy-details">
                  {f.details.map((d) => (
                    <li key={`h${d.start}`}>
                      <span>{`“${d.text}” · ${t(`townhall.privacy.kind.${d.kind}`)}${d.source === 'hand' ? ` · ${t('townhall.privacy.byHand')}` : ''}`}</span>
                      {d.source === 'hand' ? (
                        <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void unhide(item.questionId, d)} aria-label={t('townhall.privacy.unhideLabel', { text: d.text, number: item.number })}>
                          {t('townhall.privacy.unhide')}
                        </button>
                      ) : d.source === 'detected' ? (
                        <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void release(item.questionId, d)} aria-label={t('townhall.privacy.releaseLabel', { text: d.text, number: item.number })}>
                          {t('townhall.privacy.release')}
                        </button>
                      ) : (
                        <span className="muted">{t('townhall.privacy.knownName')}</span>
                      )}
                    </li>
                  ))}
                  {f.released.map((d) => (
                    <li key={`r${d.start}`}>
                      <span>{`“${d.text}” · ${t('townhall.privacy.released')}`}</span>
                      <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void hideAgain(item.questionId, d)} aria-label={t('townhall.privacy.hideAgainLabel', { text: d.text, number: item.number })}>
                        {t('townhall.privacy.hideAgain')}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {!item.reviewedAt && (
              <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void markReviewed(item.questionId)}>
                {t('townhall.privacy.markReviewed', { number: item.number })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {unreviewed.length > 1 && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void Promise.all(unreviewed.map((i) => markReviewed(i.questionId)))}>
          {t('townhall.privacy.markAll', { count: unreviewed.length })}
        </button>
      )}
      <fieldset className="th-privacy-more">
        <legend>{t('townhall.privacy.hideMore')}</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-n`}>{t('townhall.privacy.number')}</label>
            <input id={`${id}-n`} inputMode="numeric" value={extra.number} onChange={(e) => setExtra({ ...extra, number: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-t`}>{t('townhall.privacy.textToHide')}</label>
            <input id={`${id}-t`} value={extra.text} onChange={(e) => setExtra({ ...extra, text: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-k`}>{t('townhall.privacy.kindLabel')}</label>
            <select id={`${id}-k`} value={extra.kind} onChange={(e) => setExtra({ ...extra, kind: e.target.value as Kind })}>
              {PERSONAL_DETAIL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`townhall.privacy.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void hideMore()}>
          {t('townhall.privacy.hide')}
        </button>
      </fieldset>
    </section>
  );
}
