import { coverageMatrix, needCoverage, redactNeedsForPublic, suggestServices } from '../../../shared/logic';
import type { Need, Workspace } from '../../../shared/model';
import { createReport, formatNumber } from './kit';
import { dateTimeFormat } from './kit/labels';
import { requestAudienceLabel, reportFileName, type ReportBuilder } from './registry';
import { GAP_LABELS } from './gaps-labels';

const MAX_GAPS = 40;
const MATRIX_COLUMNS = 6;
const SEVERITY_ORDER: Record<Need['severity'], number> = { critical: 0, high: 1, medium: 2, low: 3 };

const day = (iso: string, language: 'en' | 'es') => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return dateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** The text a piece of evidence points at, when its feature stores one (questions and exercise entries live in other collections). */
function evidenceText(ws: Workspace, e: Need['evidence'][number]): string {
  const any = ws as unknown as Record<string, unknown>;
  const find = (collection: string, id: string) => (Array.isArray(any[collection]) ? (any[collection] as Record<string, unknown>[]).find((r) => r.id === id) : undefined);
  if (e.kind === 'note') return e.text;
  if (e.kind === 'question') {
    const q = find('questions', e.questionId);
    return typeof q?.text === 'string' ? q.text : '';
  }
  const ex = find('exercises', e.exerciseId);
  const entries = Array.isArray(ex?.entries) ? (ex.entries as Record<string, unknown>[]) : [];
  const entry = entries.find((x) => x.id === e.entryId);
  return typeof entry?.text === 'string' ? entry.text : '';
}

/**
 * The service-gap report: method and data sources with their as-of dates, the inventory by
 * category, area and language, the coverage matrix, priority gaps each with its evidence and the
 * resources to draw on, and records not verified in over a year.
 */
