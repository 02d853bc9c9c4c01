import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestionsCsv, dismissalsFromCsvRows, guessMapping, notDuplicateNumbers, questionsFromCsvRows, questionsToCsv, raisedCounts, readCsv } from '../../../shared/logic';
import { DEFAULT_TOPICS, PERSONAL_DETAIL_KINDS, QUESTION_SOURCES, QUESTION_VISIBILITIES, type Area, type Question } from '../../../shared/model';

const AT = '2025-05-01T12:00:00.000Z';
const AREAS: Area[] = [
  { version: 1, id: 'a68', number: 68, name: 'Englewood', priority: false, createdAt: AT, updatedAt: AT },
  { version: 1, id: 'a40', number: 40, name: 'Washington Park', priority: false, createdAt: AT, updatedAt: AT },
  { version: 1, id: 'a30', number: 30, name: 'South Lawndale', priority: true, createdAt: AT, updatedAt: AT },
];
const lookups = { topics: DEFAULT_TOPICS, areas: AREAS };

/** Export `questions` as the moderation page does (topic names in `ui`), then import the file into a new town hall. */
function roundTrip(questions: Question[], ui: 'en' | 'es', usedNumbers = new Set<number>(), decisions: { questionIds: [string, string] }[] = []) {
  const numbers = new Map(questions.map((q) => [q.id, q.number]));
  const csv = questionsToCsv(questions, {
    raised: raisedCounts(questions),
    topicName: (id) => (id ? (DEFAULT_TOPICS.find((t) => t.id === id)?.name[ui] ?? '') : ''),
    areaName: (id) => (id ? (AREAS.find((a) => a.id === id)?.name ?? '') : ''),
    numberOf: (id) => (id ? String(numbers.get(id) ?? '') : ''),
    notDuplicateOf: notDuplicateNumbers(decisions, (id) => numbers.get(id)),
  });
  const parsed = readCsv(csv);
  const mapping = guessMapping(parsed.headers);
  const check = checkQuestionsCsv(parsed, mapping, lookups);
  let n = 0;
  const imported = questionsFromCsvRows(check.rows, {
    townhallId: 'th-new',
    usedNumbers,
    nextNumber: Math.max(0, ...usedNumbers) + 1,
    newId: () => `new-${++n}`,
    at: '2026-01-01T00:00:00.000Z',
    areaMapped: !!mapping.area,
    defaultArea: () => 'a68',
  });
  const dismissals = dismissalsFromCsvRows(check.rows, imported, { townhallId: 'th-new', newId: () => `d-${++n}`, at: '2026-01-01T00:00:00.000Z' });
  return { csv, mapping, check, imported, dismissals };
}

/** Decisions as pairs of question numbers, lowest first, sorted: what must survive a round trip. */
function numberPairs(decisions: readonly { questionIds: readonly [string, string] }[], questions: readonly Question[]): [number, number][] {
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  return decisions
    .map((d) => [numberOf.get(d.questionIds[0])!, numberOf.get(d.questionIds[1])!].sort((a, b) => a - b) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** What makes two town halls the same: every field but ids, record versions and device ids; merges by number. */
function essence(questions: readonly Question[]) {
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  return questions.map(({ id: _id, townhallId: _t, version: _v, clientId: _c, deviceId: _d, updatedAt: _u, mergedInto, translationLanguage, answerLanguage, answerTranslation, ...rest }) => ({
    ...rest,
    mergedInto: mergedInto ? numberOf.get(mergedInto) : null,
    // Optional fields: absent, null and '' say the same (not recorded).
    translationLanguage: translationLanguage ?? null,
    answerLanguage: answerLanguage ?? null,
    answerTranslation: answerTranslation ?? '',
  }));
}

const word = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúñÑ0-9][A-Za-zÁÉÍÓÚáéíóúñÑ0-9 .'-]{0,20}[A-Za-zÁÉÍÓÚáéíóúñÑ0-9]$/).map((s) => s.replace(/\s+/g, ' '));
/** Free text with everything a CSV must quote or a spreadsheet might run: commas, quotes, newlines, leading = + - @ and apostrophes, any script. */
const freeText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(',', '"', '\n', '\r\n', ';', '\t', '=SUM(A1)', "'=1", '+1', '-2', '@x', '¿Cuándo?', '警察', 'مرحبا', '🙏🏽', "'", '  ')), { maxLength: 8 })
  // U+FFFD is left out: the shared decoder refuses it on import by design (letters lost before the file reached Convene).
  .map((parts) => parts.join('').normalize('NFC').replace(/\uFFFD/g, '?'));
