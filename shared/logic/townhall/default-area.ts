import type { TownHall } from '../../model';

/**
 * The area a question is filed under when the note-taker names none (no `@area`): the town
 * hall's own area when it has exactly one; otherwise none, since guessing among several would
 * put the question under an area nobody chose. The capture screen states this rule.
 */
export function defaultQuestionArea(townhall: Pick<TownHall, 'areaIds'>): string | null {
  return townhall.areaIds.length === 1 ? townhall.areaIds[0] : null;
}

/** The question's area: the one given, else the town hall's default (see `defaultQuestionArea`). */
export function questionAreaOrDefault(areaId: string | null | undefined, townhall: Pick<TownHall, 'areaIds'>): string | null {
  return areaId ?? defaultQuestionArea(townhall);
}
