import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioContent } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { SectionPage } from '../../app/SectionPage';
import { exerciseRoutes, go } from '../routes';
import { useBi } from '../use-bi';
import { useAreaList } from '../use-data';
import { MissingRoles } from './MissingRoles';
import type { Exercise } from '../../../shared/model';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { sameValue } from '../../app/conflicts/field-choices';
import { useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { useFieldErrors } from '../../app/forms/use-field-errors';
import { contractErrors } from '../../app/forms/contract-errors';
import { ErrorSummary, summaryItems } from '../../app/forms/ErrorSummary';
import { fieldErrorsFrom } from '../../settings/field-errors';

type Row = { key: number; id?: string; organization: string; role: string; name: string };
let nextKey = 1;
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The setup form's fields of an exercise (participants without the form's row keys). */
type SetupValues = { title: string; date: string; place: string; areaId: string; facilitator: string; participants: { id?: string; organization: string; role: string; name: string }[] };

const participantsOf = (rows: readonly { id?: string; organization: string; role: string; name: string }[]) =>
  rows.filter((r) => r.organization.trim()).map((r) => ({ ...(r.id ? { id: r.id } : {}), organization: r.organization, role: r.role, name: r.name }));

function valuesOf(e: Exercise): SetupValues {
  return { title: e.title, date: e.date, place: e.place, areaId: e.areaId ?? '', facilitator: e.facilitator, participants: participantsOf(e.participants) };
}

const FIELDS = ['title', 'date', 'place', 'areaId', 'facilitator', 'participants'] as const;
type Field = (typeof FIELDS)[number];

/** What the services take for these values (create and update share the fields). */
const inputOf = (v: SetupValues) => ({ title: v.title, date: v.date, place: v.place, areaId: v.areaId || null, facilitator: v.facilitator, participants: v.participants });
const liveCheck = (v: Readonly<Record<string, unknown>>) => contractErrors<Field>('exercises.update', { id: 'x', version: 1, ...inputOf(v as SetupValues) }, FIELDS);

const LABELS: Record<keyof SetupValues, string> = {
  title: 'tabletop.setup.name',
  date: 'tabletop.setup.date',
  place: 'tabletop.setup.place',
  areaId: 'tabletop.setup.area',
  facilitator: 'tabletop.setup.facilitator',
  participants: 'tabletop.setup.participants',
};

