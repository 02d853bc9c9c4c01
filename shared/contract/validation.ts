import type { z } from 'zod';
import type { MessageParams } from '../model/message';

/**
 * Validation problems as a person reads them: every zod issue gets a message key (said by the UI
 * as `serverMessages.validation.<key>` in its own language) and its values. This is the one place
 * where zod issue codes, and the sentences our schemas give their rules, become keys; the English
 * message stays beside it for logs, scripts and any key a catalog lacks.
 */
export interface IssueKey {
  key: string;
  params?: MessageParams;
}

/** Our schemas' own sentences (`.min(1, 'say what will be done')`), by their English text. */
const SENTENCES: Readonly<Record<string, string>> = {
  'must not be empty': 'required',
  empty: 'required',
  'type something to capture': 'required',
  'English text must not be empty': 'englishRequired',
  'say what will be done': 'correctiveActionRequired',
  'needs a department': 'departmentRequired',
  'name at least one capability': 'capabilityRequired',
  'must be at least 1 minute': 'minutesMin',
  'must be at most 600 minutes': 'minutesMax',
  'must be whole minutes': 'wholeMinutes',
  'add at least one question': 'questionRequired',
  'add at least one module': 'moduleRequired',
  'expected a time like 00:15': 'time',
  'must be a date like 2025-03-14': 'date',
  'must be a date like 2024-05-31': 'date',
  'use letters, digits, dashes, dots or underscores': 'slug',
  'must be letters, digits, _ . : or -': 'slug',
  'must be at most 60 characters': 'tooLong',
  tooLong: 'tooLong',
  'an update must name the version it was based on': 'versionMissing',
  'available capacity is more than the total capacity': 'availableOverMaximum',
  'must not be in the future': 'futureDate',
  'minimum age is above the maximum age': 'minimumAgeOverMaximum',
  'is before the start date': 'beforeStart',
  'must be an email address': 'email',
  'must be a web address': 'url',
  'must be a phone number': 'phone',
};

/** Sentences with a value in them. */
const PATTERNS: readonly [RegExp, string, string][] = [
  [/^unknown role (.+); declare it under roles$/, 'unknownRole', 'id'],
  [/^unknown capability (.+); declare it under capabilities$/, 'unknownCapability', 'id'],
  [/^the id (.+) is used twice$/, 'duplicateId', 'id'],
];

type Issue = z.core.$ZodIssue;

/** The key and values of one zod issue (sentences first, then the issue's code). */
export function issueKey(issue: Issue): IssueKey {
  const sentence = SENTENCES[issue.message];
  if (sentence) {
    // A rule of ours (`ctx.addIssue({ code: 'custom', message, params })`) carries its own values.
    const own = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    if (own) return { key: sentence, params: own };
    const max = (issue as { maximum?: unknown }).maximum;
    return typeof max === 'number' || typeof max === 'bigint' ? { key: sentence, params: { maximum: Number(max) } } : { key: sentence };
  }
  for (const [pattern, key, param] of PATTERNS) {
    const m = pattern.exec(issue.message);
    if (m) return { key, params: { [param]: m[1] } };
  }
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? { key: 'required' } : { key: 'tooShort', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'listTooShort', params: { minimum } };
      return { key: issue.inclusive === false ? 'numberAbove' : 'numberMin', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'listTooLong', params: { maximum } };
      return { key: issue.inclusive === false ? 'numberBelow' : 'numberMax', params: { maximum } };
    }
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return { key: 'required' };
      if (issue.expected === 'int') return { key: 'wholeNumber' };
      if (issue.expected === 'number') return { key: 'number' };
      return { key: 'wrongKind' };
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') return { key: 'date' };
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'url') return { key: 'url' };
      return { key: 'format' };
    case 'invalid_value':
      return { key: 'choice' };
    case 'not_multiple_of':
      return { key: 'wholeNumber' };
    case 'unrecognized_keys':
      return { key: 'unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'invalid' };
  }
}
