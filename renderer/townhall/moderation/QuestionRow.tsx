import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/model';
import { usePersonalFlag } from './use-personal-flag';

export interface QuestionRowProps {
  question: Question;
  /** 1-based position among all rows of the table, header included (aria-rowindex). */
  rowIndex: number;
  /** The list index, for the virtualizer's measurement. */
  index: number;
  measure?: (el: Element | null) => void;
  selected: boolean;
  open: boolean;
  raised: number;
  topicName: string;
  areaName: string;
  /** The number of the question this one was merged into, when it was. */
  mergedIntoNumber: number | string | null;
  /** How many questions are merged directly into this one. */
  mergedHere: number;
  /** Takes a merged question back out (its own status and "me too" count return). */
  onUnmerge: (id: string) => void;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  /** Puts the question on the projector and the residents' page, or takes it off. */
  onVisibility: (id: string, visibility: 'shown' | 'hidden') => void;
  /** Hides every question from the phone that sent this one. */
  onHidePhone: (id: string) => void;
}

/**
 * One question in the moderation table. Its own component (memoized) so the table can window its
 * rows, and so controls added to a row stay in this file.
 */
export const QuestionRow = memo(function QuestionRow(p: QuestionRowProps) {
  const { t } = useTranslation();
  const q = p.question;
  const personal = usePersonalFlag(q.text, q.askedBy);
  return (
    <tr ref={p.measure} data-index={p.index} aria-rowindex={p.rowIndex} className={p.open ? 'th-row-open' : undefined}>
      <td>
        <input type="checkbox" checked={p.selected} onChange={() => p.onToggle(q.id)} aria-label={t('townhall.moderate.selectOne', { number: q.number })} />
      </td>
      <td className="numeric">{q.number}</td>
      <td className="th-text-cell">
        {/* Every row is one height (see townhall.css): two lines of the question, the rest in the editor. */}
        <button type="button" className="th-link-button" onClick={() => p.onOpen(q.id)} aria-label={t('townhall.moderate.open', { number: q.number })} title={q.text.length > 120 ? q.text.slice(0, 600) : undefined}>
          <span className="th-clamp">{q.text.length > 400 ? `${q.text.slice(0, 400)}…` : q.text}</span>
        </button>
        {(personal || p.mergedHere > 0) && (
          <span className="th-row-chips">
            {personal && <span className="th-chip th-chip-warning">{t('townhall.moderate.personal')}</span>}
            {p.mergedHere > 0 && (
              <button type="button" className="th-chip th-chip-button" onClick={() => p.onOpen(q.id)} aria-label={t('townhall.moderate.mergedHereLabel', { count: p.mergedHere, number: q.number })}>
                {t('townhall.moderate.mergedHere', { count: p.mergedHere })}
              </button>
            )}
          </span>
        )}
      </td>
      <td>
        <span className="th-clamp">{p.topicName}</span>
      </td>
      <td>
        <span className="th-clamp">{p.areaName}</span>
      </td>
      <td className="numeric">{p.raised}</td>
      <td>
        {q.mergedInto ? (
          // A merged question says where it went, plainly, with the way back.
          <span className="th-merged-state">
            <button type="button" className="th-link-button th-merged-link" onClick={() => p.onOpen(q.mergedInto!)} aria-label={t('townhall.moderate.mergedIntoLinkLabel', { number: p.mergedIntoNumber ?? '?' })}>
              {t('townhall.moderate.mergedIntoLink', { number: p.mergedIntoNumber ?? '?' })}
            </button>{' '}
            <button type="button" className="button button-secondary button-small" onClick={() => p.onUnmerge(q.id)} aria-label={t('townhall.editor.unmergeOne', { number: q.number })}>
              {t('townhall.editor.unmerge')}
            </button>
          </span>
        ) : (
          <span className="th-clamp">{t(`townhall.status.${q.status}`)}</span>
        )}
      </td>
      <td className="room-visibility">
        <span className={`th-chip${q.visibility === 'pending' ? ' th-chip-warning' : ''}`}>{t(`townhall.room.visibility.${q.visibility}`)}</span>{' '}
        {q.visibility === 'shown' ? (
          <button type="button" className="button button-quiet button-small" onClick={() => p.onVisibility(q.id, 'hidden')} aria-label={t('townhall.room.hide', { number: q.number })}>
            {t('townhall.room.hideShort')}
          </button>
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => p.onVisibility(q.id, 'shown')} aria-label={t('townhall.room.show', { number: q.number })}>
            {t('townhall.room.showShort')}
          </button>
        )}
        {q.deviceId && q.visibility !== 'hidden' && (
          <button type="button" className="button button-quiet button-small" onClick={() => p.onHidePhone(q.id)}>
            {t('townhall.room.hidePhone')}
          </button>
        )}
      </td>
    </tr>
  );
});
