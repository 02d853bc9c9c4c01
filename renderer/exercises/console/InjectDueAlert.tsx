import { useTranslation } from 'react-i18next';
import { formatClock, formatScenarioTime, type ClockReading } from '../../../shared/logic';
import { useBi } from '../use-bi';

/**
 * Says, in the page and to screen readers (a live alert, never a native dialog), that the next
 * inject is due on the module clock, with the way to release it. The alert's words name only the
 * inject, so it is announced once when it becomes due, not at every tick; how late it is shows
 * beside it.
 */
export function InjectDueAlert({ reading, busy, onRelease }: { reading: ClockReading; busy: boolean; onRelease: () => void }) {
  const { t } = useTranslation();
  const bi = useBi();
  const next = reading.next;
  const due = next && next.state === 'due' ? next : null;
  return (
    <div className="inject-due-slot">
      <div role="alert" className={due ? 'inject-due card' : 'visually-hidden'}>
        {due && (
          <p className="inject-due-text">
            <strong>{t('tabletop.clock.dueNow', { title: bi(due.view.inject.title) })}</strong>{' '}
            <span className="muted">{t('tabletop.clock.scenarioAt', { time: formatScenarioTime(due.view.inject.time) })}</span>
          </p>
        )}
      </div>
      {due && (
        <div className="inject-due-actions">
          <span className="muted">{t('tabletop.clock.dueSince', { due: formatClock(due.dueMs), late: formatClock(-due.inMs) })}</span>
          <button type="button" className="button button-primary button-small" disabled={busy} onClick={onRelease}>
            {t('tabletop.clock.releaseDue')}
          </button>
        </div>
      )}
    </div>
  );
}
