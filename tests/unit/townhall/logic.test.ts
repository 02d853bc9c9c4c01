import { describe, expect, it } from 'vitest';
import {
  applySuggestion,
  checkQuestionsCsv,
  filterQuestions,
  matchQuestions,
  filterOnly,
  searchQuestions,
  warmSearchIndex,
  sortQuestions,
  findPersonalDetails,
  guessMapping,
  mergeQuestions,
  MergeRefused,
  parseCaptureLine,
  questionsToCsv,
  raisedCounts,
  readCsv,
  redactPersonalDetails,
  REDACTION_LABELS,
  suggest,
  suggestDuplicates,
  textSimilarity,
  tokenAtCaret,
  unmergeQuestion,
  type CaptureOptions,
} from '../../../shared/logic';
import { DEFAULT_TOPICS, type Area, type Question } from '../../../shared/model';

const AT = '2025-03-14T19:00:00.000Z';
function q(n: number, text: string, extra: Partial<Question> = {}): Question {
  return {
    version: 1, id: `q${n}`, townhallId: 'th', number: n, text, translation: '', askedBy: null, topicId: null, areaId: null, department: null, language: null, source: 'live',
    meToo: 0, status: 'new', statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, visibility: 'shown', clientId: null, deviceId: null,
        privacy: { hide: [], release: [], reviewedAt: null }, createdAt: new Date(Date.parse(AT) + n * 1000).toISOString(), updatedAt: AT, ...extra,
  };
}

describe('duplicate similarity (English and Spanish)', () => {
  it('scores rewordings of the same question high and different questions low', () => {
    expect(textSimilarity('When will the city fix the broken streetlights on 63rd Street?', 'When is the city going to fix the broken street lights on 63rd St')).toBeGreaterThan(0.6);
    expect(textSimilarity('¿Qué está haciendo la policía sobre los tiroteos cerca del parque?', '¿Que hace la policia con los tiroteos cerca del parque?')).toBeGreaterThan(0.6);
    expect(textSimilarity('Are there summer jobs for teenagers this year?', 'Any summer jobs for teens this year?')).toBeGreaterThan(0.5);
    expect(textSimilarity('Who do I call in a mental health crisis?', 'Rent went up 30 percent, where can families get help?')).toBeLessThan(0.2);
    expect(textSimilarity('Call me at 773-555-0199 about the lights', 'Call me at 773-555-0199 about rent')).toBeLessThan(0.6);
  });

  it('suggests pairs of open questions, keeps the more raised one, skips merged and dismissed', () => {
    const qs = [
      q(1, 'When will the streetlights on 63rd Street be fixed?'),
      q(2, 'When is the city fixing the street lights on 63rd St?', { meToo: 3 }),
      q(3, 'Are there summer jobs for teenagers?'),
      q(4, 'Streetlights on 63rd Street fixed when?', { status: 'merged', mergedInto: 'q2' }),
    ];
    const raised = raisedCounts(qs);
    const found = suggestDuplicates(qs, raised);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ keepId: 'q2', mergeId: 'q1' });
    expect(suggestDuplicates(qs, raised, { dismissed: new Set(['q1|q2']) })).toEqual([]);
  });

  it('handles a thousand questions, any script and emoji', () => {
    const qs = Array.from({ length: 1000 }, (_, i) => q(i + 1, i % 3 === 0 ? `社区安全 ${i} 🙏🏽` : `Question about topic ${i % 50} on block ${i}`));
    expect(() => suggestDuplicates(qs, raisedCounts(qs), { limit: 20 })).not.toThrow();
  });
});

