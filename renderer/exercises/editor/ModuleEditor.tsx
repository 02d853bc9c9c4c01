import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, type ScheduledModule } from '../../../shared/logic';
import { INJECT_AUDIENCES, type ScenarioModule } from '../../../shared/model';
import { BiField, BiLines, IdChoices } from './fields';
import { IssueLine, ScenarioIssues } from './scenario-issues';

type Option = { id: string; name: string };

/** One module: title, planned minutes, narrative, injects and discussion questions by discipline. */
export function ModuleEditor({
  index,
  count,
  module: m,
  schedule,
  capabilities,
  roles,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  module: ScenarioModule;
  /** This module's place on the exercise clock (the one clock model, `scheduleOf`). */
  schedule: ScheduledModule | undefined;
  capabilities: Option[];
  roles: Option[];
  onChange: (fn: (m: ScenarioModule) => void) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const issues = useContext(ScenarioIssues);
  const n = index + 1;
  return (
    <section className="card module-editor" aria-label={t('tabletop.editor.moduleN', { n })} data-issue-path={`modules[${index}]`}>
      <h2 className="card-title">{t('tabletop.editor.moduleN', { n })}</h2>
      <div className="actions">
        <button type="button" className="button button-quiet button-small" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('tabletop.editor.moveUp', { n })}
        </button>
        <button type="button" className="button button-quiet button-small" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('tabletop.editor.moveDown', { n })}
        </button>
        <button type="button" className="button button-danger-quiet button-small" disabled={count === 1} onClick={onRemove}>
          {t('tabletop.editor.removeModule', { n })}
        </button>
      </div>
      <BiField label={t('tabletop.editor.moduleTitle')} path={`modules[${index}].title`} required value={m.title} onChange={(v) => onChange((d) => (d.title = v ?? { en: '' }))} />
      <div className="field field-number">
        <label htmlFor={`module-${index}-minutes`}>{t('tabletop.editor.minutes')}</label>
        <input id={`module-${index}-minutes`} type="number" min={1} max={600} value={m.minutes} aria-describedby={`module-${index}-span module-${index}-minutes-error`} aria-invalid={issues.has(`modules[${index}].minutes`) || undefined} onChange={(e) => onChange((d) => (d.minutes = Number(e.target.value)))} />
        <IssueLine path={`modules[${index}].minutes`} id={`module-${index}-minutes-error`} />
        {schedule && (
          <p className="hint" id={`module-${index}-span`}>
            {t('tabletop.clock.moduleSpan', { from: formatClock(schedule.startMs), to: formatClock(schedule.startMs + schedule.plannedMs) })}
          </p>
        )}
      </div>
      <BiField label={t('tabletop.editor.narrative')} path={`modules[${index}].narrative`} multiline value={m.narrative} onChange={(v) => onChange((d) => (d.narrative = v))} />

      <h3 className="subheading">{t('tabletop.editor.injects')}</h3>
      {m.injects.length === 0 && <p className="muted">{t('tabletop.preview.noInjects')}</p>}
      {m.injects.map((inj, j) => (
        <div className="repeat inject-editor" key={j} data-issue-path={`modules[${index}].injects[${j}]`}>
          <h4 className="repeat-title">{t('tabletop.editor.injectN', { n: j + 1 })}</h4>
          <div className="form-row">
            <div className="field field-number">
              <label htmlFor={`inj-${index}-${j}-time`}>{t('tabletop.editor.time')}</label>
              <input id={`inj-${index}-${j}-time`} value={inj.time} placeholder="00:15" aria-describedby={`inj-${index}-${j}-time-error inj-${index}-${j}-due`} aria-invalid={issues.has(`modules[${index}].injects[${j}].time`) || undefined} onChange={(e) => onChange((d) => (d.injects[j].time = e.target.value))} />
              <IssueLine path={`modules[${index}].injects[${j}].time`} id={`inj-${index}-${j}-time-error`} />
              {schedule?.injects[j] && (
                <p className="hint" id={`inj-${index}-${j}-due`}>
                  {t('tabletop.clock.editorDue', { due: formatClock(schedule.injects[j].dueMs), at: formatClock(schedule.injects[j].plannedAtMs) })}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`inj-${index}-${j}-aud`}>{t('tabletop.editor.audience')}</label>
              <select id={`inj-${index}-${j}-aud`} value={inj.audience} onChange={(e) => onChange((d) => (d.injects[j].audience = e.target.value as 'room' | 'facilitator'))}>
                {INJECT_AUDIENCES.map((a) => (
                  <option key={a} value={a}>
                    {t(`tabletop.audience.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`inj-${index}-${j}-cap`}>{t('tabletop.editor.capability')}</label>
              <select id={`inj-${index}-${j}-cap`} value={inj.capability ?? ''} onChange={(e) => onChange((d) => (d.injects[j].capability = e.target.value || undefined))}>
                <option value="">{t('tabletop.editor.noCapability')}</option>
                {capabilities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <BiField label={t('tabletop.editor.injectTitle')} path={`modules[${index}].injects[${j}].title`} required value={inj.title} onChange={(v) => onChange((d) => (d.injects[j].title = v ?? { en: '' }))} />
          <BiField label={t('tabletop.editor.injectText')} path={`modules[${index}].injects[${j}].text`} required multiline value={inj.text} onChange={(v) => onChange((d) => (d.injects[j].text = v ?? { en: '' }))} />
          <BiLines label={t('tabletop.editor.expectedActions')} value={inj.expectedActions} onChange={(v) => onChange((d) => (d.injects[j].expectedActions = v))} />
          <div className="field">
            <label htmlFor={`inj-${index}-${j}-controller`}>{t('tabletop.editor.controller')}</label>
            <input id={`inj-${index}-${j}-controller`} value={inj.controller ?? ''} maxLength={200} aria-describedby={`inj-${index}-${j}-controller-help`} onChange={(e) => onChange((d) => (d.injects[j].controller = e.target.value || undefined))} />
            <p id={`inj-${index}-${j}-controller-help`} className="hint">{t('tabletop.editor.controllerHelp')}</p>
          </div>
          <IdChoices label={t('tabletop.editor.injectRoles')} options={roles} value={inj.roles} onChange={(v) => onChange((d) => (d.injects[j].roles = v))} />
          <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange((d) => void d.injects.splice(j, 1))}>
            {t('tabletop.editor.removeInject', { n: j + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary button-small" onClick={() => onChange((d) => void d.injects.push({ time: '00:00', title: { en: '' }, text: { en: '' }, audience: 'room', expectedActions: [], roles: [] }))}>
        {t('tabletop.editor.addInject')}
      </button>

      <h3 className="subheading">{t('tabletop.editor.questions')}</h3>
      {m.questionGroups.map((g, k) => (
        <div className="repeat" key={k}>
          <BiField label={t('tabletop.editor.discipline')} path={`modules[${index}].questionGroups[${k}].discipline`} required value={g.discipline} onChange={(v) => onChange((d) => (d.questionGroups[k].discipline = v ?? { en: '' }))} />
          <BiLines label={t('tabletop.editor.questionLines')} value={g.questions} onChange={(v) => onChange((d) => (d.questionGroups[k].questions = v))} />
          <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange((d) => void d.questionGroups.splice(k, 1))}>
            {t('tabletop.editor.removeGroup', { n: k + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary button-small" onClick={() => onChange((d) => void d.questionGroups.push({ discipline: { en: '' }, questions: [] }))}>
        {t('tabletop.editor.addGroup')}
      </button>
    </section>
  );
}
