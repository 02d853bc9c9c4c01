import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../app/ErrorAlert';
import { SectionPage } from '../../app/SectionPage';
import { exerciseRoutes } from '../routes';
import { useBi } from '../use-bi';
import { useLive } from '../use-data';
import { ScenarioGaps } from './ScenarioGaps';

/** A scenario read as the situation manual: overview, objectives, roles, modules with injects and questions. */
export function ScenarioPreviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const { data: s, error, reload } = useLive(() => api.call('scenarios.get', { id }), ['scenarios'], [api, id]);
  if (!s) {
    return (
      <SectionPage title={t('tabletop.preview.loading')} focusHeading>
        <ErrorAlert message={error} onRetry={() => void reload()} />
        <a href={exerciseRoutes.home()}>{t('tabletop.common.backToList')}</a>
      </SectionPage>
    );
  }
  const c = s.content;
  const cap = (cid: string) => bi(c.capabilities.find((x) => x.id === cid)?.name) || cid;
  const role = (rid: string) => bi(c.roles.find((x) => x.id === rid)?.name) || rid;
  return (
    <SectionPage title={bi(c.overview.title)} intro={bi(c.overview.summary)} focusHeading>
      <p>
        <a href={exerciseRoutes.home()}>{t('tabletop.common.backToList')}</a>
      </p>
      <div className="actions page-actions">
        <a className="button button-primary" href={exerciseRoutes.newExercise(s.id)}>
          {t('tabletop.library.setUp')}
        </a>
        {!s.builtIn && (
          <a className="button button-secondary" href={exerciseRoutes.editScenario(s.id)}>
            {t('tabletop.library.edit')}
          </a>
        )}
      </div>
      <ScenarioGaps content={c} />
      <section className="card">
        <h2 className="card-title">{t('tabletop.preview.overview')}</h2>
        <dl className="facts">
          {(['scope', 'threat', 'communityArea'] as const).map((f) =>
            c.overview[f] ? (
              <div className="fact fact-wide" key={f}>
                <dt>{t(`tabletop.editor.overview.${f}`)}</dt>
                <dd>{bi(c.overview[f])}</dd>
              </div>
            ) : null,
          )}
        </dl>
        {c.overview.contentNote && (
          <div className="content-note" role="note">
            <strong>{t('tabletop.editor.overview.contentNote')}</strong>
            <p>{bi(c.overview.contentNote)}</p>
          </div>
        )}
        <h3 className="subheading">{t('tabletop.preview.objectives')}</h3>
        <ul>
          {c.objectives.map((o, i) => (
            <li key={i}>
              {bi(o.text)} <span className="muted">({o.capabilities.map(cap).join(', ')})</span>
            </li>
          ))}
        </ul>
        <h3 className="subheading">{t('tabletop.preview.roles')}</h3>
        <ul>
          {c.roles.map((r) => (
            <li key={r.id}>{bi(r.name)}</li>
          ))}
        </ul>
      </section>
      {c.modules.map((m, i) => (
        <section className="card" key={i}>
          <h2 className="card-title">
            {bi(m.title)} <span className="muted">· {t('tabletop.common.minutes', { count: m.minutes })}</span>
          </h2>
          {m.narrative && <p className="narrative">{bi(m.narrative)}</p>}
          {m.injects.length === 0 && <p className="muted">{t('tabletop.preview.noInjects')}</p>}
          <ol className="inject-list">
            {m.injects.map((inj, j) => (
              <li key={j} className="inject">
                <p className="inject-head">
                  <span className="inject-time">{inj.time}</span> <strong>{bi(inj.title)}</strong>{' '}
                  <span className="badge">{t(`tabletop.audience.${inj.audience}`)}</span>
                </p>
                <p>{bi(inj.text)}</p>
                {inj.expectedActions.length > 0 && (
                  <p className="muted">
                    {t('tabletop.preview.expected')}: {inj.expectedActions.map((a) => bi(a)).join('; ')}
                  </p>
                )}
                {(inj.roles.length > 0 || inj.capability) && (
                  <p className="muted">
                    {inj.roles.map(role).join(', ')}
                    {inj.capability && ` · ${cap(inj.capability)}`}
                  </p>
                )}
              </li>
            ))}
          </ol>
          {m.questionGroups.map((g, k) => (
            <div key={k}>
              <h3 className="subheading">{bi(g.discipline)}</h3>
              <ul>
                {g.questions.map((q, n) => (
                  <li key={n}>{bi(q)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {c.resources.length > 0 && (
        <section className="card">
          <h2 className="card-title">{t('tabletop.preview.resources')}</h2>
          <ul>
            {c.resources.map((r, i) => (
              <li key={i}>
                {bi(r.name)}
                {r.note && <span className="muted"> · {bi(r.note)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </SectionPage>
  );
}
