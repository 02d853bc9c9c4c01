import { describe, expect, it } from 'vitest';
import { contract, invalidInput, refusedField } from '../../../shared/contract';
import { latestDateOnEarth } from '../../../shared/model/resources/inputs';
import en from '../../../renderer/app/i18n/en.json';
import es from '../../../renderer/app/i18n/es.json';

/** Issue 9 item 3: a service's rules across fields are the contract's, each problem at its field, by key. */
const base = { organizationId: 'org-1', name: 'Weekend groceries' };
const problems = (input: Record<string, unknown>) => {
  const parsed = contract['resources.saveService'].input.safeParse({ ...base, ...input });
  return parsed.success ? [] : invalidInput(parsed.error).issues!.map((i) => [i.path, i.key, i.params]);
};

describe('service rules', () => {
  it('refuses more places available than in total, on the available field, naming the total', () => {
    expect(problems({ capacity: [{ available: 25, maximum: 10, unit: 'households', updated: '' }] })).toEqual([['capacity[0].available', 'validation.availableOverMaximum', { maximum: 10 }]]);
    expect(problems({ capacity: [{ available: 10, maximum: 10, unit: '', updated: '' }, { available: 3, maximum: null, unit: '', updated: '' }] })).toEqual([]);
  });

  it('refuses a "last verified" date in the future anywhere on Earth, and takes today', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(latestDateOnEarth(now)).toBe('2026-03-02');
    expect(latestDateOnEarth(new Date('2026-03-01T09:00:00Z'))).toBe('2026-03-01');
    const tomorrowEverywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(problems({ lastVerified: tomorrowEverywhere })).toEqual([['lastVerified', 'validation.futureDate', undefined]]);
    expect(problems({ lastVerified: new Date().toISOString().slice(0, 10) })).toEqual([]);
  });

  it('refuses a minimum age above the maximum age', () => {
    expect(problems({ minimumAge: 18, maximumAge: 12 })).toEqual([['minimumAge', 'validation.minimumAgeOverMaximum', { maximum: 12 }]]);
  });

  it('service-side refusals name their field by key too', () => {
    const e = refusedField('areaId', 'unknownArea', 'That community area no longer exists. Choose another.');
    expect([e.code, e.key, e.issues]).toEqual(['invalid_input', 'validation.unknownArea', [{ path: 'areaId', message: 'That community area no longer exists. Choose another.', key: 'validation.unknownArea' }]]);
  });

  it('every new key is said in English and Spanish', () => {
    for (const key of ['availableOverMaximum', 'futureDate', 'minimumAgeOverMaximum', 'unknownArea', 'unknownTopic', 'unknownCategory', 'beforeStart']) {
      expect((en.serverMessages.validation as Record<string, string>)[key], key).toBeTruthy();
      expect((es.serverMessages.validation as Record<string, string>)[key], key).toBeTruthy();
    }
  });
});
