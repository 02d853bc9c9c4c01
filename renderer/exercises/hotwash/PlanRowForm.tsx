import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPABILITY_ELEMENTS, IMPROVEMENT_STATUSES, type ImprovementItem } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useVersionedSave, type VersionedSaveRequest } from '../../app/conflicts/use-versioned-save';
import { sameValue } from '../../app/conflicts/field-choices';
import { confirmLeave, useUnsavedGuard } from '../../app/forms/unsaved-guard';
import type { TFunction } from 'i18next';
import { fieldErrorsFrom } from '../../settings/field-errors';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { contractErrors } from '../../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';

const PLAN_FIELDS = ['correctiveAction', 'issue', 'capability', 'element', 'organization', 'pointOfContact', 'startDate', 'completionDate', 'status'] as const;
type PlanField = (typeof PLAN_FIELDS)[number];
/** The element id suffix of each field (the error summary links to it). */
const PLAN_IDS: Record<PlanField, string> = { correctiveAction: 'action', issue: 'issue', capability: 'cap', element: 'el', organization: 'org', pointOfContact: 'poc', startDate: 'start', completionDate: 'end', status: 'status' };
const liveCheck = (v: Readonly<Record<string, unknown>>) => contractErrors('exercises.planUpdate', { id: 'x', version: 1, ...v }, PLAN_FIELDS);

export type PlanDraft = Pick<ImprovementItem, 'capability' | 'issue' | 'correctiveAction' | 'element' | 'organization' | 'pointOfContact' | 'startDate' | 'completionDate' | 'status'>;

/** A plan row's fields as the form holds them. */
export const planDraftOf = (i: ImprovementItem): PlanDraft => ({ capability: i.capability, issue: i.issue, correctiveAction: i.correctiveAction, element: i.element, organization: i.organization, pointOfContact: i.pointOfContact, startDate: i.startDate, completionDate: i.completionDate, status: i.status });

const PLAN_LABELS: Record<keyof PlanDraft, string> = {
  correctiveAction: 'tabletop.plan.correctiveAction',
  issue: 'tabletop.plan.issue',
  capability: 'tabletop.plan.capability',
  element: 'tabletop.plan.element',
  organization: 'tabletop.plan.organization',
  pointOfContact: 'tabletop.plan.pointOfContact',
  startDate: 'tabletop.plan.start',
  completionDate: 'tabletop.plan.completion',
  status: 'tabletop.plan.status',
};

/** How the conflict dialog names and shows a plan row's fields. */
export function planFieldWords(t: TFunction, capabilities: { id: string; name: string }[]): Pick<VersionedSaveRequest<PlanDraft, ImprovementItem>, 'label' | 'show' | 'valuesOf'> {
  return {
    valuesOf: planDraftOf,
    label: (key) => t(PLAN_LABELS[key as keyof PlanDraft]),
    show: (key, value) => {
      if (key === 'capability') return value ? (capabilities.find((c) => c.id === value)?.name ?? String(value)) : t('tabletop.editor.noCapability');
      if (key === 'element') return t(`tabletop.element.${String(value)}`);
      if (key === 'status') return t(`tabletop.planStatus.${String(value)}`);
      return undefined;
    },
  };
}

