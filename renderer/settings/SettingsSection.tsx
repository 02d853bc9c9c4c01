import { useTranslation } from 'react-i18next';
import { SectionPage } from '../app/SectionPage';
import { AreasPanel } from './AreasPanel';
import { DataPanel } from './DataPanel';
import { RecoveryWarning } from './RecoveryWarning';
import { useWorkspaceStatus } from '../app/use-workspace-status';
import { useWorkspaceGeneration } from '../app/use-workspace-generation';

/** Settings: the community areas, and the data file with its backups and any recovery made at start. */
export function SettingsSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspaceStatus();
  // After Open/New workspace the areas panel starts afresh: no message or draft from the other file.
  const generation = useWorkspaceGeneration(workspace.status?.dataFile);
  return (
    <SectionPage title={t('settings.title')} intro={t('settings.intro')} focusHeading={focusHeading}>
      {workspace.status?.recovery && <RecoveryWarning recovery={workspace.status.recovery} />}
      <AreasPanel key={generation} />
      <DataPanel {...workspace} />
    </SectionPage>
  );
}