const questionText = freeText.map((s) => s.trim()).filter((s) => s.length > 0);
const timestamp = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const dateOnly = timestamp.map((s) => s.slice(0, 10));
const openStatus = fc.constantFrom('new' as const, 'answered-live' as const, 'answered-writing' as const, 'needs-follow-up' as const);
const phrase = fc.record({ kind: fc.constantFrom(...PERSONAL_DETAIL_KINDS), text: word });

const questionFields = fc.record({
  text: questionText,
  translation: freeText,
  askedBy: fc.option(word),
  topicId: fc.option(fc.constantFrom(...DEFAULT_TOPICS.map((t) => t.id))),
  areaId: fc.option(fc.constantFrom(...AREAS.map((a) => a.id))),
  department: fc.option(word),
  language: fc.option(fc.constantFrom('en', 'es', 'Polish', 'zh', 'árabe')),
  source: fc.constantFrom(...QUESTION_SOURCES),
  meToo: fc.nat({ max: 5000 }),
  status: openStatus,
  answer: freeText,
  translationLanguage: fc.option(fc.constantFrom('en', 'es', 'pl')),
  answerLanguage: fc.option(fc.constantFrom('en' as const, 'es' as const)),
  answerTranslation: fc.option(freeText, { nil: undefined }),
  answeredBy: fc.oneof(fc.constant(''), word),
  followUp: fc.option(fc.record({ owner: word, due: fc.option(dateOnly) })),
  visibility: fc.constantFrom(...QUESTION_VISIBILITIES),
  privacy: fc.record({ hide: fc.array(phrase, { maxLength: 3 }), release: fc.array(phrase, { maxLength: 2 }), reviewedAt: fc.option(timestamp) }),
  createdAt: timestamp,
  /** Merged into an earlier question (by position), or not. */
  mergeInto: fc.option(fc.nat()),
});

/** A town hall's questions: unique numbers (not necessarily 1..n), merges into earlier questions (chains allowed). */
const townHall = fc.array(questionFields, { minLength: 1, maxLength: 25 }).chain((rows) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: rows.length, maxLength: rows.length }).map((numbers) =>
    rows.map((r, i): Question => {
      const target = i > 0 && r.mergeInto !== null ? r.mergeInto % i : null;
      return {
        version: 3,
        id: `q${i}`,
        townhallId: 'th-old',
        number: numbers[i],
        text: r.text,
        translation: r.translation,
        askedBy: r.askedBy,
        topicId: r.topicId,
        areaId: r.areaId,
        department: r.department,
        language: r.language,
        source: r.source,
        meToo: r.meToo,
        status: target === null ? r.status : 'merged',
        statusBeforeMerge: target === null ? null : r.status,
        mergedInto: target === null ? null : `q${target}`,
        answer: r.answer,
        translationLanguage: r.translationLanguage,
        answerLanguage: r.answerLanguage,
        ...(r.answerTranslation === undefined ? {} : { answerTranslation: r.answerTranslation }),
        answeredBy: r.answeredBy,
        followUp: r.followUp,
        visibility: r.visibility,
        clientId: null,
        deviceId: null,
        privacy: r.privacy,
        createdAt: r.createdAt,
        updatedAt: AT,
      };
    }),
  ),
);

