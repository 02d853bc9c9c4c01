import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuestionsCsv, DEFAULT_DUPLICATE_THRESHOLD, questionSimilarity, raisedCounts, readCsv, suggestDuplicates } from '../../../shared/logic';
import { evaluateDuplicates, question } from '../../support/duplicates-eval';

describe('field case 10: a Spanish slip whose translation repeats an English question', () => {
  it('is suggested as its duplicate', () => {
    const csv = readFileSync(new URL('../../../../shared/field-cases/10-duplicates-ignore-translation/questions.csv', import.meta.url), 'utf8');
    const { rows, errors } = checkQuestionsCsv(readCsv(csv), { text: 'text', language: 'language', translation: 'translation' }, { topics: [], areas: [] });
    expect(errors).toEqual([]);
    const qs = rows.map((r, i) => question(i + 1, r.text, r.translation));
    const found = suggestDuplicates(qs, raisedCounts(qs));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ keepId: 'q1', mergeId: 'q2', score: 1 });
  });
});

describe('duplicate suggestions with less noise', () => {
  it('does not offer opposite opinions on the same subject', () => {
    for (const [a, b] of [
      ['We want more police patrols on our block.', 'We want less police patrols on our block.'],
      ['We want police cameras on Kedzie.', "We don't want police cameras on Kedzie."],
      ['Queremos cámaras de la policía en Kedzie.', 'No queremos cámaras de la policía en Kedzie.'],
      ['Chcemy więcej patroli policji na osiedlu.', 'Chcemy mniej patroli policji na osiedlu.'],
    ]) {
      const qs = [question(1, a), question(2, b)];
      expect(questionSimilarity(qs[0], qs[1]).opposite, `${a} / ${b}`).toBe(true);
      expect(suggestDuplicates(qs, raisedCounts(qs)), `${a} / ${b}`).toEqual([]);
    }
    // A question that merely says "not" is not an opinion against the other.
    const same = [question(1, 'Why are the lights on 63rd not fixed?'), question(2, 'When will the lights on 63rd be fixed?')];
    expect(questionSimilarity(same[0], same[1]).opposite).toBe(false);
  });

  it('sees "we don\u2019t want more X, we want Y" as against "we want more X", in English, Spanish and Polish (a new user\u2019s town hall)', () => {
    for (const [a, b] of [
      ['We want more police patrols on 31st Street at night', "We don't want more police patrols on 31st Street, we want youth programs instead"],
      ['Queremos más patrullas de policía en la calle 31', 'No queremos más patrullas de policía en la calle 31, queremos empleos para los jóvenes'],
      ['Chcemy więcej patroli policji na ulicy 31', 'Nie chcemy więcej patroli policji na ulicy 31, chcemy pracy dla młodzieży'],
      // Without "more": the thing one wants is the thing the other does not.
      ['We want cameras on Kedzie', "We don't want cameras on Kedzie, we want more lights"],
      ['Necesitamos cámaras en Kedzie', 'No queremos cámaras en Kedzie, necesitamos más luz'],
    ]) {
      const qs = [question(1, a), question(2, b)];
      expect(questionSimilarity(qs[0], qs[1]).opposite, `${a} / ${b}`).toBe(true);
      expect(questionSimilarity(qs[1], qs[0]).opposite, `${b} / ${a}`).toBe(true);
    }
    // Not wanting something else is no opinion against the question.
    for (const [a, b] of [
      ['We need the streetlights on 63rd fixed', "We don't want to wait any longer, we need the streetlights on 63rd fixed"],
      ['Necesitamos arreglar las luces de la calle 63', 'No queremos esperar más, necesitamos arreglar las luces de la calle 63'],
    ]) {
      const qs = [question(1, a), question(2, b)];
      expect(questionSimilarity(qs[0], qs[1]).opposite, `${a} / ${b}`).toBe(false);
    }
  });

  it('weighs the place name most questions share little (IDF over the town hall)', () => {
    const place = (s: string) => `Englewood ${s} Englewood`;
    const qs = [question(1, place('summer jobs for teenagers?')), question(2, place('broken streetlights on Halsted?')), ...Array.from({ length: 20 }, (_, i) => question(i + 3, place(`topic number ${i} item${i}`)))];
    expect(suggestDuplicates(qs, raisedCounts(qs))).toEqual([]);
  });

  it('finds every pair at or above the threshold (prefix filter against brute force)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Words the stemmer keeps as they are (short, no suffix), so the brute force can weigh the same terms.
    const vocab = Array.from({ length: 60 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    const qs = Array.from({ length: 150 }, (_, i) => question(i + 1, Array.from({ length: 3 + Math.floor(rand() * 6) }, () => vocab[Math.floor(rand() ** 2 * vocab.length)]).join(' '), rand() < 0.3 ? Array.from({ length: 4 }, () => vocab[Math.floor(rand() * vocab.length)]).join(' ') : ''));
    const found = new Set(suggestDuplicates(qs, raisedCounts(qs)).map((s) => [s.keepId, s.mergeId].sort().join('|')));
    // Brute force with the same IDF weights.
    const df = new Map<string, number>();
    const terms = qs.map((q) => new Set(`${q.text} ${q.translation}`.split(' ').filter(Boolean)));
    for (const t of terms) for (const w of t) df.set(w, (df.get(w) ?? 0) + 1);
    const weight = (w: string) => Math.log((qs.length + 1) / (df.get(w) ?? 1)) + 1;
    let expected = 0;
    for (let i = 0; i < qs.length; i++) {
      for (let j = i + 1; j < qs.length; j++) {
        const r = questionSimilarity(qs[i], qs[j], weight);
        if (r.score >= DEFAULT_DUPLICATE_THRESHOLD && !r.opposite) {
          expected++;
          expect(found.has([qs[i].id, qs[j].id].sort().join('|')), `${qs[i].text} / ${qs[j].text}`).toBe(true);
        }
      }
    }
    expect(found.size).toBe(expected);
    expect(expected).toBeGreaterThan(5);
  });

  it('has the precision and recall on the labelled bilingual pairs that npm run bench prints', () => {
    const r = evaluateDuplicates();
    expect(r.pairs).toBeGreaterThanOrEqual(100);
    expect(r.precision, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(r.recall, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
