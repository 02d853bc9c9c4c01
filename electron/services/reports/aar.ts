import { ApiError } from '../../../shared/contract';
import { formatClock, planFor } from '../../../shared/logic';
import { ENTRY_TYPES, textIn, type Entry, type Exercise, type ImprovementItem, type Workspace } from '../../../shared/model';
import { AAR_LABELS, ELEMENT_NAMES, ENTRY_TYPE_NAMES, RATING_NAMES, STATUS_NAMES } from './aar-labels';
import { createReport, type ReportLanguage } from './kit';
import { dateTimeFormat } from './kit/labels';
import { requestAudienceLabel, reportFileName, type ReportBuilder } from './registry';

/** A calendar date (`2025-06-14`) in the report's language, without a time zone shifting the day. */
function calendarDate(date: string | null, language: ReportLanguage): string {
  if (!date) return '—';
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : dateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

function timeOfDay(iso: string, language: ReportLanguage): string {
  return dateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { timeStyle: 'short' }).format(new Date(iso));
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/**
 * The AAR/IP for one exercise (HSEEP): overview, capability ratings, strengths and areas for
 * improvement per capability, Appendix A improvement plan (with open items carried over from
 * earlier exercises in the area), Appendix B participants (organizations; names only in an
 * internal report when the user includes personal details), and, internal only, Appendix C with
 * every captured entry.
 */
export const buildAarReport: ReportBuilder = async (workspace, request, env) => {
  if (!request.id) throw new ApiError('invalid_input', 'Choose the exercise the report is about.');
  const exercise = workspace.exercises.find((e) => e.id === request.id);
  if (!exercise) throw new ApiError('not_found', 'That exercise no longer exists.');
  const lang = request.language;
  const pdf = await renderAar(workspace, exercise, { language: lang, internal: request.audience === 'internal', withNames: request.audience === 'internal' && request.includePersonalDetails, fontsDir: env.fontsDir, now: env.now });
  // Public and internal exports never share a name: the audience and the exercise's date are in it.
  return { fileName: reportFileName([lang === 'es' ? 'informe-posterior' : 'after-action-report', exercise.title, requestAudienceLabel(lang, request)], exercise.date || env.now), pdf };
};

export interface AarOptions {
  language: ReportLanguage;
  internal: boolean;
  withNames: boolean;
  fontsDir: string;
  now: Date;
}

export async function renderAar(workspace: Pick<Workspace, 'areas' | 'exercises' | 'improvementItems'>, exercise: Exercise, o: AarOptions): Promise<Buffer> {
  const lang = o.language;
  const L = AAR_LABELS[lang];
  const s = exercise.scenario;
  const t = (x: Parameters<typeof textIn>[0]) => textIn(x, lang);
  const capName = (id: string | null) => (id ? t(s.capabilities.find((c) => c.id === id)?.name) || id : '');
  const roleName = (id: string) => t(s.roles.find((r) => r.id === id)?.name) || id;
  const area = workspace.areas.find((a) => a.id === exercise.areaId);
  const organizations = unique(exercise.participants.map((p) => p.organization)).sort((a, b) => a.localeCompare(b, lang));

  const report = createReport({
    fontsDir: o.fontsDir,
    language: lang,
    title: L.title,
    subtitle: exercise.title,
    // A person's name in the file's metadata only in an internal report.
    author: o.internal ? exercise.facilitator || undefined : 'Convene',
    subject: L.subject,
    keywords: ['AAR/IP', 'HSEEP', 'tabletop'],
    cover: {
      lines: [
        { label: L.date, value: calendarDate(exercise.date, lang) },
        { label: L.place, value: exercise.place || '—' },
        { label: L.area, value: area ? `${area.number} ${area.name}` : t(s.overview.communityArea) || '—' },
        { label: L.organizations, value: String(organizations.length) },
      ],
      note: o.withNames ? undefined : L.namesWithheld,
    },
    generatedAt: o.now,
  });

  // 1. Overview
  report.heading(L.overview, 1).keyValues(
    [
      { label: L.exerciseName, value: exercise.title },
      { label: L.scenario, value: t(s.overview.title) },
      { label: L.date, value: calendarDate(exercise.date, lang) },
      { label: L.place, value: exercise.place },
      { label: L.area, value: area ? `${area.number} ${area.name}` : t(s.overview.communityArea) },
      { label: L.facilitator, value: exercise.facilitator },
      { label: L.scope, value: t(s.overview.scope) },
      { label: L.threat, value: t(s.overview.threat) },
      { label: L.duration, value: s.modules.map((m) => `${t(m.title)} (${m.minutes} min)`).join('; ') },
      { label: L.organizations, value: organizations.join(', ') },
    ].filter((r) => r.value.trim()),
  );
  if (s.overview.summary) report.heading(L.summary, 2).paragraph(t(s.overview.summary));
  if (s.objectives.length) report.heading(L.objectives, 2).bullets(s.objectives.map((ob) => `${t(ob.text)} (${ob.capabilities.map(capName).join(', ')})`));

  // 2. Analysis of capabilities
  const ratingOf = new Map(exercise.ratings.map((r) => [r.capability, r]));
  const rows: string[][] = [];
  for (const ob of s.objectives) for (const c of ob.capabilities) rows.push([t(ob.text), capName(c), ratingOf.get(c) ? RATING_NAMES[lang][ratingOf.get(c)!.rating] : L.notRated]);
  const inObjectives = new Set(s.objectives.flatMap((ob) => ob.capabilities));
  for (const c of s.capabilities) if (!inObjectives.has(c.id)) rows.push(['—', capName(c.id), ratingOf.get(c.id) ? RATING_NAMES[lang][ratingOf.get(c.id)!.rating] : L.notRated]);
  report
    .heading(L.analysis, 1)
    .paragraph(L.ratingLegend, { muted: true })
    .table({ caption: L.ratingsCaption, columns: [{ header: L.objective, width: 4 }, { header: L.capability, width: 2 }, { header: L.rating, width: 2 }], rows })
    .barChart({ title: L.entriesChart, valueLabel: L.entriesValue, data: ENTRY_TYPES.map((type) => ({ label: ENTRY_TYPE_NAMES[lang][type], value: exercise.entries.filter((e) => e.type === type).length })) });

  // 3. Strengths and areas for improvement, per capability
  report.heading(L.findings, 1);
  const byCapability = (cap: string | null, type: Entry['type']) => exercise.entries.filter((e) => e.type === type && e.capability === cap).map((e) => e.text);
  const capabilityIds: (string | null)[] = [...s.capabilities.map((c) => c.id), null];
  for (const cap of capabilityIds) {
    const strengths = byCapability(cap, 'strength');
    const improvements = byCapability(cap, 'improvement');
    const rating = cap ? ratingOf.get(cap) : undefined;
    if (cap === null && strengths.length === 0 && improvements.length === 0) continue;
    report.heading(cap ? capName(cap) : L.otherFindings, 2);
    if (rating) report.keyValues([{ label: L.rating, value: RATING_NAMES[lang][rating.rating] }, ...(rating.observation ? [{ label: L.observation, value: rating.observation }] : [])]);
    report.heading(L.strengths, 3);
    if (strengths.length) report.bullets(strengths);
    else report.paragraph(L.none, { muted: true });
    report.heading(L.improvements, 3);
    if (improvements.length) report.bullets(improvements);
    else report.paragraph(L.none, { muted: true });
  }
  const listOf = (type: Entry['type']) => exercise.entries.filter((e) => e.type === type).map((e) => e.text);
  const needs = listOf('need');
  const resources = listOf('resource');
  const decisions = listOf('decision');
  if (needs.length || resources.length || decisions.length) {
    report.heading(L.needsResources, 2);
    if (decisions.length) report.heading(L.decisions, 3).bullets(decisions);
    if (needs.length) report.heading(L.needs, 3).bullets(needs);
    if (resources.length) report.heading(L.resources, 3).bullets(resources);
  }

  // Appendix A: improvement plan
  const plan = planFor({ exercises: workspace.exercises, improvementItems: workspace.improvementItems }, exercise);
  // Nine HSEEP fields on a portrait page: owner and contact share a column, and so do the dates.
  const planColumns = [
    { header: L.capability, width: 1.7 },
    { header: L.issue, width: 2.4 },
    { header: L.correctiveAction, width: 2.9 },
    { header: L.element, width: 1.8 },
    // A public AAR names owners as organizations; points of contact (people) only internally.
    { header: o.withNames ? `${L.organization} / ${L.pointOfContact}` : L.organization, width: 2 },
    { header: `${L.start} – ${L.completion}`, width: 1.7 },
    { header: L.status, width: 1.2 },
  ];
  const planRow = (i: ImprovementItem) => [
    capName(i.capability) || i.capabilityName,
    i.issue,
    i.correctiveAction,
    ELEMENT_NAMES[lang][i.element] ?? i.element,
    (o.withNames ? [i.organization, i.pointOfContact] : [i.organization]).filter(Boolean).join(' / '),
    `${calendarDate(i.startDate, lang)} – ${calendarDate(i.completionDate, lang)}`,
    STATUS_NAMES[lang][i.status] ?? i.status,
  ];
  report.pageBreak().heading(L.appendixA, 1).table({ caption: L.planCaption, columns: planColumns, rows: plan.own.map(planRow), emptyText: L.planEmpty });
  if (plan.carriedOver.length) {
    report.heading(L.carriedOver, 2).table({
      caption: L.carriedOver,
      columns: [{ header: L.exerciseName, width: 1.8 }, ...planColumns],
      rows: plan.carriedOver.map((i) => [`${i.exerciseTitle} (${calendarDate(i.exerciseDate, lang)})`, ...planRow(i)]),
    });
  }

  // Appendix B: participants
  report.heading(L.appendixB, 1);
  const participants = [...exercise.participants].sort((a, b) => a.organization.localeCompare(b.organization, lang));
  report.table({
    caption: L.participantsCaption,
    columns: [{ header: L.participantOrganization, width: 3 }, { header: L.role, width: 3 }, ...(o.withNames ? [{ header: L.name, width: 2 }] : [])],
    rows: participants.map((p) => [p.organization, p.role ? roleName(p.role) : '', ...(o.withNames ? [p.name] : [])]),
    emptyText: L.participantsEmpty,
  });
  if (!o.withNames) report.paragraph(L.namesWithheld, { muted: true });

  // Appendix C (internal only): everything the room said, in order.
  if (o.internal) {
    report.heading(L.appendixC, 1).table({
      caption: L.logCaption,
      columns: [{ header: L.time, width: 1 }, { header: L.module, width: 1.5 }, { header: L.kind, width: 1.5 }, { header: L.text, width: 5.7 }],
      rows: exercise.entries.map((e) => [timeOfDay(e.at, lang), `${L.moduleN(e.module + 1)} (${formatClock(e.moduleElapsedMs)})`, ENTRY_TYPE_NAMES[lang][e.type], e.text]),
      emptyText: L.none,
    });
  }
  return report.toBuffer();
}