/** Adds or edits one improvement-plan row: corrective action, capability element, owner, contact, dates, status. */
export function PlanRowForm({
  exerciseId,
  initial,
  itemId,
  itemVersion,
  sourceEntryId,
  capabilities,
  onDone,
}: {
  exerciseId: string;
  initial: PlanDraft;
  itemId?: string;
  /** The version of the row the form loaded, sent with the update. */
  itemVersion?: number;
  sourceEntryId?: string;
  capabilities: { id: string; name: string }[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [d, setD] = useState<PlanDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The row as this form opened it: the update is based on this version, not the live list's.
  const [base] = useState(() => ({ values: initial, version: itemVersion ?? 1 }));
  const { saveVersioned, dialog } = useVersionedSave();
  useUnsavedGuard(!busy && !sameValue(d, base.values));
  const set = (patch: Partial<PlanDraft>) => setD((x) => ({ ...x, ...patch }));
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<PlanField>(d, liveCheck);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      if (itemId) {
        const outcome = await saveVersioned<PlanDraft, ImprovementItem>({ base, mine: d, ...planFieldWords(t, capabilities), save: (v, version) => api.call('exercises.planUpdate', { id: itemId, version, ...v }) });
        if (!outcome) return;
      } else await api.call('exercises.planAdd', { exerciseId, sourceEntryId: sourceEntryId ?? null, ...d });
      onDone(true);
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, PLAN_FIELDS);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="plan-form" onSubmit={(e) => void submit(e)} noValidate aria-label={itemId ? t('tabletop.plan.editRow') : t('tabletop.plan.addRow')}>
      <ErrorSummary attempt={attempt} items={summaryItems(fieldErrors, PLAN_FIELDS.map((f) => ({ field: f, id: `${id}-${PLAN_IDS[f]}`, label: t(PLAN_LABELS[f]) })))} />
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor={`${id}-action`}>{t('tabletop.plan.correctiveAction')}</label>
          <textarea id={`${id}-action`} aria-invalid={fieldErrors.correctiveAction ? true : undefined} aria-describedby={fieldErrors.correctiveAction ? `${id}-action-error` : undefined} rows={2} value={d.correctiveAction} onChange={(e) => set({ correctiveAction: e.target.value })} />
          {fieldErrors.correctiveAction && (
            <p id={`${id}-action-error`} className="field-error">
              {fieldErrors.correctiveAction}
            </p>
          )}
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-issue`}>{t('tabletop.plan.issue')}</label>
          <textarea id={`${id}-issue`} aria-invalid={fieldErrors.issue ? true : undefined} aria-describedby={fieldErrors.issue ? `${id}-issue-error` : undefined} rows={2} value={d.issue} onChange={(e) => set({ issue: e.target.value })} />
          {fieldErrors.issue && (
            <p id={`${id}-issue-error`} className="field-error">
              {fieldErrors.issue}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-cap`}>{t('tabletop.plan.capability')}</label>
          <select id={`${id}-cap`} aria-invalid={fieldErrors.capability ? true : undefined} aria-describedby={fieldErrors.capability ? `${id}-cap-error` : undefined} value={d.capability ?? ''} onChange={(e) => set({ capability: e.target.value || null })}>
            <option value="">{t('tabletop.editor.noCapability')}</option>
            {capabilities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fieldErrors.capability && (
            <p id={`${id}-cap-error`} className="field-error">
              {fieldErrors.capability}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-el`}>{t('tabletop.plan.element')}</label>
          <select id={`${id}-el`} aria-invalid={fieldErrors.element ? true : undefined} aria-describedby={fieldErrors.element ? `${id}-el-error` : undefined} value={d.element} onChange={(e) => set({ element: e.target.value as PlanDraft['element'] })}>
            {CAPABILITY_ELEMENTS.map((el) => (
              <option key={el} value={el}>
                {t(`tabletop.element.${el}`)}
              </option>
            ))}
          </select>
          {fieldErrors.element && (
            <p id={`${id}-el-error`} className="field-error">
              {fieldErrors.element}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('tabletop.plan.organization')}</label>
          <input id={`${id}-org`} aria-invalid={fieldErrors.organization ? true : undefined} aria-describedby={fieldErrors.organization ? `${id}-org-error` : undefined} value={d.organization} maxLength={200} onChange={(e) => set({ organization: e.target.value })} />
          {fieldErrors.organization && (
            <p id={`${id}-org-error`} className="field-error">
              {fieldErrors.organization}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-poc`}>{t('tabletop.plan.pointOfContact')}</label>
          <input id={`${id}-poc`} aria-invalid={fieldErrors.pointOfContact ? true : undefined} aria-describedby={fieldErrors.pointOfContact ? `${id}-poc-error` : undefined} value={d.pointOfContact} maxLength={200} onChange={(e) => set({ pointOfContact: e.target.value })} />
          {fieldErrors.pointOfContact && (
            <p id={`${id}-poc-error`} className="field-error">
              {fieldErrors.pointOfContact}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('tabletop.plan.start')}</label>
          <input id={`${id}-start`} aria-invalid={fieldErrors.startDate ? true : undefined} aria-describedby={fieldErrors.startDate ? `${id}-start-error` : undefined} type="date" value={d.startDate ?? ''} onChange={(e) => set({ startDate: e.target.value || null })} />
          {fieldErrors.startDate && (
            <p id={`${id}-start-error`} className="field-error">
              {fieldErrors.startDate}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>{t('tabletop.plan.completion')}</label>
          <input id={`${id}-end`} aria-invalid={fieldErrors.completionDate ? true : undefined} aria-describedby={fieldErrors.completionDate ? `${id}-end-error` : undefined} type="date" value={d.completionDate ?? ''} onChange={(e) => set({ completionDate: e.target.value || null })} />
          {fieldErrors.completionDate && (
            <p id={`${id}-end-error`} className="field-error">
              {fieldErrors.completionDate}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('tabletop.plan.status')}</label>
          <select id={`${id}-status`} aria-invalid={fieldErrors.status ? true : undefined} aria-describedby={fieldErrors.status ? `${id}-status-error` : undefined} value={d.status} onChange={(e) => set({ status: e.target.value as PlanDraft['status'] })}>
            {IMPROVEMENT_STATUSES.map((st) => (
              <option key={st} value={st}>
                {t(`tabletop.planStatus.${st}`)}
              </option>
            ))}
          </select>
          {fieldErrors.status && (
            <p id={`${id}-status-error`} className="field-error">
              {fieldErrors.status}
            </p>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {itemId ? t('tabletop.plan.save') : t('tabletop.plan.add')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => confirmLeave(() => onDone(false))}>
          {t('tabletop.common.cancel')}
        </button>
      </div>
      {dialog}
    </form>
  );
}
