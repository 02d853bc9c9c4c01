import { z } from 'zod';
import { MessageParams } from '../model/message';

/**
 * `unauthorized`: no session (HTTP 401); `forbidden`: a session whose role may not do this, or a
 * request from another site (403); `rate_limited`: too many requests from one device or address (429).
 */
export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'storage', 'too_large', 'internal', 'unauthorized', 'forbidden', 'rate_limited'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorBody = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** For invalid_input: where and what, e.g. `{ path: 'name', message: 'must not be empty' }`. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** The message's key and values, for the UI's own language (see shared/model/message.ts). */
  key: z.string().optional(),
  params: MessageParams.optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Errors cross every boundary as data: `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  key?: string;
  params?: MessageParams;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The same error, with the key (and values) the UI translates it by. */
  static localized(code: ErrorCode, key: string, params: MessageParams | undefined, english: string): ApiError {
    const error = new ApiError(code, english);
    error.key = key;
    error.params = params;
    return error;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.key) body.key = this.key;
    if (this.params) body.params = this.params;
    return body;
  }

  static fromBody(body: ApiErrorBody): ApiError {
    const error = new ApiError(body.code, body.message, body.issues);
    error.key = body.key;
    error.params = body.params;
    return error;
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  storage: 500,
  internal: 500,
};

/** Turns zod issues into `path: message` pairs a person can read. */
export function issuesFrom(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join('') || '(input)',
    message: i.message,
  }));
}

export function invalidInput(error: z.ZodError): ApiError {
  const issues = issuesFrom(error);
  const first = issues[0];
  return new ApiError('invalid_input', first ? `Invalid input: ${first.path}: ${first.message}` : 'Invalid input.', issues);
}