describe('town-hall CSV: export then import gives the same town hall', () => {
  it('a worked case: a merge, an answer, a follow-up, a hidden question, a translation, privacy decisions', () => {
    const base = { version: 2, townhallId: 'th-old', translation: '', askedBy: null, department: null, language: null, source: 'live' as const, meToo: 0, statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, visibility: 'shown' as const, clientId: null, deviceId: null, privacy: { hide: [], release: [], reviewedAt: null }, createdAt: AT, updatedAt: AT };
    const questions: Question[] = [
      { ...base, id: 'a', number: 1, text: 'When will the lights on 63rd be fixed?', topicId: 'topic-lighting', areaId: 'a68', department: 'Streets', meToo: 4, status: 'needs-follow-up', followUp: { owner: 'Streets and Sanitation', due: '2025-06-01' } },
      { ...base, id: 'b', number: 2, text: '¿Cuándo arreglan las luces de la 63?', language: 'es', translation: 'When do they fix the lights on 63rd?', topicId: 'topic-lighting', areaId: 'a68', meToo: 2, status: 'merged', statusBeforeMerge: 'new', mergedInto: 'a' },
      { ...base, id: 'c', number: 3, text: 'Call me at 773-555-0100 about the vacant lot', askedBy: 'Dana Whitfield', areaId: null, topicId: null, status: 'answered-live', answer: 'Parks will board it up this week.', answeredBy: 'Ald. Rivera', visibility: 'hidden', source: 'phone', privacy: { hide: [{ kind: 'name', text: 'Dana' }], release: [], reviewedAt: '2025-05-02T10:00:00.000Z' } },
    ];
    const { check, imported, csv } = roundTrip(questions, 'en');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFnumber,text,translation,translation_language,topic,area,department,language,raised,me_too,status,status_before_merge,merged_into,not_duplicate_of,answer,answer_language,answer_translation,answered_by,follow_up_owner,follow_up_due,asked_by,visibility,source,created_at,privacy');
    expect(check.errors).toEqual([]);
    expect(essence(imported)).toEqual(essence(questions));
    expect(imported[1].mergedInto).toBe(imported[0].id);
    expect(raisedCounts(imported).get(imported[0].id)).toBe(8);
    // An empty exported area stays "not set" even though the new town hall has one area.
    expect(imported[2].areaId).toBeNull();
  });

  it('any town hall survives the round trip, with topic names in English or Spanish (property)', () => {
    fc.assert(
      fc.property(townHall, fc.constantFrom('en' as const, 'es' as const), (questions, ui) => {
        const { check, imported } = roundTrip(questions, ui);
        expect(check.errors).toEqual([]);
        expect(essence(imported)).toEqual(essence(questions));
        expect([...raisedCounts(imported).values()]).toEqual([...raisedCounts(questions).values()]);
      }),
      { numRuns: 150 },
    );
  });

  it('into a town hall whose numbers are taken: renumbered in file order, merges still right', () => {
    fc.assert(
      fc.property(townHall, (questions) => {
        const used = new Set([questions[0].number]);
        const { imported } = roundTrip(questions, 'en', used);
        expect(imported.map((q) => q.number)).toEqual(questions.map((_, i) => Math.max(...used) + 1 + i));
        const byId = new Map(imported.map((q) => [q.id, q]));
        questions.forEach((q, i) => {
          const target = q.mergedInto ? questions.findIndex((x) => x.id === q.mergedInto) : -1;
          expect(imported[i].mergedInto ? byId.get(imported[i].mergedInto!)?.text : null).toBe(target >= 0 ? questions[target].text : null);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('"Not a duplicate" decisions come back between the same questions, by number, even renumbered (property)', () => {
    fc.assert(
      fc.property(
        townHall.chain((qs) =>
          fc.tuple(
            fc.constant(qs),
            // Pairs of two different questions (by position): a + 1 + k, k below the rest of the list.
            qs.length < 2
              ? fc.constant([] as [number, number][])
              : fc.uniqueArray(
                  fc.nat({ max: qs.length - 2 }).chain((a) => fc.nat({ max: qs.length - 2 - a }).map((k) => [a, a + 1 + k] as [number, number])),
                  { maxLength: 6, selector: ([a, b]) => `${a}|${b}` },
                ),
          ),
        ),
        fc.boolean(),
        ([questions, pairs], taken) => {
          const decisions = pairs.map(([a, b]) => ({ questionIds: [questions[a].id, questions[b].id] as [string, string] }));
          const used = taken ? new Set([questions[0].number]) : new Set<number>();
          const { check, imported, dismissals } = roundTrip(questions, 'en', used, decisions);
          expect(check.errors).toEqual([]);
          // The same pairs of questions (by position in the file), whatever numbers they now have.
          const positions = (ds: readonly { questionIds: readonly [string, string] }[], qs: readonly Question[]) =>
            ds.map((d) => d.questionIds.map((id) => qs.findIndex((q) => q.id === id)).sort((x, y) => x - y).join('|')).sort();
          expect(positions(dismissals, imported)).toEqual(positions(decisions, questions));
          expect(dismissals.every((d) => d.townhallId === 'th-new' && d.questionIds[0] < d.questionIds[1])).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a worked case of "Not a duplicate": written on both rows, read back once per pair', () => {
    const base = { version: 1, townhallId: 'th-old', translation: '', askedBy: null, topicId: null, areaId: null, department: null, language: null, source: 'live' as const, meToo: 0, status: 'new' as const, statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, visibility: 'shown' as const, clientId: null, deviceId: null, privacy: { hide: [], release: [], reviewedAt: null }, createdAt: AT, updatedAt: AT };
    const questions: Question[] = [
      { ...base, id: 'x', number: 19, text: 'Streetlights on 63rd are out' },
      { ...base, id: 'y', number: 20, text: 'Streetlights on 63rd: who pays?' },
      { ...base, id: 'z', number: 21, text: 'Streetlights near the school' },
    ];
    const { csv, dismissals, imported } = roundTrip(questions, 'en', new Set(), [{ questionIds: ['x', 'y'] }, { questionIds: ['z', 'x'] }]);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(',20; 21,');
    expect(lines[2]).toContain(',19,');
    expect(lines[3]).toContain(',19,');
    expect(numberPairs(dismissals, imported)).toEqual([
      [19, 20],
      [19, 21],
    ]);
  });

  it('a hand-made "Not a duplicate" column: numbers listed any way, unknown or own numbers refused', () => {
    const ok = readCsv('number,text,not_duplicate_of\n1,A,"#2, 3"\n2,B,\n3,C,1\n');
    const read = checkQuestionsCsv(ok, guessMapping(ok.headers), lookups);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.notDuplicateOf)).toEqual([[2, 3], [], [1]]);
    const bad = readCsv('number,text,not_duplicate_of\n1,A,1\n2,B,7\n3,C,x\n');
    expect(checkQuestionsCsv(bad, guessMapping(bad.headers), lookups).errors.map((e) => [e.line, e.message])).toEqual([
      [4, '"x" is not a list of question numbers (like "12; 15").'],
    ]);
    const bad2 = readCsv('number,text,not_duplicate_of\n1,A,1\n2,B,7\n');
    expect(checkQuestionsCsv(bad2, guessMapping(bad2.headers), lookups).errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'A question cannot be marked as not a duplicate of itself.'],
      [3, 'This question is marked as not a duplicate of number 7, which is not in the file.'],
    ]);
    expect(checkQuestionsCsv(readCsv('text,not_duplicate_of\nA,1\n'), { text: 'text', notDuplicateOf: 'not_duplicate_of' }, lookups).errors[0].message).toMatch(/numbers too/);
  });

  it('a hand-made file with merges gets clear errors, row by row', () => {
    const parsed = readCsv('number,text,status,merged_into,follow_up_due,visibility\n1,A,merged,,,\n2,B,,2,,\n3,C,,9,,\n3,D,,,,\n5,E,new,1,,\n6,F,,,2025-02-30,\n7,G,,,,everyone\n8,H,,9,,\n9,I,,8,,\n');
    const r = checkQuestionsCsv(parsed, guessMapping(parsed.headers), lookups);
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'This question is marked merged but does not say which question it was merged into.'],
      [6, 'This question says it was merged into 1 but its status is "new".'],
      [7, 'A follow-up due date needs the department that owns the follow-up.'],
      [8, '"everyone" is not a visibility (pending, shown, hidden).'],
    ]);
    const merges = readCsv('number,text,merged_into\n2,B,2\n3,C,7\n3,D,\n8,H,9\n9,I,8\n');
    expect(checkQuestionsCsv(merges, guessMapping(merges.headers), lookups).errors.map((e) => e.line)).toEqual([4, 2, 3, 5, 6]);
    expect(checkQuestionsCsv(readCsv('text,merged_into\nA,1\n'), { text: 'text', mergedInto: 'merged_into' }, lookups).errors[0].message).toMatch(/numbers too/);
  });
});
