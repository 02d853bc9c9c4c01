import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, contract, issuesFrom } from '../../../shared/contract';
import { scheduleOf, slugify } from '../../../shared/logic';
import type { Scenario, ScenarioContent } from '../../../shared/model';
import { useUnsavedGuard } from '../../app/forms/unsaved-guard';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { SectionPage } from '../../app/SectionPage';
import { ScenarioGaps } from '../library/ScenarioGaps';
import { exerciseRoutes } from '../routes';
import { useBi } from '../use-bi';
import { BiField, BiLines, IdChoices } from './fields';
import { ModuleEditor } from './ModuleEditor';
import { useVersionedSave } from '../../app/conflicts/use-versioned-save';
import { IssueLine, ScenarioIssues, focusScenarioPath, issuesByPath, scenarioPathWords, valueAtPath } from './scenario-issues';
import { ErrorSummary } from '../../app/forms/ErrorSummary';
import { issueText } from '../../settings/field-errors';
import type { FieldIssue } from '../../../shared/contract';
import { contentOf, scenarioFieldLabel, scenarioFields, showScenarioField, type ScenarioFields } from './scenario-fields';

/**
 * The scenario editor: forms, not YAML. Saving sends the whole scenario; the server checks it
 * and answers every problem by location, listed at the top of the form.
 */
