import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidInput } from '../../../shared/contract';
import { ScenarioTime } from '../../../shared/model/exercises/scenario';
import en from '../../../renderer/app/i18n/en.json';
import es from '../../../renderer/app/i18n/es.json';

/** Validation problems carry keys the UI says in its language (shared/contract/validation.ts). */
function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a problem');
  return invalidInput(parsed.error);
}

const Form = z.object({
  title: z.string().min(1, 'must not be empty').max(200),
  correctiveAction: z.string().min(1, 'say what will be done'),
  minutes: z.number().int('must be whole minutes').min(1, 'must be at least 1 minute'),
  status: z.enum(['open', 'closed']),
  email: z.email(),
  time: ScenarioTime,
  capabilities: z.array(z.string()).min(1, 'name at least one capability'),
});

describe('validation problems by key', () => {
  const error = issuesOf(Form, { title: '', correctiveAction: '', minutes: 1.5, status: 'maybe', email: 'nope', time: 'about 5', capabilities: [] });

  it('maps our sentences and zod codes to keys, once, with their values', () => {
    expect(Object.fromEntries(error.issues!.map((i) => [i.path, i.key]))).toEqual({
      title: 'validation.required',
      correctiveAction: 'validation.correctiveActionRequired',
      minutes: 'validation.wholeMinutes',
      status: 'validation.choice',
      email: 'validation.email',
      time: 'validation.time',
      capabilities: 'validation.capabilityRequired',
    });
    expect(error.key).toBe('validation.required');
    const long = issuesOf(Form.pick({ title: true }), { title: 'x'.repeat(201) }).issues![0];
    expect([long.key, long.params]).toEqual(['validation.tooLong', { maximum: 200 }]);
    expect(issuesOf(Form.pick({ title: true }), {}).issues![0].key).toBe('validation.required');
  });

  it('every key it can give is said in English and in Spanish', () => {
    const source = Object.keys((en as any).serverMessages.validation);
    expect(Object.keys((es as any).serverMessages.validation).sort()).toEqual(source.sort());
    for (const issue of error.issues!) expect(source).toContain(issue.key!.replace('validation.', ''));
  });
});
