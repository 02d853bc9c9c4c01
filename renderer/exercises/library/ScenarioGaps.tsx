import { useTranslation } from 'react-i18next';
import type { ScenarioContent } from '../../../shared/model';
import { scenarioGaps } from '../../../shared/logic';

/** What a scenario still lacks to be a complete case; it can be run anyway. */
export function ScenarioGaps({ content }: { content: ScenarioContent }) {
  const { t } = useTranslation();
  const gaps = scenarioGaps(content);
  if (gaps.length === 0) return null;
  return (
    <div className="notice notice-warning" role="note">
      <p>{t('tabletop.gaps.title')}</p>
      <ul>
        {gaps.map((g, i) => (
          <li key={i}>
            {g.kind === 'overview-field' && t('tabletop.gaps.overviewField', { field: t(`tabletop.gaps.field.${g.field}`) })}
            {g.kind === 'no-objectives' && t('tabletop.gaps.noObjectives')}
            {g.kind === 'no-capabilities' && t('tabletop.gaps.noCapabilities')}
            {g.kind === 'module-without-injects' && t('tabletop.gaps.noInjects', { n: g.module + 1 })}
            {g.kind === 'module-without-questions' && t('tabletop.gaps.noQuestions', { n: g.module + 1 })}
            {g.kind === 'module-without-narrative' && t('tabletop.gaps.noNarrative', { n: g.module + 1 })}
            {g.kind === 'missing-spanish' && t('tabletop.gaps.missingSpanish', { count: g.count })}
          </li>
        ))}
      </ul>
    </div>
  );
}