export function ScenarioEditorPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const { saveVersioned, dialog } = useVersionedSave();
  const [record, setRecord] = useState<Scenario | null>(null);
  const [draft, setDraft] = useState<ScenarioContent | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The problems of the last failed save, with the draft they were found in. */
  const [reported, setReported] = useState<{ issues: FieldIssue[]; draft: ScenarioContent | null; attempt: number }>({ issues: [], draft: null, attempt: 0 });
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  // A problem stays while its place holds what was saved; once changed, it goes as soon as the
  // contract finds nothing wrong there any more (checked here, without a round trip).
  const issues = useMemo(() => {
    if (reported.issues.length === 0 || !draft || !reported.draft) return reported.issues;
    const live = contract['scenarios.update'].input.safeParse({ id, version: 1, content: draft });
    const now = new Map<string, FieldIssue>();
    if (!live.success) for (const i of issuesFrom(live.error)) now.set(i.path.replace(/^content\.?/, ''), i);
    const stillWrong = (path: string) => [...now.keys()].some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
    return reported.issues.flatMap((i) => {
      if (JSON.stringify(valueAtPath(draft, i.path)) === JSON.stringify(valueAtPath(reported.draft, i.path))) return [i];
      return stillWrong(i.path) ? [now.get(i.path) ?? i] : [];
    });
  }, [reported, draft, id]);

  useEffect(() => {
    api.call('scenarios.get', { id }).then(
      (s) => {
        setRecord(s);
        setDraft(structuredClone(s.content));
      },
      (e) => setError(messageOf(e, t('errors.unexpected'))),
    );
  }, [api, id, t]);
  useUnsavedGuard(!!draft && !!record && JSON.stringify(draft) !== JSON.stringify(record.content));

  if (!draft || !record) {
    return (
      <SectionPage title={t('tabletop.editor.title')} focusHeading>
        <ErrorAlert message={error} />
      </SectionPage>
    );
  }

  const update = (fn: (d: ScenarioContent) => void) =>
    setDraft((d) => {
      const next = structuredClone(d!);
      fn(next);
      return next;
    });
  const capOptions = draft.capabilities.map((c) => ({ id: c.id, name: bi(c.name) || c.id }));
  const roleOptions = draft.roles.map((r) => ({ id: r.id, name: bi(r.name) || r.id }));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      // Based on the scenario as this page loaded (or last saved) it: `record`, never refetched.
      const outcome = await saveVersioned<ScenarioFields, Scenario>({
        base: { values: scenarioFields(record.content), version: record.version },
        mine: scenarioFields(draft),
        valuesOf: (s) => scenarioFields(s.content),
        label: (key) => scenarioFieldLabel(t, key),
        show: (key, value) => showScenarioField(t, i18n.language, key, value),
        save: (v, version) => api.call('scenarios.update', { id, content: contentOf(v), version }),
      });
      if (!outcome) return;
      const saved = outcome.record;
      setRecord(saved);
      setReported((r) => ({ ...r, issues: [], draft: null }));
      setDraft(structuredClone(saved.content));
      setNotice(t('tabletop.editor.saved', { time: new Date().toLocaleTimeString() }));
    } catch (e) {
      if (e instanceof ApiError && e.issues?.length) {
        const found = e.issues.map((i) => ({ ...i, path: i.path.replace(/^content\.?/, '') }));
        // The summary takes focus (and so comes into view) at every failed save.
        setReported((r) => ({ issues: found, draft, attempt: r.attempt + 1 }));
      } else setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionPage title={t('tabletop.editor.titleFor', { title: bi(record.content.overview.title) })} focusHeading>
      <p>
        <a href={exerciseRoutes.scenario(id)}>{t('tabletop.editor.backToPreview')}</a>
      </p>
      <ScenarioIssues.Provider value={issuesByPath(issues)}>
      <form
        className="scenario-editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ErrorSummary
          attempt={reported.attempt}
          title={t('tabletop.editor.problems', { count: issues.length })}
          items={issues.map((i) => ({ id: `scenario-${i.path}`, label: scenarioPathWords(t, i.path), message: issueText(i), focus: () => focusScenarioPath(i.path) }))}
        />
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        <ScenarioGaps content={draft} />

        <section className="card">
          <h2 className="card-title">{t('tabletop.editor.overviewTitle')}</h2>
          <BiField label={t('tabletop.editor.overview.title')} path="overview.title" required value={draft.overview.title} onChange={(v) => update((d) => (d.overview.title = v ?? { en: '' }))} />
          {(['summary', 'scope', 'threat', 'communityArea', 'contentNote'] as const).map((f) => (
            <BiField key={f} path={`overview.${f}`} label={t(`tabletop.editor.overview.${f}`)} multiline={f !== 'communityArea'} value={draft.overview[f]} onChange={(v) => update((d) => (d.overview[f] = v))} />
          ))}
        </section>

        <section className="card">
          <h2 className="card-title">{t('tabletop.editor.capabilities')}</h2>
          {draft.capabilities.map((c, i) => (
            <div className="repeat" key={i}>
              <BiField label={t('tabletop.editor.capabilityN', { n: i + 1 })} path={`capabilities[${i}]`} required value={c.name} onChange={(v) => update((d) => {
                d.capabilities[i].name = v ?? { en: '' };
                if (!c.id || c.id === slugify(c.name.en)) d.capabilities[i].id = slugify(v?.en ?? '');
              })} />
              <button type="button" className="button button-danger-quiet button-small" onClick={() => update((d) => void d.capabilities.splice(i, 1))}>
                {t('tabletop.editor.removeCapability', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary button-small" onClick={() => update((d) => void d.capabilities.push({ id: `capability-${d.capabilities.length + 1}`, name: { en: '' } }))}>
            {t('tabletop.editor.addCapability')}
          </button>
        </section>

        <section className="card">
          <h2 className="card-title">{t('tabletop.editor.objectives')}</h2>
          {draft.objectives.map((o, i) => (
            <div className="repeat" key={i}>
              <BiField label={t('tabletop.editor.objectiveN', { n: i + 1 })} path={`objectives[${i}].text`} required multiline value={o.text} onChange={(v) => update((d) => (d.objectives[i].text = v ?? { en: '' }))} />
              <IdChoices label={t('tabletop.editor.exercises')} options={capOptions} value={o.capabilities} onChange={(v) => update((d) => (d.objectives[i].capabilities = v))} />
              <IssueLine path={`objectives[${i}].capabilities`} />
              <button type="button" className="button button-danger-quiet button-small" onClick={() => update((d) => void d.objectives.splice(i, 1))}>
                {t('tabletop.editor.removeObjective', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary button-small" onClick={() => update((d) => void d.objectives.push({ text: { en: '' }, capabilities: [] }))}>
            {t('tabletop.editor.addObjective')}
          </button>
        </section>

        <section className="card">
          <h2 className="card-title">{t('tabletop.editor.roles')}</h2>
          {draft.roles.map((r, i) => (
            <div className="repeat" key={i}>
              <BiField label={t('tabletop.editor.roleN', { n: i + 1 })} path={`roles[${i}]`} required value={r.name} onChange={(v) => update((d) => {
                d.roles[i].name = v ?? { en: '' };
                if (!r.id || r.id === slugify(r.name.en)) d.roles[i].id = slugify(v?.en ?? '');
              })} />
              <button type="button" className="button button-danger-quiet button-small" onClick={() => update((d) => void d.roles.splice(i, 1))}>
                {t('tabletop.editor.removeRole', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary button-small" onClick={() => update((d) => void d.roles.push({ id: `role-${d.roles.length + 1}`, name: { en: '' } }))}>
            {t('tabletop.editor.addRole')}
          </button>
        </section>

        {draft.modules.map((m, i) => (
          <ModuleEditor
            key={i}
            index={i}
            count={draft.modules.length}
            module={m}
            schedule={scheduleOf(draft).modules[i]}
            capabilities={capOptions}
            roles={roleOptions}
            onChange={(fn) => update((d) => fn(d.modules[i]))}
            onMove={(delta) => update((d) => {
              const [moved] = d.modules.splice(i, 1);
              d.modules.splice(i + delta, 0, moved);
            })}
            onRemove={() => update((d) => void d.modules.splice(i, 1))}
          />
        ))}
        <p>
          <button type="button" className="button button-secondary" onClick={() => update((d) => void d.modules.push({ title: { en: '' }, minutes: 20, injects: [], questionGroups: [] }))}>
            {t('tabletop.editor.addModule')}
          </button>
        </p>

        <section className="card">
          <h2 className="card-title">{t('tabletop.editor.resources')}</h2>
          <BiLines label={t('tabletop.editor.resourceNames')} value={draft.resources.map((r) => r.name)} onChange={(v) => update((d) => (d.resources = v.map((name, i) => ({ name, ...(d.resources[i]?.note ? { note: d.resources[i].note } : {}) }))))} />
        </section>

        <div className="sticky-save">
          <p role="status" className="notice-line">
            {notice}
          </p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('tabletop.editor.save')}
          </button>
        </div>
      </form>
      </ScenarioIssues.Provider>
      {dialog}
    </SectionPage>
  );
}
