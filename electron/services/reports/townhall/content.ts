import type { ReportExportRequest } from '../../../../shared/contract';
import { answerIn, faqIn, reportedStatus, languageName, privacyNote, questionIn, redactTownHallsForReport, summarizeTownHalls, type Localized, type TownHallSummary } from '../../../../shared/logic';
import type { Question, Workspace } from '../../../../shared/model';
import type { BarChartSpec, ReportOptions, TableSpec } from '../kit';
import { dateTimeFormat, numberFormat } from '../kit/labels';
import { requestAudienceLabel } from '../file-name';
import { townhallLabels, type TownHallReportLabels } from './labels';

/** One block of the report, in order: what the PDF kit draws (and what the HTML benchmark baseline prints). */
export type ContentBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'keyValues'; rows: { label: string; value: string }[] }
  | { kind: 'table'; table: TableSpec }
  | { kind: 'barChart'; chart: BarChartSpec };

export interface ReportContent {
  options: Omit<ReportOptions, 'fontsDir'>;
  blocks: ContentBlock[];
  fileNameParts: string[];
  /** The date the report is about (the first town hall's), for the file name. */
  eventDate: string | null;
}

/** Services from the resource directory, named with their organization, for "available resources by theme". */
interface DirectoryService {
  name: string;
  categoryIds: string[];
  active: boolean;
}

function directoryServices(ws: Workspace): DirectoryService[] {
  const organizations = new Map(ws.organizations.map((o) => [o.id, o.name]));
  return ws.services.map((s) => {
    const org = organizations.get(s.organizationId);
    return { name: org && org !== s.name ? `${s.name} (${org})` : s.name, categoryIds: s.categoryIds, active: s.status === 'active' };
  });
}

