import { confirmLeave } from '../../app/forms/unsaved-guard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementItem } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { SectionPage } from '../../app/SectionPage';
import { exerciseRoutes } from '../routes';
import { useBi } from '../use-bi';
import { useExercise, usePlan } from '../use-data';
import { AarExportPanel } from './AarExportPanel';
import { CapabilityReview } from './CapabilityReview';
import { PlanRowForm, planDraftOf, planFieldWords, type PlanDraft } from './PlanRowForm';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';

const blank: PlanDraft = { capability: null, issue: '', correctiveAction: '', element: 'planning', organization: '', pointOfContact: '', startDate: null, completionDate: null, status: 'open' };

/** Hot wash: findings per capability with P/S/M/U ratings, action items into the improvement plan, open items from earlier exercises, AAR/IP export. */
export function HotWashPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { saveVersioned, dialog } = useVersionedSave();
  const bi = useBi();
  const { data: exercise, error: loadError, reload } = useExercise(id);
  const plan = usePlan(id);
  const [adding, setAdding] = useState<{ entryId?: string; draft: PlanDraft } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!exercise) {
    return (
      <SectionPage title={t('tabletop.hotwash.title')} focusHeading>
        <ErrorAlert message={loadError} onRetry={() => void reload()} />
      </SectionPage>
    );
  }
  const caps = exercise.scenario.capabilities.map((c) => ({ id: c.id, name: bi(c.name) }));
  const capName = (cid: string | null) => caps.find((c) => c.id === cid)?.name ?? '';
  const actions = exercise.entries.filter((e) => e.type === 'action');
  const remove = async (item: ImprovementItem) => {
    setError(null);
    try {
      await api.call('exercises.planDelete', { id: item.id });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const setStatus = async (item: ImprovementItem, status: ImprovementItem['status']) => {
    setError(null);
    try {
      const base = { values: planDraftOf(item), version: item.version };
      await saveVersioned<PlanDraft, ImprovementItem>({ base, mine: { ...base.values, status }, ...planFieldWords(t, caps), save: (v, version) => api.call('exercises.planUpdate', { id: item.id, version, ...v }) });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const draftOf = planDraftOf;

  const planTable = (rows: (ImprovementItem & { exerciseTitle?: string })[], caption: string, carried: boolean) => (
    <div className="table-wrap table-scroll">
      <table className="table table-compact plan-table">
        <caption className={carried ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {carried && <th scope="col">{t('tabletop.plan.fromExercise')}</th>}
            <th scope="col">{t('tabletop.plan.correctiveAction')}</th>
            <th scope="col">{t('tabletop.plan.capability')}</th>
            <th scope="col">{t('tabletop.plan.element')}</th>
            <th scope="col">{t('tabletop.plan.organization')}</th>
            <th scope="col">{t('tabletop.plan.pointOfContact')}</th>
            <th scope="col">{t('tabletop.plan.dates')}</th>
            <th scope="col">{t('tabletop.plan.status')}</th>
            <th scope="col">{t('tabletop.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              {carried && <td>{i.exerciseTitle}</td>}
              <th scope="row">{i.correctiveAction}</th>
              <td>{capName(i.capability) || i.capabilityName}</td>
              <td>{t(`tabletop.element.${i.element}`)}</td>
              <td>{i.organization}</td>
              <td>{i.pointOfContact}</td>
              <td>
                {i.startDate ?? '—'} – {i.completionDate ?? '—'}
              </td>
              <td>
                <select className="cell-input" aria-label={t('tabletop.plan.statusOf', { action: i.correctiveAction.slice(0, 60) })} value={i.status} onChange={(e) => void setStatus(i, e.target.value as ImprovementItem['status'])}>
                  {(['open', 'in-progress', 'complete', 'cancelled'] as const).map((st) => (
                    <option key={st} value={st}>
                      {t(`tabletop.planStatus.${st}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {!carried && (
                  <div className="actions">
                    <button type="button" className="button button-quiet button-small" onClick={() => confirmLeave(() => setEditing(i.id))}>
                      {t('tabletop.plan.edit')}
                    </button>
                    <button type="button" className="button button-danger-quiet button-small" onClick={() => void remove(i)}>
                      {t('tabletop.plan.delete')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  const editingItem = plan.data?.own.find((i) => i.id === editing);
  return (
    <SectionPage title={t('tabletop.hotwash.titleFor', { title: exercise.title })} intro={t('tabletop.hotwash.intro')} focusHeading>
      <nav className="sub-nav" aria-label={t('tabletop.console.pages')}>
        <a href={exerciseRoutes.home()}>{t('tabletop.common.backToList')}</a>
        <a href={exerciseRoutes.console(id)}>{t('tabletop.hotwash.backToConsole')}</a>
      </nav>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <h2 className="section-subtitle">{t('tabletop.hotwash.byCapability')}</h2>
      {caps.map((c) => (
        <CapabilityReview key={c.id} exercise={exercise} capability={c.id} name={c.name} capabilities={caps} />
      ))}
      <CapabilityReview exercise={exercise} capability={null} name={t('tabletop.hotwash.unassigned')} capabilities={caps} />

      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title" className="card-title">
          {t('tabletop.plan.title')}
        </h2>
        <h3 className="subheading">{t('tabletop.plan.actionItems', { count: actions.length })}</h3>
        {actions.length === 0 && <p className="muted">{t('tabletop.plan.noActionItems')}</p>}
        <ul className="finding-list">
          {actions.map((a) => (
            <li key={a.id}>
              <span>{a.text}</span>
              {a.improvementItemId ? (
                <span className="badge">{t('tabletop.plan.inPlan')}</span>
              ) : (
                <button type="button" className="button button-secondary button-small" aria-label={t('tabletop.plan.toPlanNamed', { text: a.text.slice(0, 60) })} onClick={() => setAdding({ entryId: a.id, draft: { ...blank, correctiveAction: a.text, capability: a.capability } })}>
                  {t('tabletop.plan.toPlan')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {adding && <PlanRowForm exerciseId={id} initial={adding.draft} sourceEntryId={adding.entryId} capabilities={caps} onDone={() => setAdding(null)} />}
        {editingItem && <PlanRowForm key={editingItem.id} exerciseId={id} itemId={editingItem.id} itemVersion={editingItem.version} initial={draftOf(editingItem)} capabilities={caps} onDone={() => setEditing(null)} />}
        {!adding && (
          <button type="button" className="button button-secondary button-small" onClick={() => setAdding({ draft: blank })}>
            {t('tabletop.plan.addRow')}
          </button>
        )}
        <ErrorAlert message={plan.error} onRetry={() => void plan.reload()} />
        {plan.data && plan.data.own.length === 0 && <p className="empty">{t('tabletop.plan.empty')}</p>}
        {plan.data && plan.data.own.length > 0 && planTable(plan.data.own, t('tabletop.plan.title'), false)}
        {plan.data && plan.data.carriedOver.length > 0 && planTable(plan.data.carriedOver, t('tabletop.plan.carriedOver', { count: plan.data.carriedOver.length }), true)}
      </section>

      <AarExportPanel exerciseId={id} />
      {dialog}
    </SectionPage>
  );
}
