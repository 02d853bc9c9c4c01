import { useTranslation } from 'react-i18next';
import { missingRoles } from '../../../shared/logic';
import type { ScenarioContent } from '../../../shared/model';
import { useBi } from '../use-bi';

/** The roles the scenario needs that nobody in the room holds. */
export function MissingRoles({ scenario, participants }: { scenario: ScenarioContent; participants: { role: string }[] }) {
  const { t } = useTranslation();
  const bi = useBi();
  const missing = missingRoles(scenario, participants);
  if (missing.length === 0) return <p className="muted">{t('tabletop.setup.allRoles')}</p>;
  const name = (id: string) => bi(scenario.roles.find((r) => r.id === id)?.name) || id;
  return (
    <div className="notice notice-warning" role="note" aria-label={t('tabletop.setup.missingTitle')}>
      <p>{t('tabletop.setup.missing', { count: missing.length })}</p>
      <ul>
        {missing.map((r) => (
          <li key={r}>{name(r)}</li>
        ))}
      </ul>
    </div>
  );
}
