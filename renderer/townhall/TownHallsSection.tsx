import { useTranslation } from 'react-i18next';
import { SectionPage } from '../app/SectionPage';
import { TopicsPanel } from './TopicsPanel';
import { TownHallList } from './TownHallList';
import { TownHallPage } from './TownHallPage';
import './townhall.css';

/**
 * Town halls. Routes: `#/townhalls` (list and new), `#/townhalls/topics`,
 * `#/townhalls/<id>[/capture|moderate|faq|import|report|details]`.
 */
export function TownHallsSection({ focusHeading, path = [] }: { focusHeading: boolean; path?: string[] }) {
  const { t } = useTranslation();
  const [first, view] = path;
  if (first === 'topics') {
    return (
      <SectionPage title={t('townhall.topics.title')} intro={t('townhall.topics.intro')} focusHeading={focusHeading}>
        <div className="th-scope">
          <TopicsPanel />
        </div>
      </SectionPage>
    );
  }
  if (first) {
    return (
      <div className="th-scope">
        <TownHallPage key={first} id={first} view={view ?? 'capture'} focusHeading={focusHeading} />
      </div>
    );
  }
  return (
    <SectionPage title={t('townhall.title')} intro={t('townhall.intro')} focusHeading={focusHeading}>
      <div className="th-scope">
        <TownHallList />
      </div>
    </SectionPage>
  );
}
