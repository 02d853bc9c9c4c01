import { useTranslation } from 'react-i18next';
import { SectionPage } from '../app/SectionPage';
import { ConsolePage } from './console/ConsolePage';
import { ExerciseSetupPage } from './setup/ExerciseSetupPage';
import { HotWashPage } from './hotwash/HotWashPage';
import { ExercisesHome } from './library/ExercisesHome';
import { ScenarioEditorPage } from './editor/ScenarioEditorPage';
import { ScenarioPreviewPage } from './library/ScenarioPreviewPage';
import './exercises.css';

/**
 * Tabletop exercises. Sub-routes: `scenarios/<id>` preview, `scenarios/<id>/edit` editor,
 * `new/<scenarioId>` setup, `run/<id>` console, `run/<id>/setup`, `run/<id>/hotwash`.
 */
export function ExercisesSection({ focusHeading, path = [] }: { focusHeading: boolean; path?: string[] }) {
  const { t } = useTranslation();
  const [first, id, sub] = path;
  if (first === 'scenarios' && id && sub === 'edit') return <ScenarioEditorPage key={id} id={id} />;
  if (first === 'scenarios' && id) return <ScenarioPreviewPage key={id} id={id} />;
  if (first === 'new' && id) return <ExerciseSetupPage key={`new-${id}`} scenarioId={id} />;
  if (first === 'run' && id && sub === 'setup') return <ExerciseSetupPage key={`edit-${id}`} exerciseId={id} />;
  if (first === 'run' && id && sub === 'hotwash') return <HotWashPage key={id} id={id} />;
  if (first === 'run' && id) return <ConsolePage key={id} id={id} />;
  return (
    <SectionPage title={t('tabletop.title')} intro={t('tabletop.intro')} focusHeading={focusHeading}>
      <ExercisesHome />
    </SectionPage>
  );
}
