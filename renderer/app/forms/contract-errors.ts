import { ApiError, contract, issuesFrom, type MethodName } from '../../../shared/contract';
import { fieldErrorsFrom } from '../../settings/field-errors';
import type { FieldErrors } from './use-field-errors';

/**
 * What the contract would refuse in `input` for `method`, by form field (the same words the
 * service would answer, in the UI's language): the live check behind `useFieldErrors`, so a
 * problem clears as soon as the field is right, without a round trip. Rules only the service can
 * check (a record that no longer exists) are not seen here.
 */
export function contractErrors<F extends string>(method: MethodName, input: unknown, fields: readonly F[], aliases: Readonly<Record<string, F>> = {}): FieldErrors<F> {
  const parsed = contract[method].input.safeParse(input);
  if (parsed.success) return {};
  return fieldErrorsFrom(new ApiError('invalid_input', '', issuesFrom(parsed.error)), fields, aliases).fields;
}