const CELL_MAX = 600;
const clip = (s: string, max = CELL_MAX) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function townhallReportContent(stored: Workspace, request: ReportExportRequest, now: Date): ReportContent {
  const L = townhallLabels(request.language);
  const lang = request.language;
  const ids = request.kind === 'townhall-series' ? (request.ids ?? []) : request.id ? [request.id] : [];
  const keepPersonal = request.audience === 'internal' && request.includePersonalDetails;
  // Every report that is not an internal one with personal details goes through the one redaction layer first.
  const redacted = keepPersonal ? null : redactTownHallsForReport(stored, ids, { language: lang, audience: request.audience });
  const ws = redacted?.ws ?? stored;
  const privacy = privacyNote(redacted?.tally ?? null, lang, request.audience, keepPersonal);
  const summary = summarizeTownHalls(ws, ids);
  const clean = (text: string) => text;
  // Each question and answer in the report's language where a translation exists; otherwise as
  // asked or answered, marked "(original: English)", and counted for the one note that explains it.
  const marked = new Set<string>();
  const mark = (key: string, l: Localized, max = CELL_MAX) => {
    if (l.original === null) return clip(l.text, max);
    marked.add(key);
    return `${clip(l.text, max)} ${L.originalMarker(l.original === 'und' ? null : languageName(l.original, lang))}`;
  };
  const say = (q: Question, max = CELL_MAX) => mark(`q:${q.id}`, questionIn(q, lang), max);
  const sayAnswer = (q: Question, max = CELL_MAX) => mark(`a:${q.id}`, answerIn(q, lang), max);

  const topicName = new Map(ws.topics.map((t) => [t.id, t.name[lang]]));
  const areaName = new Map(ws.areas.map((a) => [a.id, a.name]));
  const theme = (id: string | null) => (id ? (topicName.get(id) ?? L.noTheme) : L.noTheme);
  const area = (id: string | null) => (id ? (areaName.get(id) ?? L.noArea) : L.noArea);
  const count = (q: Question) => String(summary.raised.get(q.id) ?? 1);
  const numbers = numberFormat(lang === 'es' ? 'es-US' : 'en-US');
  const number = (n: number) => numbers.format(n);
  const dateFormat = dateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
  const day = (iso: string) => dateFormat.format(new Date(`${iso}T12:00:00Z`));
  const joinOr = (xs: string[]) => (xs.length > 0 ? xs.join(', ') : L.notRecorded);

  const isSeries = request.kind === 'townhall-series';
  const seriesName = summary.townhalls.find((t) => t.series)?.series ?? summary.townhalls[0]?.title ?? '';
  const title = isSeries ? L.seriesTitle(seriesName) : (summary.townhalls[0]?.title ?? L.title);
  const multi = summary.townhalls.length > 1;

  const blocks: ContentBlock[] = [];
  const push = (b: ContentBlock) => blocks.push(b);

  // 1. Summary of community concerns
  push({ kind: 'heading', text: L.summary, level: 1 });
  const t = summary.totals;
  push({ kind: 'paragraph', text: L.summaryText({ captured: number(t.captured), concerns: number(t.concerns), raised: number(t.raised), answered: number(t.answered), followUps: number(t.followUps) }) });
  push({
    kind: 'keyValues',
    rows: [
      { label: L.totals.captured, value: number(summary.totals.captured) },
      { label: L.totals.concerns, value: number(summary.totals.concerns) },
      { label: L.totals.raised, value: number(summary.totals.raised) },
      { label: L.totals.answered, value: number(summary.totals.answered) },
      { label: L.totals.followUps, value: number(summary.totals.followUps) },
    ],
  });
  if (multi) {
    push({
      kind: 'table',
      table: {
        columns: [{ header: L.cover.townhalls, width: 3 }, { header: L.cover.dates, width: 1.6 }, { header: L.cover.places, width: 2 }, { header: L.cover.attendance, width: 1, align: 'right' }],
        rows: summary.townhalls.map((t) => [t.title, day(t.date), t.place || L.notRecorded, t.attendance === null ? L.notRecorded : number(t.attendance)]),
      },
    });
  }

  // 2. Top themes
  push({ kind: 'heading', text: L.themes, level: 1 });
  push({ kind: 'paragraph', text: L.themesIntro, muted: true });
  push({ kind: 'barChart', chart: { title: L.themesChart, valueLabel: L.raisedLabel, data: summary.themes.slice(0, 12).map((t) => ({ label: theme(t.topicId), value: t.raised })) } });
  push({
    kind: 'table',
    table: {
      columns: [{ header: L.themeColumns.theme, width: 3 }, { header: L.themeColumns.raised, width: 1, align: 'right' }, { header: L.themeColumns.questions, width: 1, align: 'right' }],
      rows: summary.themes.map((t) => [theme(t.topicId), number(t.raised), number(t.questions)]),
    },
  });

  // 3. Concerns by theme and area
  push({ kind: 'heading', text: L.concerns, level: 1 });
  push({ kind: 'paragraph', text: L.concernsIntro, muted: true });
  push({
    kind: 'table',
    table: {
      caption: L.concernsByArea,
      columns: [{ header: L.areaColumns.theme, width: 2.5 }, { header: L.areaColumns.area, width: 2.5 }, { header: L.areaColumns.raised, width: 1, align: 'right' }, { header: L.areaColumns.questions, width: 1, align: 'right' }],
      rows: summary.byThemeAndArea.map((c) => [theme(c.topicId), area(c.areaId), number(c.raised), number(c.questions)]),
    },
  });
  for (const t of summary.themes.slice(0, 8)) {
    const top = summary.concerns.filter((q) => q.topicId === t.topicId).slice(0, 5);
    push({ kind: 'heading', text: L.topConcerns(theme(t.topicId)), level: 2 });
    push({ kind: 'bullets', items: top.map((q) => `${say(q, 400)} (${count(q)}${q.areaId ? ` · ${area(q.areaId)}` : ''})`) });
  }

  // 4. Answers to common questions
  push({ kind: 'heading', text: L.common, level: 1 });
  push({ kind: 'paragraph', text: L.commonIntro, muted: true });
  const commonColumns = [{ header: L.commonColumns.question, width: 3 }, { header: L.commonColumns.raised, width: 1, align: 'right' as const }, { header: L.commonColumns.status, width: 1.3 }, { header: L.commonColumns.answer, width: 3.5 }];
  if (summary.faqs.length > 0) {
    push({ kind: 'heading', text: L.faq, level: 2 });
    push({
      kind: 'table',
      table: {
        columns: commonColumns,
        rows: summary.faqs.map((f) => {
          const local = faqIn(f.faq, lang);
          const answer = local.answer.text.trim() ? mark(`fa:${f.faq.id}`, local.answer, 1500) : L.noAnswerYet;
          return [mark(`fq:${f.faq.id}`, local.question), number(f.raised), local.answer.text.trim() ? L.status['answered-writing'] : L.status.new, answer];
        }),
      },
    });
  }
  if (summary.common.length > 0) {
    if (summary.faqs.length > 0) push({ kind: 'heading', text: L.otherCommon, level: 2 });
    push({
      kind: 'table',
      table: {
        columns: commonColumns,
        rows: summary.common.map((q) => [say(q), count(q), L.status[reportedStatus(q)], q.answer.trim() || q.answerTranslation?.trim() ? `${sayAnswer(q, 1500)}${q.answeredBy ? ` (${clean(q.answeredBy)})` : ''}` : L.noAnswerYet]),
      },
    });
  }
  if (summary.faqs.length === 0 && summary.common.length === 0) push({ kind: 'paragraph', text: L.noCommon });

  // 5. Available resources
  push({ kind: 'heading', text: L.resources, level: 1 });
  const services = directoryServices(ws).filter((s) => s.active);
  if (services.length === 0) push({ kind: 'paragraph', text: L.resourcesNone });
  else {
    push({ kind: 'paragraph', text: L.resourcesIntro, muted: true });
    const topicCategory = new Map(ws.topics.map((t) => [t.id, t.categoryId]));
    for (const t of summary.themes.filter((x) => x.topicId !== null).slice(0, 10)) {
      const category = topicCategory.get(t.topicId!) ?? null;
      const names = [...new Set(services.filter((s) => category !== null && s.categoryIds.includes(category)).map((s) => s.name))].sort((a, b) => a.localeCompare(b, lang));
      push({ kind: 'heading', text: L.resourcesForTheme(theme(t.topicId)), level: 2 });
      if (names.length === 0) push({ kind: 'paragraph', text: L.resourcesNoneForTheme, muted: true });
      else push({ kind: 'bullets', items: names.slice(0, 15) });
    }
  }

  // 6. Follow-ups
  push({ kind: 'heading', text: L.followUps, level: 1 });
  push({ kind: 'paragraph', text: L.followUpsIntro, muted: true });
  if (summary.followUps.length === 0) push({ kind: 'paragraph', text: L.noFollowUps });
  else
    push({
      kind: 'table',
      table: {
        columns: [{ header: L.followUpColumns.question, width: 4 }, { header: L.followUpColumns.owner, width: 1.8 }, { header: L.followUpColumns.due, width: 1.4 }, { header: L.followUpColumns.status, width: 1.4 }],
        rows: summary.followUps.map((q) => [say(q), q.followUp?.owner ?? L.noOwner, q.followUp?.due ? day(q.followUp.due) : L.noDue, L.status[reportedStatus(q)]]),
      },
    });

  // 7. Method and privacy
  push({ kind: 'heading', text: L.method, level: 1 });
  push({ kind: 'paragraph', text: L.methodText(summary.totals.captured) });
  push({ kind: 'paragraph', text: privacy });
  const originalNoteAt = blocks.length;

  // 8. Appendix: all questions
  push({ kind: 'heading', text: L.appendix, level: 1 });
  push({ kind: 'paragraph', text: L.appendixIntro, muted: true });
  const numberOf = new Map(summary.questions.map((q) => [q.id, q.number]));
  push({
    kind: 'table',
    table: {
      columns: [
        { header: L.appendixColumns.number, width: 0.6, align: 'right' },
        { header: L.appendixColumns.question, width: 4.8 },
        { header: L.appendixColumns.theme, width: 1.5 },
        { header: L.appendixColumns.area, width: 1.4 },
        { header: L.appendixColumns.raised, width: 0.9, align: 'right' },
        { header: L.appendixColumns.status, width: 1.4 },
      ],
      rows: summary.questions.map((q) => {
        const who = keepPersonal && q.askedBy ? ` — ${q.askedBy}` : '';
        const prefix = multi ? `${summary.townhalls.find((t) => t.id === q.townhallId)?.title ?? ''} · ` : '';
        const status = q.status === 'merged' && q.mergedInto ? L.mergedInto(numberOf.get(q.mergedInto) ?? 0) : L.status[reportedStatus(q)];
        return [String(q.number), `${prefix}${say(q, Infinity)}${who}`, theme(q.topicId), area(q.areaId), String(1 + q.meToo), status];
      }),
    },
  });

  // Said once, in the method section, only when some text is printed in its original language.
  if (marked.size > 0) blocks.splice(originalNoteAt, 0, { kind: 'paragraph', text: L.originalNote(L.originalMarker('…'), marked.size) });

  const places = [...new Set(summary.townhalls.map((t) => t.place).filter(Boolean))];
  const dates = summary.townhalls.map((t) => day(t.date));
  const attendance = summary.totals.attendance;
  const coverLines = [
    ...(multi ? [{ label: L.cover.townhalls, value: summary.townhalls.map((t) => t.title).join('; ') }] : []),
    { label: L.cover.dates, value: joinOr([...new Set(dates)]) },
    { label: L.cover.places, value: joinOr(places) },
    { label: L.cover.areas, value: joinOr(summary.areaIds.map((id) => areaName.get(id)).filter((n): n is string => !!n)) },
    { label: L.cover.attendance, value: attendance === null ? L.notRecorded : number(attendance) },
    { label: L.cover.departments, value: joinOr(summary.departments) },
    { label: L.cover.languages, value: joinOr(summary.languages.map((l) => languageName(l, lang))) },
    { label: L.cover.questions, value: number(summary.totals.captured) },
  ];
  return {
    options: {
      language: lang,
      title,
      subtitle: request.audience === 'public' ? L.subtitlePublic : L.subtitleInternal,
      author: 'Convene',
      subject: L.title,
      keywords: ['town hall', 'community safety', ...(request.audience === 'internal' ? [L.internalMarker] : [])],
      cover: { lines: coverLines, note: request.audience === 'public' ? L.privacyPublic : keepPersonal ? L.privacyInternalKept : L.privacyInternalRedacted },
      generatedAt: now,
    },
    blocks,
    // Public, internal and internal-with-personal-details exports never share a name: the audience is in it (the date is added by the builder).
    fileNameParts: [title, requestAudienceLabel(lang, request), lang],
    eventDate: [...summary.townhalls].map((t) => t.date).sort()[0] ?? null,
  };
}

export type { TownHallSummary };
