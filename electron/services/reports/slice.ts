/**
 * The part of the workspace a report reads, so only that is copied to the report worker (a copy
 * of the whole workspace would cost the host's event loop time with every export). Small
 * collections pass whole; the collections that grow with use (questions, the directory,
 * exercises and their plans, needs and links) are cut down to the records the report kind reads,
 * or emptied when it never reads them. A report that starts reading a large collection must
 * say so here.
 */
import type { ReportExportRequest } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';

type Large = 'questions' | 'services' | 'organizations' | 'locations' | 'exercises' | 'improvementItems' | 'needs' | 'links';

function withLarge(ws: Workspace, large: Partial<Pick<Workspace, Large>>): Workspace {
  const none: Pick<Workspace, Large> = { questions: [], services: [], organizations: [], locations: [], exercises: [], improvementItems: [], needs: [], links: [] };
  return { ...ws, ...none, ...large };
}

/** The workspace slice for one export request (pure; shares records with `ws`, never mutates). */
export function reportSlice(ws: Workspace, request: ReportExportRequest): Workspace {
  if (request.kind === 'townhall' || request.kind === 'townhall-series') {
    const ids = new Set(request.kind === 'townhall-series' ? (request.ids ?? []) : request.id ? [request.id] : []);
    return withLarge(ws, {
      questions: ws.questions.filter((q) => ids.has(q.townhallId)),
      // "Available resources by theme" lists active services of the themes' categories.
      services: ws.services.filter((s) => s.status === 'active' && s.categoryIds.length > 0),
      organizations: ws.organizations,
    });
  }
  if (request.kind === 'aar') {
    const exercise = ws.exercises.find((e) => e.id === request.id);
    if (!exercise) return withLarge(ws, {});
    // Open items of earlier exercises in the same area are carried over into the plan.
    const exercises = exercise.areaId ? ws.exercises.filter((e) => e.id === exercise.id || e.areaId === exercise.areaId) : [exercise];
    const ids = new Set(exercises.map((e) => e.id));
    return withLarge(ws, { exercises, improvementItems: ws.improvementItems.filter((i) => ids.has(i.exerciseId)) });
  }
  // The gap report reads the directory, needs and links, and the texts their evidence cites.
  const questionIds = new Set<string>();
  const exerciseIds = new Set<string>();
  for (const need of ws.needs)
    for (const e of need.evidence) {
      if (e.kind === 'question') questionIds.add(e.questionId);
      else if (e.kind === 'exercise-entry') exerciseIds.add(e.exerciseId);
    }
  return withLarge(ws, {
    services: ws.services,
    organizations: ws.organizations,
    needs: ws.needs,
    links: ws.links,
    questions: ws.questions.filter((q) => questionIds.has(q.id)),
    exercises: ws.exercises.filter((x) => exerciseIds.has(x.id)),
  });
}
