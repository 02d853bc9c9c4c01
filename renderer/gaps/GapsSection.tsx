import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionPage } from '../app/SectionPage';
import { ErrorAlert } from '../app/ErrorAlert';
import { routeHref } from '../app/routes';
import { DirectoryPanel } from './directory/DirectoryPanel';
import { ImportPanel } from './import/ImportPanel';
import { NeedsPanel } from './needs/NeedsPanel';
import { MatrixPanel } from './matrix/MatrixPanel';
import { GapReportPanel } from './report/GapReportPanel';
import { useGapsData } from './use-gaps-data';
import './gaps.css';

// The map and its canvas library load only when the map tab is opened.
const GapMapPanel = lazy(() => import('./map/GapMapPanel').then((m) => ({ default: m.GapMapPanel })));

export const GAPS_TABS = ['directory', 'import', 'needs', 'map', 'matrix', 'report'] as const;
type Tab = (typeof GAPS_TABS)[number];

/** Resources and service gaps: the directory, its imports, needs, the gap map, the coverage matrix and the report. */
export function GapsSection({ focusHeading, path = [] }: { focusHeading: boolean; path?: string[] }) {
  const { t } = useTranslation();
  const tab: Tab = (GAPS_TABS as readonly string[]).includes(path[0] ?? '') ? (path[0] as Tab) : 'directory';
  const { data, loadError, reload } = useGapsData();
  return (
    <SectionPage title={t('resources.title')} intro={t('resources.intro')} focusHeading={focusHeading}>
      <nav className="gaps-tabs" aria-label={t('resources.tabs.label')}>
        <ul>
          {GAPS_TABS.map((id) => (
            <li key={id}>
              <a href={routeHref('gaps', id)} className="gaps-tab" aria-current={id === tab ? 'page' : undefined}>
                {t(`resources.tabs.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorAlert message={loadError} onRetry={() => void reload()} />
      {!data && !loadError && <p className="muted">{t('app.loading')}</p>}
      {data && (
        <div className="gaps-panel">
          {tab === 'directory' && <DirectoryPanel data={data} />}
          {tab === 'import' && <ImportPanel data={data} />}
          {tab === 'needs' && <NeedsPanel data={data} />}
          {tab === 'map' && (
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <GapMapPanel data={data} needId={path[1]} />
            </Suspense>
          )}
          {tab === 'matrix' && <MatrixPanel data={data} />}
          {tab === 'report' && <GapReportPanel data={data} />}
        </div>
      )}
    </SectionPage>
  );
}
