import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';

/** What has been captured, newest first, each with its module and time into the module. */
export function EntryLog({ exercise, limit = 50 }: { exercise: Exercise; limit?: number }) {
  const { t } = useTranslation();
  const entries = [...exercise.entries].reverse().slice(0, limit);
  return (
    <section className="card" aria-label={t('tabletop.log.title')}>
      <h2 className="card-title">
        {t('tabletop.log.title')} <span className="muted">({exercise.entries.length})</span>
      </h2>
      {entries.length === 0 && <p className="empty">{t('tabletop.log.empty')}</p>}
      <ol className="entry-log" reversed>
        {entries.map((e) => (
          <li key={e.id} className={`entry type-${e.type}`}>
            <span className="badge">{t(`tabletop.entryType.${e.type}`)}</span> <span className="entry-text">{e.text}</span>{' '}
            <span className="muted entry-stamp">{t('tabletop.log.stamp', { module: e.module + 1, time: formatClock(e.moduleElapsedMs) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