export const buildGapReport: ReportBuilder = async (stored, request, { fontsDir, now }) => {
  const language = request.language;
  // Residents' words cited as evidence (and repeated in needs promoted from them) pass through the
  // one redaction layer, unless this is an internal report that keeps personal details.
  const keepPersonal = request.audience === 'internal' && request.includePersonalDetails;
  const ws = keepPersonal ? stored : redactNeedsForPublic(stored, { language, audience: request.audience }).ws;
  const L = GAP_LABELS[language];
  const name = (id: string | null) => {
    const c = ws.categories.find((x) => x.id === id);
    return c ? c.name[language] : L.noCategory;
  };
  const matrix = coverageMatrix(ws);
  const active = ws.services.filter((s) => s.status === 'active');
  const areaById = new Map(ws.areas.map((a) => [a.id, a]));
  const orgById = new Map(ws.organizations.map((o) => [o.id, o]));
  const n = (v: number) => formatNumber(v, language);
  const newestImport = ws.imports.reduce<string | null>((max, i) => (!max || i.asOf > max ? i.asOf : max), null);
  const newestNeed = ws.needs.reduce<string | null>((max, x) => (!max || x.updatedAt > max ? x.updatedAt : max), null);
  const asOf = [newestImport, newestNeed?.slice(0, 10)].filter(Boolean).sort().pop() ?? now.toISOString().slice(0, 10);

  const r = createReport({
    fontsDir,
    language,
    title: L.title,
    subtitle: L.subtitle,
    author: 'Convene',
    subject: L.subject,
    keywords: L.keywords,
    generatedAt: now,
    cover: {
      lines: [
        { label: L.cover.areas, value: n(matrix.areas.length) },
        { label: L.cover.services, value: n(active.length) },
        { label: L.cover.needs, value: n(ws.needs.filter((x) => x.status === 'open').length) },
        { label: L.cover.gaps, value: n(matrix.totals.gaps) },
        { label: L.cover.asOf, value: day(asOf, language) },
      ],
      note: request.audience === 'public' ? L.publicNote : L.internalNote,
    },
  });

  // 1. Method and sources
  r.heading(L.method, 1).paragraph(L.methodText).heading(L.sources, 2);
  if (ws.imports.length === 0) r.paragraph(L.noSources, { muted: true });
  else {
    r.table({
      columns: [{ header: L.source, width: 3 }, { header: L.format, width: 2 }, { header: L.asOfCol, width: 2 }, { header: L.imported, width: 2 }, { header: L.records, width: 2, align: 'right' }],
      rows: ws.imports.map((i) => [i.source, L.formats[i.format], day(i.asOf, language), day(i.importedAt, language), `${n(i.added)} / ${n(i.updated)} / ${n(i.skipped)}`]),
    });
  }
  const bySource = (s: Need['source']) => ws.needs.filter((x) => x.source === s).length;
  r.heading(L.needsSource, 2).paragraph(L.needsSourceText(ws.needs.length, bySource('exercise'), bySource('townhall'), bySource('manual'), newestNeed ? day(newestNeed, language) : '—'));

  // 2. Inventory
  r.heading(L.inventory, 1).heading(L.byCategory, 2);
  const perCategory = ws.categories.map((c) => ({ label: c.name[language], value: active.filter((s) => s.categoryIds.includes(c.id)).length })).filter((x) => x.value > 0).sort((a, b) => b.value - a.value);
  const uncategorized = active.filter((s) => s.categoryIds.length === 0).length;
  r.barChart({ title: L.chartByCategory, valueLabel: L.servicesCount, data: [...perCategory, ...(uncategorized ? [{ label: L.noCategory, value: uncategorized }] : [])] });
  r.heading(L.byArea, 2);
  const perArea = matrix.areas.map((a) => [`${a.number} · ${a.name}${a.priority ? ` (${L.priority})` : ''}`, active.filter((s) => s.areaIds.includes(a.id)).length] as const).filter(([, v]) => v > 0);
  const noArea = active.filter((s) => s.areaIds.length === 0).length;
  r.table({ columns: [{ header: L.area, width: 4 }, { header: L.services, width: 1, align: 'right' }], rows: [...perArea.map(([a, v]) => [a, n(v)]), ...(noArea ? [[L.noArea, n(noArea)]] : [])], emptyText: L.noArea });
  r.heading(L.byLanguage, 2);
  // Counted by ISO code when known, so "Spanish" and "Español" are one language.
  const perLanguage = new Map<string, number>();
  const languageName = new Map<string, string>();
  for (const s of active) {
    for (const key of new Set(s.languages.map((x) => x.code || x.name))) perLanguage.set(key, (perLanguage.get(key) ?? 0) + 1);
    for (const l of s.languages) if (!languageName.has(l.code || l.name)) languageName.set(l.code || l.name, l.name || l.code);
  }
  const noLanguage = active.filter((s) => s.languages.length === 0).length;
  r.table({ columns: [{ header: L.language, width: 4 }, { header: L.services, width: 1, align: 'right' }], rows: [...[...perLanguage].sort((a, b) => b[1] - a[1]).map(([l, v]) => [languageName.get(l) ?? l, n(v)]), ...(noLanguage ? [[L.noLanguage, n(noLanguage)]] : [])], emptyText: L.noLanguage });

  // 3. Coverage matrix, split into tables of a few categories so every cell stays readable.
  r.heading(L.matrix, 1).paragraph(L.matrixText, { muted: true });
  const cols = matrix.categories.map((c, k) => ({ c, k })).filter(({ k }) => matrix.cells.some((row) => row[k].services + row[k].needs > 0));
  const rows = matrix.areas.map((a, i) => ({ a, i })).filter(({ i }) => cols.some(({ k }) => matrix.cells[i][k].services + matrix.cells[i][k].needs > 0));
  if (rows.length === 0) r.paragraph(L.matrixEmpty, { muted: true });
  const parts = Math.ceil(cols.length / MATRIX_COLUMNS);
  for (let p = 0; p < parts; p++) {
    const slice = cols.slice(p * MATRIX_COLUMNS, (p + 1) * MATRIX_COLUMNS);
    r.table({
      caption: parts > 1 ? L.matrixPart(p + 1, parts) : undefined,
      columns: [{ header: L.area, width: 2.6 }, ...slice.map(({ c }) => ({ header: c.name[language], width: 1.2, align: 'center' as const }))],
      rows: rows.map(({ a, i }) => [`${a.number} · ${a.name}${a.priority ? ' *' : ''}`, ...slice.map(({ k }) => {
        const cell = matrix.cells[i][k];
        return cell.services + cell.needs === 0 ? '—' : `${cell.services} · ${cell.needs} · ${cell.gaps}`;
      })]),
    });
  }

  // 4. Priority gaps with their evidence and resources to draw on
  r.heading(L.gaps, 1).paragraph(L.gapsText, { muted: true });
  const coverage = needCoverage(ws.links);
  const open = ws.needs
    .filter((x) => x.status === 'open' && coverage.get(x.id) !== 'full')
    .sort((a, b) => Number(areaById.get(b.areaId ?? '')?.priority ?? false) - Number(areaById.get(a.areaId ?? '')?.priority ?? false) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.createdAt.localeCompare(b.createdAt));
  if (open.length === 0) r.paragraph(L.noGaps);
  for (const need of open.slice(0, MAX_GAPS)) {
    const area = areaById.get(need.areaId ?? '');
    r.heading(need.title, 2).keyValues([
      { label: L.area, value: area ? `${area.number} · ${area.name}${area.priority ? ` (${L.priority})` : ''}` : L.noArea },
      { label: L.category, value: name(need.categoryId) },
      { label: L.severity, value: L.severities[need.severity] },
      { label: L.coverage, value: L.coverages[coverage.get(need.id) ?? 'none'] },
      { label: L.raised, value: L.sourcesOfNeed[need.source] },
    ]);
    if (need.description) r.paragraph(need.description);
    const evidence = need.evidence.map((e) => {
      const text = evidenceText(ws, e);
      const kind = e.kind === 'note' ? L.evidenceNote : e.kind === 'question' ? L.evidenceQuestion : L.evidenceExercise;
      return text ? `${kind}: ${text}` : kind;
    });
    r.paragraph(L.evidence, { muted: true }).bullets(evidence.length ? evidence : [L.noEvidence]);
    const partial = ws.links.filter((l) => l.needId === need.id && l.coverage === 'partial').map((l) => ws.services.find((s) => s.id === l.serviceId)).filter((s) => !!s);
    const suggested = suggestServices(need, ws.services, ws.links, { limit: 4 });
    const resources = [
      ...partial.map((s) => `${s.name} — ${orgById.get(s.organizationId)?.name ?? ''} (${L.partly})`),
      ...suggested.map((x) => `${x.service.name} — ${orgById.get(x.service.organizationId)?.name ?? ''} (${x.reasons.filter((q) => q !== 'language').map((q) => (q === 'category' ? L.sameCategory : L.servesArea)).join(', ')})`),
    ];
    r.paragraph(L.draw, { muted: true }).bullets(resources.length ? resources : [L.noResources]);
  }
  if (open.length > MAX_GAPS) r.paragraph(L.moreGaps(open.length - MAX_GAPS), { muted: true });

  // 5. Stale records
  const cutoff = new Date(now.getTime() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const stale = ws.services.filter((s) => s.status !== 'defunct' && (!s.lastVerified || s.lastVerified < cutoff)).sort((a, b) => (a.lastVerified ?? '').localeCompare(b.lastVerified ?? ''));
  r.heading(L.stale, 1).paragraph(L.staleText(day(cutoff, language)), { muted: true });
  r.table({
    columns: [{ header: L.service, width: 3 }, { header: L.organization, width: 3 }, { header: L.lastVerified, width: 1.6 }],
    rows: stale.map((s) => [s.name, orgById.get(s.organizationId)?.name ?? '', s.lastVerified ? day(s.lastVerified, language) : L.never]),
    emptyText: L.noStale,
  });

  return { fileName: reportFileName([L.title, requestAudienceLabel(language, request)], asOf), pdf: await r.toBuffer() };
};
