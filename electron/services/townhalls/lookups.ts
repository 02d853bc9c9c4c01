import { ApiError, refusedField } from '../../../shared/contract';
import type { Question, TownHall, Workspace } from '../../../shared/model';

export function findTownHall(ws: Workspace, id: string): TownHall {
  const th = ws.townhalls.find((t) => t.id === id);
  if (!th) throw new ApiError('not_found', 'That town hall no longer exists.');
  return th;
}

export function findQuestion(ws: Workspace, id: string): Question {
  const q = ws.questions.find((x) => x.id === id);
  if (!q) throw new ApiError('not_found', 'That question no longer exists.');
  return q;
}

/** Refuses ids that name no topic or area, so a question never points at nothing. */
export function assertRefs(ws: Workspace, refs: { topicId?: string | null; areaId?: string | null; areaIds?: readonly string[] }): void {
  if (refs.topicId && !ws.topics.some((t) => t.id === refs.topicId)) throw refusedField('topicId', 'unknownTopic', 'That topic no longer exists.');
  const areas = [...(refs.areaId ? [refs.areaId] : []), ...(refs.areaIds ?? [])];
  for (const id of areas) if (!ws.areas.some((a) => a.id === id)) throw refusedField('areaId', 'unknownArea', 'One of the community areas no longer exists.');
}
