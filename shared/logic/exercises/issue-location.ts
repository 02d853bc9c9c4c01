import type { z } from 'zod';
import type { FileIssue } from '../../model';

/** `['modules', 2, 'injects', 0, 'time']` → `modules[2].injects[0].time`. */
export function locationOf(path: readonly PropertyKey[]): string {
  return path.map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join('') || '(file)';
}

/** Every problem zod found, by location, in file order. */
export function fileIssues(error: z.ZodError): FileIssue[] {
  return error.issues.map((i) => {
    // "unrecognized keys" names them: say which, so a typo in a field name is easy to find.
    const keys = 'keys' in i && Array.isArray(i.keys) ? i.keys : null;
    const message = keys ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` : i.message;
    return { location: locationOf(i.path), message };
  });
}
