import { describe, expect, it } from 'vitest';
import { applyChoices, differingFields, suggestedChoices } from '../../../renderer/app/conflicts/field-choices';

describe('conflict dialog: field by field', () => {
  const base = { answer: '', topicId: '', department: '', text: 'Streetlights on 63rd?' };
  const theirs = { answer: 'By June 15.', topicId: '', department: 'Streets', text: 'Streetlights on 63rd?' };
  const mine = { answer: '', topicId: 'topic-lighting', department: 'Transportation', text: 'Streetlights on 63rd?' };

  it('lists every field the two sides hold differently, with the side that changed it suggested', () => {
    const diffs = differingFields(base, mine, theirs);
    expect(diffs.map((d) => [d.key, d.suggested, d.changedByMe, d.changedByThem])).toEqual([
      ['answer', 'theirs', false, true],
      ['topicId', 'mine', true, false],
      ['department', null, true, true],
    ]);
    expect(suggestedChoices(diffs)).toEqual({ answer: 'theirs', topicId: 'mine' });
  });

  it('keeps both sides’ changes and the person’s choice where both changed a field', () => {
    const diffs = differingFields(base, mine, theirs);
    expect(applyChoices(mine, theirs, { ...suggestedChoices(diffs), department: 'mine' })).toEqual({ answer: 'By June 15.', topicId: 'topic-lighting', department: 'Transportation', text: 'Streetlights on 63rd?' });
    expect(applyChoices(mine, theirs, { answer: 'mine', topicId: 'theirs', department: 'theirs' })).toEqual({ answer: '', topicId: '', department: 'Streets', text: 'Streetlights on 63rd?' });
  });

  it('compares lists and records by value, and finds nothing to ask when both saved the same', () => {
    expect(differingFields({ areaIds: ['a'] }, { areaIds: ['a', 'b'] }, { areaIds: ['a', 'b'] })).toEqual([]);
    expect(differingFields({ p: [{ name: 'x' }] }, { p: [{ name: 'y' }] }, { p: [{ name: 'x' }] }).map((d) => d.suggested)).toEqual(['mine']);
    expect(differingFields({ n: null }, { n: null }, { n: 0 }).map((d) => d.key)).toEqual(['n']);
  });
});

describe('conflict dialog: a scenario compared field by field', async () => {
  const { contentOf, scenarioFields } = await import('../../../renderer/exercises/editor/scenario-fields');
  const content = {
    overview: { title: { en: 'Wabash Court' }, summary: { en: 'A shooting at dismissal.' } },
    capabilities: [{ id: 'ops', name: { en: 'Operational coordination' } }],
    objectives: [],
    roles: [],
    modules: [
      { title: { en: 'Module 1' }, minutes: 20, injects: [], questionGroups: [] },
      { title: { en: 'Module 2' }, minutes: 30, injects: [], questionGroups: [] },
    ],
    resources: [],
  };

  it('splits into overview fields and modules, and puts them back together', () => {
    const fields = scenarioFields(content as never);
    expect(Object.keys(fields)).toContain('modules.1');
    expect(contentOf(fields)).toEqual(content);
  });

  it('keeps two people’s edits of different modules', () => {
    const base = scenarioFields(content as never);
    const mine = { ...base, 'modules.0': { ...content.modules[0], minutes: 25 } };
    const theirs = { ...base, 'modules.1': { ...content.modules[1], minutes: 35 } };
    const diffs = differingFields(base, mine, theirs);
    const merged = contentOf(applyChoices(mine, theirs, suggestedChoices(diffs)));
    expect(merged.modules.map((m) => m.minutes)).toEqual([25, 35]);
  });
});
