import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairKey } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import type { TownHallData } from '../use-townhall-data';
import { useDuplicateSuggestions } from './use-duplicate-suggestions';

const SHOWN = 12;

/**
 * Likely duplicates among the questions shown (after search and filters; the town hall's pairs are computed once per change of its questions, off the page's thread), each one merge or dismiss away.
 * Memoized: a key typed in the search box re-renders it only once the list shown has changed.
 */
export const DuplicateSuggestions = memo(function DuplicateSuggestions({ data, questions, onMerge }: { data: TownHallData; questions: Question[]; onMerge: (keepId: string, mergeId: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const byId = useMemo(() => new Map(data.questions.map((q) => [q.id, q])), [data.questions]);
  const { suggestions, pending } = useDuplicateSuggestions(data.townhall.id, data.questions, questions, data.raised, dismissed, SHOWN);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.duplicates.title')}
      </h2>
      <p className="card-intro">{t('townhall.duplicates.intro')}</p>
      {pending && suggestions.length === 0 && (
        <p className="muted" role="status">
          {t('townhall.duplicates.looking')}
        </p>
      )}
      {!pending && suggestions.length === 0 && <p className="empty">{t('townhall.duplicates.none')}</p>}
      <ul className="th-duplicates">
        {suggestions.filter((s) => byId.has(s.keepId) && byId.has(s.mergeId)).map((s) => {
          const keep = byId.get(s.keepId)!;
          const drop = byId.get(s.mergeId)!;
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
                <button type="button" className="button button-quiet button-small" onClick={() => setDismissed((d) => new Set(d).add(pairKey(keep.id, drop.id)))}>
                  {t('townhall.duplicates.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
