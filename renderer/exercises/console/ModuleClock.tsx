import { useTranslation } from 'react-i18next';
import { clockState, elapsedMs, formatClock } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';
import { useNow } from '../use-now';

/** The module timer, computed from the stored timestamps (so it is right after a restart); warns near and past the plan. */
export function ModuleClock({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const planned = exercise.scenario.modules[exercise.currentModule]?.minutes ?? 0;
  const elapsed = elapsedMs(exercise.clock, now);
  const state = exercise.status === 'planned' ? 'ok' : clockState(elapsed, planned);
  const remaining = planned * 60_000 - elapsed;
  return (
    <div className={`module-clock clock-${state}`} role="timer" aria-label={t('tabletop.console.timer')}>
      <span className="clock-value">{formatClock(elapsed)}</span>
      <span className="clock-plan">
        {t('tabletop.console.planned', { minutes: planned })}
        {exercise.status === 'paused' && ` · ${t('tabletop.status.paused')}`}
      </span>
      {state === 'warning' && <span className="clock-note">{t('tabletop.console.almostOver', { time: formatClock(remaining) })}</span>}
      {state === 'over' && (
        <span className="clock-note" role="alert">
          {t('tabletop.console.overrun', { time: formatClock(-remaining) })}
        </span>
      )}
    </div>
  );
}
