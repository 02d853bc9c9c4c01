import { useTranslation } from 'react-i18next';
import type { NeedEvidence } from '../../../shared/model';
import { routeHref } from '../../app/routes';

/** The records that raised a need: a town-hall question links to its town hall's moderation list, an exercise entry to its exercise's console, where every captured entry is listed; notes show their text. */
export function EvidenceList({ evidence }: { evidence: NeedEvidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <span className="muted">{t('resources.needs.noEvidence')}</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) => (
        <li key={i}>
          {e.kind === 'note' && <span>{t('resources.evidence.note', { text: e.text })}</span>}
          {e.kind === 'question' && <a href={routeHref('townhalls', e.townhallId, 'moderate')}>{t('resources.evidence.question')}</a>}
          {e.kind === 'exercise-entry' && <a href={routeHref('exercises', 'run', e.exerciseId)}>{t('resources.evidence.exercise')}</a>}
        </li>
      ))}
    </ul>
  );
}
