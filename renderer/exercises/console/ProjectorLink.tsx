import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';

/**
 * The projector view. In the browser host it is the `/present` page (open it on the second
 * screen); in the desktop app, View › Projector window opens it on the external display.
 */
export function ProjectorLink({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  if (api.kind === 'desktop') return <span className="muted">{t('tabletop.console.projectorDesktop')}</span>;
  return (
    <a href={`/present?exercise=${encodeURIComponent(exerciseId)}`} target="_blank" rel="noopener">
      {t('tabletop.console.openProjector')}
    </a>
  );
}
