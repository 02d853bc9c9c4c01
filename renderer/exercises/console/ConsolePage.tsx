import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatScenarioTime, nextInject, readClock } from '../../../shared/logic';
import type { Exercise } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { SectionPage } from '../../app/SectionPage';
import { MissingRoles } from '../setup/MissingRoles';
import { exerciseRoutes } from '../routes';
import { useBi } from '../use-bi';
import { useExercise } from '../use-data';
import { useClockNow } from '../use-now';
import { InjectDueAlert } from './InjectDueAlert';
import { CaptureBox } from './CaptureBox';
import { EntryLog } from './EntryLog';
import { InjectPanel } from './InjectPanel';
import { ModuleClock } from './ModuleClock';
import { ProjectorLink } from './ProjectorLink';

type Action = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'end' | 'reopen' | 'showQuestions' | 'hideQuestions';

/** The facilitator console: module, timer, injects, what comes next, live capture, and the way to the projector. */
export function ConsolePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const { data: exercise, error: loadError, reload, setData } = useExercise(id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useClockNow(exercise?.clock);

  const act = async (fn: () => Promise<Exercise>) => {
    setBusy(true);
    setError(null);
    try {
      setData(await fn());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const control = (action: Action) => act(() => api.call('exercises.control', { id, action }));
  const inject = (module: number, injectIndex: number, action: 'release' | 'skip' | 'undo') => act(() => api.call('exercises.inject', { id, module, inject: injectIndex, action }));

  // Keyboard shortcuts (they work while typing in the capture box): Alt+R releases the next
  // inject, Alt+P pauses or resumes, Alt+M goes to the next module. Shown under the controls.
  const shortcut = useRef<(event: KeyboardEvent) => void>(() => {});
  shortcut.current = (event: KeyboardEvent) => {
    if (!exercise || busy || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const key = event.code;
    const live = exercise.status === 'running' || exercise.status === 'paused';
    const next = nextInject(exercise);
    if (key === 'KeyR' && live && next) {
      event.preventDefault();
      void inject(next.ref.module, next.ref.inject, 'release');
    } else if (key === 'KeyP' && live) {
      event.preventDefault();
      void control(exercise.status === 'running' ? 'pause' : 'resume');
    } else if (key === 'KeyM' && live && exercise.currentModule + 1 < exercise.scenario.modules.length) {
      event.preventDefault();
      void control('next');
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => shortcut.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!exercise) {
    return (
      <SectionPage title={t('tabletop.console.loading')} focusHeading>
        <ErrorAlert message={loadError} onRetry={() => void reload()} />
        <a href={exerciseRoutes.home()}>{t('tabletop.common.backToList')}</a>
      </SectionPage>
    );
  }
  const s = exercise.scenario;
  const module = s.modules[exercise.currentModule];
  const reading = readClock(exercise, now);
  const upNext = reading.next;
  const capabilities = s.capabilities.map((c) => ({ id: c.id, name: bi(c.name) }));
  const nextModule = s.modules[exercise.currentModule + 1];
  const btn = (action: Action, label: string, primary = false) => (
    <button type="button" className={`button ${primary ? 'button-primary' : 'button-secondary'}`} disabled={busy} onClick={() => void control(action)}>
      {label}
    </button>
  );

  return (
    <SectionPage title={exercise.title} focusHeading>
      <nav className="sub-nav" aria-label={t('tabletop.console.pages')}>
        <a href={exerciseRoutes.home()}>{t('tabletop.common.backToList')}</a>
        <a href={exerciseRoutes.setup(id)}>{t('tabletop.console.editSetup')}</a>
        <a href={exerciseRoutes.hotWash(id)}>{t('tabletop.console.hotWash')}</a>
        <ProjectorLink exerciseId={id} />
      </nav>
      <ErrorAlert message={loadError} onRetry={() => void reload()} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />

      <div className="console-bar card" role="group" aria-label={t('tabletop.console.controls')}>
        <div className="console-status">
          <span className={`badge status-${exercise.status}`}>{t(`tabletop.status.${exercise.status}`)}</span>
          <span className="console-module">{t('tabletop.list.moduleOf', { n: exercise.currentModule + 1, count: s.modules.length })}</span>
        </div>
        <ModuleClock exercise={exercise} reading={reading} />
        <div className="actions">
          {exercise.status === 'planned' && btn('start', t('tabletop.console.start'), true)}
          {exercise.status === 'running' && btn('pause', t('tabletop.console.pause'))}
          {exercise.status === 'paused' && btn('resume', t('tabletop.console.resume'), true)}
          {(exercise.status === 'running' || exercise.status === 'paused') && (
            <>
              <button type="button" className="button button-secondary" disabled={busy || exercise.currentModule === 0} onClick={() => void control('previous')}>
                {t('tabletop.console.previous')}
              </button>
              <button type="button" className="button button-secondary" disabled={busy || !nextModule} onClick={() => void control('next')}>
                {t('tabletop.console.next')}
              </button>
              {btn('end', t('tabletop.console.end'))}
            </>
          )}
          {exercise.status === 'ended' && (
            <>
              <a className="button button-primary" href={exerciseRoutes.hotWash(id)}>
                {t('tabletop.console.goHotWash')}
              </a>
              {btn('reopen', t('tabletop.console.reopen'))}
            </>
          )}
        </div>
        <p className="hint console-keys">{t('tabletop.console.shortcuts')}</p>
      </div>

      <InjectDueAlert reading={reading} busy={busy} onRelease={() => upNext && void inject(upNext.view.ref.module, upNext.view.ref.inject, 'release')} />

      <div className="console-grid">
        <div className="console-main">
          {exercise.status === 'planned' && s.overview.contentNote && (
            <div className="content-note" role="note">
              <strong>{t('tabletop.editor.overview.contentNote')}</strong>
              <p>{bi(s.overview.contentNote)}</p>
            </div>
          )}
          <section className="card" aria-labelledby="module-title">
            <h2 id="module-title" className="card-title">
              {bi(module.title)}
            </h2>
            {module.narrative && <p className="narrative">{bi(module.narrative)}</p>}
            {module.questionGroups.length > 0 && (
              <>
                <div className="questions-head">
                  <h3 className="subheading">{t('tabletop.console.questions')}</h3>
                  <button type="button" className="button button-quiet button-small" disabled={busy} aria-pressed={exercise.questionsOnScreen} onClick={() => void control(exercise.questionsOnScreen ? 'hideQuestions' : 'showQuestions')}>
                    {exercise.questionsOnScreen ? t('tabletop.console.hideQuestions') : t('tabletop.console.showQuestions')}
                  </button>
                </div>
                {module.questionGroups.map((g, i) => (
                  <div key={i}>
                    <h4 className="discipline">{bi(g.discipline)}</h4>
                    <ul>
                      {g.questions.map((q, j) => (
                        <li key={j}>{bi(q)}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            )}
          </section>
          <InjectPanel exercise={exercise} reading={reading} onAct={(m, i, a) => void inject(m, i, a)} busy={busy} />
          <section className="card" aria-labelledby="next-title">
            <h2 id="next-title" className="card-title">
              {t('tabletop.console.upNext')}
            </h2>
            <ul>
              <li>
                {upNext
                  ? t(upNext.state === 'due' ? 'tabletop.clock.nextDue' : 'tabletop.clock.nextAt', {
                      title: bi(upNext.view.inject.title),
                      scenario: formatScenarioTime(upNext.view.inject.time),
                      due: formatClock(upNext.dueMs),
                      in: formatClock(Math.max(0, upNext.inMs)),
                    })
                  : t('tabletop.console.noMoreInjects')}
              </li>
              <li>{nextModule ? t('tabletop.console.nextModule', { title: bi(nextModule.title), minutes: nextModule.minutes }) : t('tabletop.console.lastModule')}</li>
            </ul>
          </section>
        </div>
        <div className="console-side">
          <CaptureBox exerciseId={id} capabilities={capabilities} onSaved={() => void reload()} />
          <EntryLog exercise={exercise} capabilities={capabilities} onChanged={() => void reload()} />
          <section className="card" aria-label={t('tabletop.setup.missingTitle')}>
            <h2 className="card-title">{t('tabletop.console.room')}</h2>
            <p className="muted">{t('tabletop.console.roomCount', { count: exercise.participants.length })}</p>
            <MissingRoles scenario={s} participants={exercise.participants} />
          </section>
        </div>
      </div>
    </SectionPage>
  );
}
