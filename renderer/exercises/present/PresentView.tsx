import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { markAppReady } from '../../app/app-ready';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { elapsedMs, formatClock, formatScenarioTime } from '../../../shared/logic';
import { useBi } from '../use-bi';
import { useClockNow } from '../use-now';
import { useLive } from '../use-data';
import '../exercises.css';

/**
 * The projector: only what the room may see (module title and narrative, released room injects,
 * questions the facilitator put on screen), in large type, updated live through change events.
 */
export function PresentView({ exerciseId }: { exerciseId: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const { data, error, loaded } = useLive(() => api.call('exercises.present', exerciseId ? { id: exerciseId } : {}), ['exercises'], [api, exerciseId]);
  // The same clock source and rounding as the console (see useClockNow).
  const now = useClockNow(data?.clock);
  useEffect(() => {
    if (loaded) markAppReady();
    document.title = data ? `${data.title} · ${t('app.name')}` : t('tabletop.present.title');
  }, [data, loaded, t]);

  return (
    <div className="present">
      <div className="present-lang">
        <LanguageSwitch />
      </div>
      {error && (
        <p className="present-wait" role="alert">
          {error}
        </p>
      )}
      {loaded && !error && !data && <p className="present-wait">{t('tabletop.present.waiting')}</p>}
      {data && data.status === 'planned' && (
        <main className="present-main">
          <h1 className="present-title">{data.title}</h1>
          <p className="present-wait">{t('tabletop.present.notStarted')}</p>
        </main>
      )}
      {data && data.module && (
        <main className="present-main" aria-live="polite">
          <p className="present-kicker">
            {t('tabletop.list.moduleOf', { n: data.moduleNumber, count: data.moduleCount })}
            {data.status === 'paused' && ` · ${t('tabletop.status.paused')}`}
            {data.status === 'ended' && ` · ${t('tabletop.status.ended')}`}
          </p>
          <p className="present-clock" role="timer" aria-label={t('tabletop.console.timer')}>
            {formatClock(elapsedMs(data.clock, now))} <span className="present-clock-plan">{t('tabletop.console.planned', { minutes: data.moduleMinutes })}</span>
          </p>
          <h1 className="present-title">{bi(data.module.title)}</h1>
          {data.module.narrative && <p className="present-narrative">{bi(data.module.narrative)}</p>}
          {data.injects.length > 0 && (
            <ol className="present-injects">
              {data.injects.map((i) => (
                <li key={i.key} className="present-inject" data-testid="present-inject">
                  <h2>
                    <span className="present-time">{formatScenarioTime(i.time)}</span> {bi(i.title)}
                  </h2>
                  <p>{bi(i.text)}</p>
                </li>
              ))}
            </ol>
          )}
          {data.questions.length > 0 && (
            <section className="present-questions" aria-label={t('tabletop.console.questions')}>
              {data.questions.map((g, k) => (
                <div key={k}>
                  <h2>{bi(g.discipline)}</h2>
                  <ul>
                    {g.questions.map((q, n) => (
                      <li key={n}>{bi(q)}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
        </main>
      )}
    </div>
  );
}
