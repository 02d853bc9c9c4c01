import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairKey } from '../../../shared/logic';
import type { DuplicateDismissal, Question } from '../../../shared/model';
import { messageOf } from '../../app/ErrorAlert';
import { useUndo } from '../../app/undo/UndoToast';
import type { TownHallData } from '../use-townhall-data';
import { useDuplicateDismissals } from './use-duplicate-dismissals';
import { useDuplicateSuggestions } from './use-duplicate-suggestions';

const SHOWN = 12;

/**
 * Likely duplicates among the questions shown (after search and filters; the town hall's pairs are
 * computed once per change of its questions, off the page's thread), each one merge or dismiss
 * away. "Not a duplicate" is stored with the town hall (every moderator's screen stops suggesting
 * the pair), offers Undo in the app's toast, and can be taken back later from "Dismissed pairs".
 * Memoized: a key typed in the search box re-renders it only once the list shown has changed.
 */
export const DuplicateSuggestions = memo(function DuplicateSuggestions({ data, questions, onMerge }: { data: TownHallData; questions: Question[]; onMerge: (keepId: string, mergeId: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const undo = useUndo();
  const [error, setError] = useState<string | null>(null);
  const decisions = useDuplicateDismissals(data.townhall.id);
  const byId = useMemo(() => new Map(data.questions.map((q) => [q.id, q])), [data.questions]);
  const { suggestions, pending } = useDuplicateSuggestions(data.townhall.id, data.questions, questions, data.raised, decisions.dismissed, SHOWN);
  // Decided pairs whose two questions still exist, lowest numbers first.
  const dismissedPairs = useMemo(
    () =>
      decisions.list
        .flatMap((d) => {
          const a = byId.get(d.questionIds[0]);
          const b = byId.get(d.questionIds[1]);
          if (!a || !b) return [];
          const [first, second] = a.number <= b.number ? [a, b] : [b, a];
          return [{ decision: d, first, second }];
        })
        .sort((x, y) => x.first.number - y.first.number || x.second.number - y.second.number),
    [decisions.list, byId],
  );

  const dismiss = async (keep: Question, drop: Question) => {
    setError(null);
    const [first, second] = keep.number <= drop.number ? [keep, drop] : [drop, keep];
    try {
      const stored = await decisions.dismiss(keep.id, drop.id);
      undo.announce({ key: 'townhall.duplicates.dismissed', params: { a: first.number, b: second.number } }, stored.undoToken, () => void decisions.reload());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };

  const suggestAgain = async (d: DuplicateDismissal, first: Question, second: Question) => {
    setError(null);
    try {
      await decisions.suggestAgain(d);
      undo.announce({ key: 'townhall.duplicates.suggestedAgain', params: { a: first.number, b: second.number } });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      void decisions.reload();
    }
  };

  const visible = suggestions.filter((s) => byId.has(s.keepId) && byId.has(s.mergeId) && !decisions.dismissed.has(pairKey(s.keepId, s.mergeId)));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.duplicates.title')}
      </h2>
      <p className="card-intro">{t('townhall.duplicates.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {pending && visible.length === 0 && (
        <p className="muted" role="status">
          {t('townhall.duplicates.looking')}
        </p>
      )}
      {!pending && visible.length === 0 && <p className="empty">{t('townhall.duplicates.none')}</p>}
      <ul className="th-duplicates">
        {visible.map((s) => {
          const keep = byId.get(s.keepId)!;
          const drop = byId.get(s.mergeId)!;
          const [first, second] = keep.number <= drop.number ? [keep, drop] : [drop, keep];
          return (
            <li key={pairKey(s.keepId, s.mergeId)} className="th-duplicate" data-testid="duplicate-suggestion">
              <div className="th-duplicate-texts">
                <p>{`#${keep.number} ${keep.text.slice(0, 200)}`}</p>
                <p>{`#${drop.number} ${drop.text.slice(0, 200)}`}</p>
                <p className="muted">{t('townhall.duplicates.score', { score: Math.round(s.score * 100) })}</p>
              </div>
              <div className="actions">
                <button type="button" className="button button-primary button-small" onClick={() => onMerge(keep.id, drop.id)}>
                  {t('townhall.duplicates.merge', { from: drop.number, into: keep.number })}
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('townhall.duplicates.dismissLabel', { a: first.number, b: second.number })}
                  onClick={() => void dismiss(keep, drop)}
                >
                  {t('townhall.duplicates.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {dismissedPairs.length > 0 && (
        <details className="th-dismissed">
          <summary>{t('townhall.duplicates.dismissedPairs', { count: dismissedPairs.length })}</summary>
          <p className="muted">{t('townhall.duplicates.dismissedIntro')}</p>
          <ul className="th-duplicates">
            {dismissedPairs.map(({ decision, first, second }) => (
              <li key={decision.id} className="th-duplicate" data-testid="dismissed-pair">
                <div className="th-duplicate-texts">
                  <p>{`#${first.number} ${first.text.slice(0, 200)}`}</p>
                  <p>{`#${second.number} ${second.text.slice(0, 200)}`}</p>
                </div>
                <div className="actions">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={t('townhall.duplicates.suggestAgainLabel', { a: first.number, b: second.number })}
                    onClick={() => void suggestAgain(decision, first, second)}
                  >
                    {t('townhall.duplicates.suggestAgain')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});
