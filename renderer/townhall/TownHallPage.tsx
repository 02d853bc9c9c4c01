import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../app/ErrorAlert';
import { routeHref } from '../app/routes';
import { SectionPage } from '../app/SectionPage';
import { CapturePanel } from './capture/CapturePanel';
import { FaqPanel } from './FaqPanel';
import { formatDay } from './format-day';
import { ImportPanel } from './ImportPanel';
import { ModerationPanel } from './moderation/ModerationPanel';
import { ReportPanel } from './ReportPanel';
import { RoomPanel } from './room/RoomPanel';
import { TownHallForm } from './TownHallForm';
import { useTownHallData } from './use-townhall-data';

const VIEWS = ['capture', 'moderate', 'room', 'faq', 'import', 'report', 'details'] as const;
type View = (typeof VIEWS)[number];

/** One town hall: its views as tabs (links, so each has its own address and the back button works). */
export function TownHallPage({ id, view, focusHeading }: { id: string; view: string; focusHeading: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, loadError, reload } = useTownHallData(id);
  const current: View = (VIEWS as readonly string[]).includes(view) ? (view as View) : 'capture';
  const title = data?.townhall.title ?? t('townhall.title');
  return (
    <SectionPage title={title} intro={data ? [formatDay(data.townhall.date, i18n.language), data.townhall.place].filter(Boolean).join(' · ') : undefined} focusHeading={focusHeading}>
      <p>
        <a href={routeHref('townhalls')}>{t('townhall.page.back')}</a>
      </p>
      <nav aria-label={t('townhall.page.views')} className="th-tabs">
        {VIEWS.map((v) => (
          <a key={v} href={routeHref('townhalls', id, v)} className={`th-tab${v === current ? ' th-tab-current' : ''}`} aria-current={v === current ? 'page' : undefined}>
            {t(`townhall.page.tab.${v}`)}
          </a>
        ))}
      </nav>
      <ErrorAlert message={loadError} onRetry={() => void reload()} />
      {!data && !loadError && <p className="muted">{t('app.loading')}</p>}
      {data && current === 'capture' && <CapturePanel data={data} />}
      {data && current === 'moderate' && <ModerationPanel data={data} />}
      {data && current === 'room' && <RoomPanel data={data} />}
      {data && current === 'faq' && <FaqPanel data={data} />}
      {data && current === 'import' && <ImportPanel data={data} />}
      {data && current === 'report' && <ReportPanel data={data} />}
      {data && current === 'details' && <TownHallForm townhall={data.townhall} onSaved={() => void reload()} />}
    </SectionPage>
  );
}