describe('merge and unmerge', () => {
  const base = [q(1, 'a', { meToo: 2 }), q(2, 'b', { meToo: 1, status: 'answered-live' }), q(3, 'c'), q(4, 'd')];

  it('keeps the originals, adds the counts, and unmerge gives everything back', () => {
    const { questions } = mergeQuestions(base, 'q1', ['q2'], AT);
    const merged = questions.find((x) => x.id === 'q2')!;
    expect(merged).toMatchObject({ status: 'merged', mergedInto: 'q1', statusBeforeMerge: 'answered-live', text: 'b', meToo: 1 });
    expect(raisedCounts(questions).get('q1')).toBe(3 + 2);
    const back = unmergeQuestion(questions, 'q2', AT).questions;
    expect(back.find((x) => x.id === 'q2')).toMatchObject({ status: 'answered-live', mergedInto: null });
    expect(raisedCounts(back).get('q1')).toBe(3);
  });

  it('refuses a merge into itself and resolves a chain to its root', () => {
    expect(() => mergeQuestions(base, 'q1', ['q1'], AT)).toThrow(MergeRefused);
    const once = mergeQuestions(base, 'q1', ['q2'], AT).questions;
    const twice = mergeQuestions(once, 'q2', ['q3'], AT);
    expect(twice.target.id).toBe('q1');
    expect(twice.questions.find((x) => x.id === 'q3')!.mergedInto).toBe('q1');
    expect(() => mergeQuestions(twice.questions, 'q2', ['q1'], AT)).toThrow(/into itself/);
    expect(() => mergeQuestions(twice.questions, 'q1', ['q3'], AT)).toThrow(/already merged/);
    // Merging a question that has its own merged children keeps them under it (a tree, counted to the root).
    const tree = mergeQuestions(mergeQuestions(base, 'q3', ['q4'], AT).questions, 'q1', ['q3'], AT).questions;
    expect(raisedCounts(tree).get('q1')).toBe(3 + 1 + 1);
    expect(raisedCounts(unmergeQuestion(tree, 'q3', AT).questions).get('q3')).toBe(2);
  });

  it('refuses questions of another town hall', () => {
    expect(() => mergeQuestions([...base, q(9, 'x', { townhallId: 'other' })], 'q1', ['q9'], AT)).toThrow(/same town hall/);
  });
});

describe('filtering and search', () => {
  const qs = [q(1, 'La policía no patrulla', { topicId: 't1', language: 'es' }), q(2, 'Police patrols at night', { topicId: 't2', meToo: 5, department: 'Police' }), q(3, 'Lights out on 63rd', { status: 'answered-live' })];
  const raised = raisedCounts(qs);
  it('folds accents and case, needs every word, and filters by each field', () => {
    expect(filterQuestions(qs, raised, { search: 'POLICIA' }, 'raised').map((x) => x.number)).toEqual([1]);
    expect(filterQuestions(qs, raised, { search: 'police night' }, 'raised').map((x) => x.number)).toEqual([2]);
    expect(filterQuestions(qs, raised, { topicIds: [null] }, 'raised').map((x) => x.number)).toEqual([3]);
    expect(filterQuestions(qs, raised, { statuses: ['answered-live'] }, 'raised').map((x) => x.number)).toEqual([3]);
    expect(filterQuestions(qs, raised, { departments: ['Police'], languages: [null] }, 'raised').map((x) => x.number)).toEqual([2]);
  });
  it('sorts by most raised or newest', () => {
    expect(filterQuestions(qs, raised, {}, 'raised')[0].number).toBe(2);
    expect(filterQuestions(qs, raised, {}, 'newest').map((x) => x.number)).toEqual([3, 2, 1]);
  });
  it('matching keeps the order it is given, so a list sorted once is filtered per key and agrees with filterQuestions', () => {
    for (const sort of ['raised', 'newest', 'oldest'] as const) {
      const sorted = sortQuestions(qs, raised, sort);
      expect(matchQuestions(sorted, { search: 'police' })).toEqual(filterQuestions(qs, raised, { search: 'police' }, sort));
    }
  });
  it('the screen filters once per filter change and searches that list per key: the same questions as matching in one go', () => {
    const lists = filterOnly(qs, { statuses: ['new'] });
    expect(lists.map((x) => x.number)).toEqual([1, 2]);
    warmSearchIndex(lists);
    for (const search of ['', 'POLICÍA', 'pol', 'police night', 'no  patrulla', '63rd', 'nothing like it']) {
      expect(searchQuestions(lists, search)).toEqual(matchQuestions(qs, { search, statuses: ['new'] }));
    }
    // Spanish accents and punctuation fold both ways: "¿Policía?" finds "policia".
    expect(searchQuestions(qs, '¿Policía?').map((x) => x.number)).toEqual([1]);
    // An empty search leaves the list as given.
    expect(searchQuestions(lists, '  ')).toBe(lists);
  });
  it('orders by the instant a question was created, whatever offset its timestamp was written with', () => {
    // 19:30 in Chicago (UTC-6) is 01:30 UTC the next day: later than 23:00 UTC, though it sorts first as text.
    const mixed = [q(1, 'a', { createdAt: '2025-03-14T23:00:00.000Z' }), q(2, 'b', { createdAt: '2025-03-14T19:30:00-06:00' }), q(3, 'c', { createdAt: '2025-03-14T23:00:00.000Z' })];
    const r = raisedCounts(mixed);
    expect(filterQuestions(mixed, r, {}, 'newest').map((x) => x.number)).toEqual([2, 3, 1]);
    expect(filterQuestions(mixed, r, {}, 'oldest').map((x) => x.number)).toEqual([1, 3, 2]);
  });
});

