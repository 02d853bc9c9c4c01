import { ApiError } from '../../shared/contract';

/**
 * Splits an `invalid_input` error's issues into the ones a form can show beside its fields and
 * the rest. Issues name the field by path (`name`, `number`, ...).
 */
export function fieldErrorsFrom<F extends string>(error: unknown, fields: readonly F[]): { fields: Partial<Record<F, string>>; unmatched: boolean } {
  const result: Partial<Record<F, string>> = {};
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.issues?.length) return { fields: result, unmatched: true };
  let unmatched = false;
  for (const issue of error.issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`) || issue.path.startsWith(`${f}[`));
    if (field && !result[field]) result[field] = issue.message;
    else if (!field) unmatched = true;
  }
  return { fields: result, unmatched };
}