/** Sets up an exercise from a scenario (or edits one): date, place, area, facilitator, who is in the room. */
export function ExerciseSetupPage({ scenarioId, exerciseId }: { scenarioId?: string; exerciseId?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const id = useId();
  const areas = useAreaList();
  const [scenario, setScenario] = useState<ScenarioContent | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const [place, setPlace] = useState('');
  const [areaId, setAreaId] = useState('');
  const [facilitator, setFacilitator] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The exercise as the form loaded (or last saved) it: the update is based on this version. */
  const [base, setBase] = useState<{ values: SetupValues; version: number } | null>(null);
  const { saveVersioned, dialog } = useVersionedSave();
  const participantsTable = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const load = (v: SetupValues) => {
    setTitle(v.title);
    setDate(v.date);
    setPlace(v.place);
    setAreaId(v.areaId);
    setFacilitator(v.facilitator);
    setRows(v.participants.map((p) => ({ key: nextKey++, ...p })));
  };

  useEffect(() => {
    const start = async () => {
      if (exerciseId) {
        const e = await api.call('exercises.get', { id: exerciseId });
        setScenario(e.scenario);
        setBase({ values: valuesOf(e), version: e.version });
        load(valuesOf(e));
      } else if (scenarioId) {
        const s = await api.call('scenarios.get', { id: scenarioId });
        setScenario(s.content);
        setTitle(bi(s.content.overview.title));
        setRows([{ key: nextKey++, organization: '', role: s.content.roles[0]?.id ?? '', name: '' }]);
        setBase({ values: { title: bi(s.content.overview.title), date: today(), place: '', areaId: '', facilitator: '', participants: [] }, version: 1 });
      }
    };
    start().catch((e) => setError(messageOf(e, t('errors.unexpected'))));
    // Loaded once per page; the language of the default title is the one the page opened in.
  }, [api, exerciseId, scenarioId]);

  const mine: SetupValues = { title, date, place, areaId, facilitator, participants: participantsOf(rows) };
  const { errors: fieldErrors, report: setFieldErrors, attempt } = useFieldErrors<Field>(mine, liveCheck);
  useUnsavedGuard(!busy && !!base && !sameValue(mine, base.values));

  const setRow = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const filled = rows.filter((r) => r.organization.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      if (exerciseId && base) {
        const outcome = await saveVersioned<SetupValues, Exercise>({
          base,
          mine,
          valuesOf,
          label: (key) => t(LABELS[key as keyof SetupValues]),
          show: (key, value) => {
            if (key === 'areaId') {
              const a = areas.data?.find((x) => x.id === value);
              return a ? `${a.number} ${a.name}` : '';
            }
            if (key === 'participants') return (value as SetupValues['participants']).map((p) => [p.organization, p.name].filter(Boolean).join(', ')).join('\n');
            return undefined;
          },
          save: (v, version) => api.call('exercises.update', { id: exerciseId, version, ...inputOf(v) }),
        });
        if (!outcome) return;
        setBase({ values: outcome.values, version: outcome.record.version });
        load(outcome.values);
        go(exerciseRoutes.console(exerciseId));
      } else {
        const e = await api.call('exercises.create', { scenarioId: scenarioId!, ...inputOf(mine) });
        setBase(null);
        go(exerciseRoutes.console(e.id));
      }
    } catch (e) {
      const { fields, unmatched } = fieldErrorsFrom(e, FIELDS);
      setFieldErrors(fields);
      if (unmatched) setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const heading = exerciseId ? t('tabletop.setup.editTitle') : t('tabletop.setup.title');
  return (
    <SectionPage title={heading} intro={scenario ? bi(scenario.overview.title) : undefined} focusHeading>
      <p>
        <a href={exerciseId ? exerciseRoutes.console(exerciseId) : exerciseRoutes.home()}>{exerciseId ? t('tabletop.setup.backToConsole') : t('tabletop.common.backToList')}</a>
      </p>
      <form className="card setup-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`} className="card-title">
          {t('tabletop.setup.details')}
        </h2>
        <ErrorSummary
          attempt={attempt}
          items={summaryItems(fieldErrors, [
            { field: 'title', id: `${id}-title`, label: t(LABELS.title) },
            { field: 'date', id: `${id}-date`, label: t(LABELS.date) },
            { field: 'place', id: `${id}-place`, label: t(LABELS.place) },
            { field: 'areaId', id: `${id}-area`, label: t(LABELS.areaId) },
            { field: 'facilitator', id: `${id}-fac`, label: t(LABELS.facilitator) },
            { field: 'participants', id: `${id}-participants`, label: t(LABELS.participants) },
          ])}
        />
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        <div className="form-grid">
          <div className="field field-grow">
            <label htmlFor={`${id}-title`}>{t('tabletop.setup.name')}</label>
            <input id={`${id}-title`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={fieldErrors.title ? `${id}-title-error` : undefined} />
            {fieldErrors.title && <p id={`${id}-title-error`} className="field-error">{fieldErrors.title}</p>}
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('tabletop.setup.date')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={fieldErrors.date ? true : undefined} aria-describedby={fieldErrors.date ? `${id}-date-error` : undefined} />
            {fieldErrors.date && <p id={`${id}-date-error`} className="field-error">{fieldErrors.date}</p>}
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-place`}>{t('tabletop.setup.place')}</label>
            <input id={`${id}-place`} value={place} maxLength={300} onChange={(e) => setPlace(e.target.value)} aria-invalid={fieldErrors.place ? true : undefined} aria-describedby={fieldErrors.place ? `${id}-place-error` : undefined} />
            {fieldErrors.place && <p id={`${id}-place-error`} className="field-error">{fieldErrors.place}</p>}
          </div>
          <div className="field">
            <label htmlFor={`${id}-area`}>{t('tabletop.setup.area')}</label>
            <select id={`${id}-area`} value={areaId} onChange={(e) => setAreaId(e.target.value)} aria-invalid={fieldErrors.areaId ? true : undefined} aria-describedby={fieldErrors.areaId ? `${id}-areaId-error` : undefined}>
              <option value="">{t('tabletop.setup.noArea')}</option>
              {areas.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.number} {a.name}
                </option>
              ))}
            </select>
            {fieldErrors.areaId && <p id={`${id}-areaId-error`} className="field-error">{fieldErrors.areaId}</p>}
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-fac`}>{t('tabletop.setup.facilitator')}</label>
            <input id={`${id}-fac`} value={facilitator} maxLength={200} onChange={(e) => setFacilitator(e.target.value)} aria-invalid={fieldErrors.facilitator ? true : undefined} aria-describedby={fieldErrors.facilitator ? `${id}-facilitator-error` : undefined} />
            {fieldErrors.facilitator && <p id={`${id}-facilitator-error`} className="field-error">{fieldErrors.facilitator}</p>}
          </div>
        </div>

        <h3 className="subheading">{t('tabletop.setup.participants')}</h3>
        <p className="hint">{t('tabletop.setup.participantsHint')}</p>
        {fieldErrors.participants && (
          <p id={`${id}-participants-error`} className="field-error">
            {fieldErrors.participants}
          </p>
        )}
        <table ref={participantsTable} id={`${id}-participants`} className="table table-compact participants-table">
          <caption className="visually-hidden">{t('tabletop.setup.participants')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tabletop.setup.organization')}</th>
              <th scope="col">{t('tabletop.setup.role')}</th>
              <th scope="col">{t('tabletop.setup.personName')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('tabletop.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td>
                  <input className="cell-input" aria-label={t('tabletop.setup.organizationN', { n: i + 1 })} value={r.organization} maxLength={200} onChange={(e) => setRow(r.key, { organization: e.target.value })} />
                </td>
                <td>
                  <select className="cell-input" aria-label={t('tabletop.setup.roleN', { n: i + 1 })} value={r.role} onChange={(e) => setRow(r.key, { role: e.target.value })}>
                    <option value="">{t('tabletop.setup.otherRole')}</option>
                    {scenario?.roles.map((role) => (
                      <option key={role.id} value={role.id}>
                        {bi(role.name)}
                      </option>
                    ))}
                    {r.role && scenario && !scenario.roles.some((x) => x.id === r.role) && <option value={r.role}>{r.role}</option>}
                  </select>
                </td>
                <td>
                  <input className="cell-input" aria-label={t('tabletop.setup.personNameN', { n: i + 1 })} value={r.name} maxLength={200} onChange={(e) => setRow(r.key, { name: e.target.value })} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-danger-quiet button-small"
                    onClick={() => {
                      setRows((rs) => rs.filter((x) => x.key !== r.key));
                      // Focus goes to the remove button now in this place (or the last one), else to "Add a participant": never <body>.
                      requestAnimationFrame(() => {
                        const buttons = participantsTable.current?.querySelectorAll<HTMLButtonElement>('tbody button');
                        const next = buttons && buttons.length > 0 ? buttons[Math.min(i, buttons.length - 1)] : addButton.current;
                        next?.focus();
                      });
                    }}
                  >
                    {t('tabletop.setup.removeParticipant', { n: i + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button ref={addButton} type="button" className="button button-secondary button-small" onClick={() => setRows((rs) => [...rs, { key: nextKey++, organization: '', role: '', name: '' }])}>
            {t('tabletop.setup.addParticipant')}
          </button>
        </p>
        {scenario && <MissingRoles scenario={scenario} participants={filled} />}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy || !scenario}>
            {exerciseId ? t('tabletop.setup.save') : t('tabletop.setup.create')}
          </button>
        </div>
      </form>
      {dialog}
    </SectionPage>
  );
}