describe('personal details', () => {
  const found = (s: string) => findPersonalDetails(s).map((d) => `${d.kind}:${d.text}`);
  it('finds phone numbers, emails and addresses in English and Spanish', () => {
    expect(found('call me at 773-555-0199 or (312) 555-0142')).toEqual(['phone:773-555-0199', 'phone:(312) 555-0142']);
    expect(found('llámame al +52 55 1234 5678')).toEqual(['phone:+52 55 1234 5678']);
    expect(found('email maria.lopez@gmail.com please')).toEqual(['email:maria.lopez@gmail.com']);
    expect(found('I live at 4521 S. Ashland Ave')).toEqual(['address:4521 S. Ashland Ave']);
    expect(found('vivo en la calle Pilsen 1520 depto 3')).toEqual(['address:calle Pilsen 1520 depto 3']);
    expect(found('Avenida Cermak #2100')).toEqual(['address:Avenida Cermak #2100']);
    expect(found('my name is Maria Lopez')).toEqual(['name:Maria Lopez']);
  });
  it('leaves streets, blocks, dates, counts and short numbers alone', () => {
    for (const s of ['más patrullas en la calle 26', 'the 6300 block of South Ashland Avenue', '3 kids on our street', 'on 2024-03-14', 'we had 15 shootings', 'call 911', 'lights on 63rd Street']) expect(found(s), s).toEqual([]);
  });
  it('redacts with labels and known names', () => {
    const labels = REDACTION_LABELS.en;
    expect(redactPersonalDetails('Ana Ruiz says call 773-555-0199', labels, ['Ana Ruiz'])).toBe('[name] says call [phone number]');
  });
});

describe('capture line', () => {
  const options: CaptureOptions = {
    topic: DEFAULT_TOPICS.map((t) => ({ value: t.id, label: t.name.en, token: t.code, aliases: [t.name.en, t.name.es] })),
    area: [
      { value: 'a67', label: '67 West Englewood', token: 'West-Englewood', aliases: ['67', 'West Englewood'] },
      { value: 'a68', label: '68 Englewood', token: 'Englewood', aliases: ['68', 'Englewood'] },
    ],
    department: [{ value: 'Streets and Sanitation', label: 'Streets and Sanitation', token: 'Streets-and-Sanitation' }],
    language: [{ value: 'es', label: 'Spanish', token: 'es', aliases: ['Spanish', 'Español'] }],
  };
  it('takes prefixes anywhere and keeps the rest as typed', () => {
    expect(parseCaptureLine('#light @68 !streets ~es ¿Cuándo arreglan las luces? 🙏', options)).toMatchObject({
      text: '¿Cuándo arreglan las luces? 🙏', topicId: 'topic-lighting', areaId: 'a68', department: 'Streets and Sanitation', language: 'es', unmatched: [],
    });
    expect(parseCaptureLine('#vivienda renta', options).topicId).toBe('topic-housing');
    expect(parseCaptureLine('#nothing here', options)).toMatchObject({ text: '#nothing here', topicId: null, unmatched: [{ field: 'topic', word: 'nothing' }] });
    expect(parseCaptureLine('!Parks trees', options).department).toBe('Parks');
    expect(parseCaptureLine('   ', options).text).toBe('');
  });
  it('ranks a name that starts with the word first, and completes at the caret', () => {
    expect(suggest(options.area, 'Englew')[0].value).toBe('a68');
    const line = 'lights #lig out';
    const token = tokenAtCaret(line, 11)!;
    expect(token).toMatchObject({ field: 'topic', word: 'lig' });
    expect(applySuggestion(line, token, '#', suggest(options.topic, 'lig')[0])).toEqual({ line: 'lights #lighting out', caret: 17 });
  });
  it('reads a very long line of tokens (issue 8: 16 s before) with the same answers as short ones', () => {
    // 300 areas so a lookup that walks the options shows; every kind of token, repeated and distinct.
    const many: CaptureOptions = {
      ...options,
      area: Array.from({ length: 300 }, (_, i) => ({ value: `a${i}`, label: `${i + 1} Área ${i} Norte`, token: `Area-${i}-Norte`, aliases: [String(i + 1)] })),
    };
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(i % 4 === 0 ? `@nowhere${i}` : i % 4 === 1 ? '#light' : i % 4 === 2 ? `palabra${i}` : `~xx${i}`);
    words.push('@area-299-norte', '!parks');
    const parsed = parseCaptureLine(words.join(' '), many);
    expect(parsed.areaId).toBe('a299');
    expect(parsed.topicId).toBe('topic-lighting');
    expect(parsed.department).toBe('parks');
    expect(parsed.language).toBeNull();
    expect(parsed.unmatched).toHaveLength(10_000);
    expect(parsed.unmatched[0]).toEqual({ field: 'area', word: 'nowhere0' });
    expect(parsed.unmatched[1]).toEqual({ field: 'language', word: 'xx3' });
    expect(parsed.text.startsWith('@nowhere0 palabra2 ~xx3 @nowhere4 palabra6')).toBe(true);
    expect(parsed.text.split(' ')).toHaveLength(15_000);
  });
  it('picks, for every word, the option the ranked suggestions put first', () => {
    const words = ['englewood', 'west', 'eng', 'glew', '67', '68', 'wood', 'west-englewood', 'x', 'ood', 'light', 'viv', 'ing', 'Español', 'span', 'ñ'];
    for (const word of words) {
      for (const [prefix, field] of [['@', 'area'], ['#', 'topic'], ['~', 'language']] as const) {
        const first = suggest(options[field], word, 1)[0]?.value ?? null;
        const parsed = parseCaptureLine(`text ${prefix}${word}`, options);
        expect([word, field, parsed[field === 'area' ? 'areaId' : field === 'topic' ? 'topicId' : 'language']]).toEqual([word, field, first]);
      }
    }
  });
});

