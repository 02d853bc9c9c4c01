import { orderedPair, type DuplicateDismissal, type Question } from '../../model';
import type { CsvQuestionRow } from './questions-csv';

/**
 * The questions a checked town-hall CSV (`checkQuestionsCsv`) adds to a town hall, linked to each
 * other as the file says. Pure: ids and the time come from the caller.
 *
 * Numbers: the file's numbers are kept when every row has one and none is already used in the town
 * hall (so an export imported into a new town hall keeps its numbers, and "merged into 12" still
 * reads right); otherwise every row is numbered on from `nextNumber`, in file order. Merges follow
 * the file's numbers either way. The optional language fields come back as null or '' when the
 * file has none (the same meaning as absent). Rows without an area take `defaultArea` only when the file had
 * no area column (`areaMapped` false): an exported empty area means "not set" and stays so.
 */
export function questionsFromCsvRows(
  rows: readonly CsvQuestionRow[],
  context: {
    townhallId: string;
    usedNumbers: ReadonlySet<number>;
    nextNumber: number;
    newId: () => string;
    at: string;
    areaMapped: boolean;
    defaultArea: (areaId: string | null) => string | null;
  },
): Question[] {
  const keep = rows.length > 0 && rows.every((r) => r.number !== null && !context.usedNumbers.has(r.number));
  let next = context.nextNumber;
  const ids = rows.map(() => context.newId());
  const idByFileNumber = new Map<number, string>();
  rows.forEach((r, i) => r.number !== null && idByFileNumber.set(r.number, ids[i]));
  return rows.map((r, i) => ({
    version: 1,
    id: ids[i],
    townhallId: context.townhallId,
    number: keep ? r.number! : next++,
    text: r.text,
    translation: r.translation,
    askedBy: r.askedBy,
    topicId: r.topicId,
    areaId: context.areaMapped ? r.areaId : context.defaultArea(r.areaId),
    department: r.department,
    language: r.language,
    source: r.source,
    meToo: r.meToo,
    status: r.status,
    statusBeforeMerge: r.statusBeforeMerge,
    mergedInto: r.mergedInto === null ? null : (idByFileNumber.get(r.mergedInto) ?? null),
    answer: r.answer,
    translationLanguage: r.translationLanguage,
    answerLanguage: r.answerLanguage,
    answerTranslation: r.answerTranslation,
    answeredBy: r.answeredBy,
    followUp: r.followUp,
    privacy: r.privacy,
    visibility: r.visibility,
    clientId: null,
    deviceId: null,
    createdAt: r.createdAt ?? context.at,
    updatedAt: context.at,
  }));
}

/**
 * The "Not a duplicate" decisions a checked CSV carries (`notDuplicateOf`, by the file's numbers),
 * between the questions `questionsFromCsvRows` made of the same rows (`added[i]` is `rows[i]`): one
 * decision per pair, whichever of its rows names it, and none already in `existing`. Pure.
 */
export function dismissalsFromCsvRows(
  rows: readonly CsvQuestionRow[],
  added: readonly Question[],
  context: { townhallId: string; newId: () => string; at: string; existing?: readonly DuplicateDismissal[] },
): DuplicateDismissal[] {
  const idByFileNumber = new Map<number, string>();
  rows.forEach((r, i) => r.number !== null && added[i] && idByFileNumber.set(r.number, added[i].id));
  const seen = new Set((context.existing ?? []).map((d) => `${d.questionIds[0]}|${d.questionIds[1]}`));
  const out: DuplicateDismissal[] = [];
  rows.forEach((r, i) => {
    for (const other of r.notDuplicateOf) {
      const otherId = idByFileNumber.get(other);
      if (!otherId || !added[i] || otherId === added[i].id) continue;
      const pair = orderedPair(added[i].id, otherId);
      const key = `${pair[0]}|${pair[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ version: 1, id: context.newId(), townhallId: context.townhallId, questionIds: pair, createdAt: context.at, updatedAt: context.at });
    }
  });
  return out;
}
