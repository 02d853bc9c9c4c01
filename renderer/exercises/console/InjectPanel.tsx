import { useTranslation } from 'react-i18next';
import { formatClock, formatScenarioTime, moduleInjects, scheduleOf, type ClockReading, type InjectView } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';
import { useBi } from '../use-bi';

type Act = (module: number, inject: number, action: 'release' | 'skip' | 'undo') => void;

function InjectCard({ v, exercise, onAct, busy, dueMs, isDue = false, compact = false }: { v: InjectView; exercise: Exercise; onAct: Act; busy: boolean; dueMs: number; isDue?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const bi = useBi();
  const s = exercise.scenario;
  const title = bi(v.inject.title);
  return (
    <li className={`inject inject-${v.state}${v.inject.audience === 'facilitator' ? ' inject-private' : ''}${isDue ? ' inject-is-due' : ''}`}>
      <p className="inject-head">
        <span className="inject-time" title={t('tabletop.clock.scenarioTimeHelp')}>{formatScenarioTime(v.inject.time)}</span> <strong>{title}</strong> <span className="badge">{t(`tabletop.audience.${v.inject.audience}`)}</span>{' '}
        {v.state !== 'pending' && <span className={`badge state-${v.state}`}>{t(`tabletop.injectState.${v.state}`)}</span>}
        {v.event?.offTimeline && <span className="badge">{t('tabletop.console.offTimeline')}</span>}
        {isDue && <span className="badge state-due">{t('tabletop.clock.dueBadge')}</span>}
      </p>
      <p className="inject-due-at muted">{t('tabletop.clock.dueAt', { due: formatClock(dueMs) })}</p>
      {!compact && <p>{bi(v.inject.text)}</p>}
      {!compact && v.inject.expectedActions.length > 0 && (
        <details>
          <summary>{t('tabletop.preview.expected')}</summary>
          <ul>
            {v.inject.expectedActions.map((a, i) => (
              <li key={i}>{bi(a)}</li>
            ))}
          </ul>
        </details>
      )}
      {!compact && v.inject.controller && <p className="muted inject-controller">{t('tabletop.console.controller', { name: v.inject.controller })}</p>}
      {!compact && v.inject.roles.length > 0 && <p className="muted">{v.inject.roles.map((r) => bi(s.roles.find((x) => x.id === r)?.name) || r).join(', ')}</p>}
      <div className="actions">
        {v.state === 'pending' ? (
          <>
            <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => onAct(v.ref.module, v.ref.inject, 'release')} aria-label={t('tabletop.console.releaseNamed', { title })}>
              {compact ? t('tabletop.console.fireNow') : t('tabletop.console.release')}
            </button>
            {!compact && (
              <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => onAct(v.ref.module, v.ref.inject, 'skip')} aria-label={t('tabletop.console.skipNamed', { title })}>
                {t('tabletop.console.skip')}
              </button>
            )}
          </>
        ) : (
          <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => onAct(v.ref.module, v.ref.inject, 'undo')} aria-label={t('tabletop.console.undoNamed', { title })}>
            {t('tabletop.console.undo')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The current module's injects in scenario-time order, and every other module's, to fire off-timeline. */
export function InjectPanel({ exercise, reading, onAct, busy }: { exercise: Exercise; reading: ClockReading; onAct: Act; busy: boolean }) {
  const { t } = useTranslation();
  const bi = useBi();
  const current = moduleInjects(exercise, exercise.currentModule);
  const others = exercise.scenario.modules.map((m, i) => ({ m, i })).filter(({ i }) => i !== exercise.currentModule);
  const live = exercise.status === 'running' || exercise.status === 'paused';
  const schedule = scheduleOf(exercise.scenario);
  const dueOf = (v: InjectView) => schedule.modules[v.ref.module]?.injects[v.ref.inject]?.dueMs ?? 0;
  const due = new Set(reading.dueNow.map((v) => v.ref.inject));
  return (
    <section className="card" aria-labelledby="injects-title">
      <h2 id="injects-title" className="card-title">
        {t('tabletop.console.injects')}
      </h2>
      {current.length === 0 && <p className="muted">{t('tabletop.console.discussionOnly')}</p>}
      <ol className="inject-list">
        {current.map((v) => (
          <InjectCard key={v.ref.inject} v={v} exercise={exercise} onAct={onAct} busy={busy || !live} dueMs={dueOf(v)} isDue={due.has(v.ref.inject)} />
        ))}
      </ol>
      {others.some(({ m }) => m.injects.length > 0) && (
        <details className="off-timeline">
          <summary>{t('tabletop.console.otherModules')}</summary>
          {others.map(({ m, i }) =>
            m.injects.length ? (
              <div key={i}>
                <h3 className="subheading">{bi(m.title)}</h3>
                <ol className="inject-list">
                  {moduleInjects(exercise, i).map((v) => (
                    <InjectCard key={v.ref.inject} v={v} exercise={exercise} onAct={onAct} busy={busy || !live} dueMs={dueOf(v)} compact />
                  ))}
                </ol>
              </div>
            ) : null,
          )}
        </details>
      )}
    </section>
  );
}
