import { ApiError, type FieldIssue } from '../../shared/contract';
import { localizedServerMessage } from '../app/server-messages';

/**
 * The issues behind the texts said lately, by text: a problem already on screen is said again in
 * the new language when the UI's language changes (`sayAgain`), without the form keeping keys.
 * Bounded: the oldest texts are forgotten first.
 */
const SAID = new Map<string, FieldIssue>();
const SAID_MAX = 1000;

/** One validation problem in the UI's language (its key, `serverMessages.validation.*`), else the services' sentence. */
export function issueText(issue: FieldIssue): string {
  const text = localizedServerMessage(issue);
  SAID.delete(text);
  SAID.set(text, issue);
  if (SAID.size > SAID_MAX) SAID.delete(SAID.keys().next().value as string);
  return text;
}

/** A problem's text in the UI's language now: said again from its issue when it came from one, else as it is. */
export function sayAgain(text: string): string {
  const issue = SAID.get(text);
  return issue ? issueText(issue) : text;
}

/**
 * Splits an `invalid_input` error's issues into the ones a form can show beside its fields (in the
 * UI's language) and the rest. Issues name the field by path (`name`, `followUp.owner`, ...): a
 * field takes the issues at its path and under it; `aliases` maps other paths to a field
 * (`{ 'followUp.owner': 'owner' }`).
 */
export function fieldErrorsFrom<F extends string>(error: unknown, fields: readonly F[], aliases: Readonly<Record<string, F>> = {}): { fields: Partial<Record<F, string>>; unmatched: boolean } {
  const result: Partial<Record<F, string>> = {};
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.issues?.length) return { fields: result, unmatched: true };
  let unmatched = false;
  const under = (path: string, f: string) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`);
  for (const issue of error.issues) {
    const alias = Object.keys(aliases).find((a) => under(issue.path, a));
    const field = alias ? aliases[alias] : fields.find((f) => under(issue.path, f));
    if (field && !result[field]) result[field] = issueText(issue);
    else if (!field) unmatched = true;
  }
  return { fields: result, unmatched };
}
