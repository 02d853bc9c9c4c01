import { useTranslation } from 'react-i18next';
import { clockState, formatClock, type ClockReading } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';

/**
 * The exercise's clock as the console shows it (read from the one clock model, `readClock`): the
 * module clock against the module's plan, warning near and past it, and the exercise clock (time
 * spent in every module so far) against the whole plan.
 */
export function ModuleClock({ exercise, reading }: { exercise: Exercise; reading: ClockReading }) {
  const { t } = useTranslation();
  const planned = reading.modulePlannedMs / 60_000;
  const elapsed = reading.moduleElapsedMs;
  const state = exercise.status === 'planned' ? 'ok' : clockState(elapsed, planned);
  const remaining = reading.modulePlannedMs - elapsed;
  return (
    <div className={`module-clock clock-${state}`} role="timer" aria-label={t('tabletop.console.timer')}>
      <span className="clock-value">{formatClock(elapsed)}</span>
      <span className="clock-plan">
        {t('tabletop.console.planned', { minutes: planned })}
        {exercise.status === 'paused' && ` · ${t('tabletop.status.paused')}`}
      </span>
      <span className="clock-total">{t('tabletop.clock.exercise', { elapsed: formatClock(reading.exerciseElapsedMs), planned: formatClock(reading.exercisePlannedMs) })}</span>
      {state === 'warning' && <span className="clock-note">{t('tabletop.console.almostOver', { time: formatClock(remaining) })}</span>}
      {state === 'over' && (
        <span className="clock-note" role="alert">
          {t('tabletop.console.overrun', { time: formatClock(-remaining) })}
        </span>
      )}
    </div>
  );
}