describe('questions CSV', () => {
  const areas: Area[] = [{ version: 1, id: 'a68', number: 68, name: 'Englewood', priority: false, createdAt: AT, updatedAt: AT }];
  const lookups = { topics: DEFAULT_TOPICS, areas };
  it('reads a BOM, quoted newlines and semicolons, and guesses Spanish headers', () => {
    const parsed = readCsv('\uFEFFpregunta;tema;barrio;votos\n"Primera línea\nsegunda línea";Vivienda;68;2\n');
    expect(parsed.headers).toEqual(['pregunta', 'tema', 'barrio', 'votos']);
    const mapping = guessMapping(parsed.headers);
    expect(mapping).toEqual({ text: 'pregunta', topic: 'tema', area: 'barrio', meToo: 'votos' });
    expect(checkQuestionsCsv(parsed, mapping, lookups)).toEqual({
      errors: [],
      rows: [
        {
          line: 2,
          text: 'Primera línea\nsegunda línea',
          topicId: 'topic-housing',
          areaId: 'a68',
          department: null,
          language: null,
          askedBy: null,
          meToo: 2,
          translation: '',
          // A paper slip: no number, a new question, shown, not merged, no answer or follow-up.
          number: null,
          status: 'new',
          mergedInto: null,
          notDuplicateOf: [],
          statusBeforeMerge: null,
          answer: '',
          translationLanguage: null,
          answerLanguage: null,
          answerTranslation: '',
          answeredBy: '',
          followUp: null,
          visibility: 'shown',
          source: 'slip',
          createdAt: null,
          privacy: { hide: [], release: [], reviewedAt: null },
        },
      ],
    });
  });
  it('reports every bad row and imports nothing', () => {
    const parsed = readCsv('text,topic,area,me too\n ,Housing,,\n\nok,Nope,,\nok,,99,\nok,,,-1\n' + `"${'x'.repeat(20_001)}",,,\n`);
    const r = checkQuestionsCsv(parsed, { text: 'text', topic: 'topic', area: 'area', meToo: 'me too' }, lookups);
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 4, 5, 6, 7]);
  });
  it('refuses missing columns, an empty file and a wrong encoding', () => {
    expect(checkQuestionsCsv(readCsv('a,b\n1,2\n'), { text: 'question' }, lookups).errors[0].message).toMatch(/no column named "question"/);
    expect(checkQuestionsCsv(readCsv(''), { text: 'text' }, lookups).errors[0].message).toMatch(/empty/);
    expect(checkQuestionsCsv(readCsv('text\nPeque\uFFFDa\n'), { text: 'text' }, lookups).errors[0].message).toMatch(/UTF-8/);
  });
  it('exports with a BOM, quotes and formula-safe cells', () => {
    const csv = questionsToCsv([q(1, '=HYPERLINK("x")\nline two, with comma')], { topicName: () => '', areaName: () => '', raised: new Map(), numberOf: () => '' });
    expect(csv.startsWith('\uFEFFnumber,text')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")\nline two, with comma"`);
  });
});
