import { z } from 'zod';
import { MessageParams } from '../model/message';
import { issueKey } from './validation';

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
  issues: z.array(z.object({ path: z.string(), message: z.string(), key: z.string().optional(), params: MessageParams.optional() })).optional(),
  /** The message's key and values, for the UI's own language (see shared/model/message.ts). */
  key: z.string().optional(),
  params: MessageParams.optional(),
  /** For conflict on a stale version: the record as it is now, so the UI can show both values. */
  current: z.unknown().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Errors cross every boundary as data: `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  key?: string;
  params?: MessageParams;
  /** For a stale-version conflict: the record as stored now. */
  current?: unknown;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
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
    if (this.current !== undefined) body.current = this.current;
    return body;
  }

  static fromBody(body: ApiErrorBody): ApiError {
    const error = new ApiError(body.code, body.message, body.issues);
    error.key = body.key;
    error.params = body.params;
    if (body.current !== undefined) error.current = body.current;
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

/**
 * One validation problem: where (`modules[3].injects[0].time`), the English sentence, and the key
 * and values the UI says it by (`serverMessages.validation.<key>`, see ./validation.ts).
 */
export interface FieldIssue {
  path: string;
  message: string;
  key?: string;
  params?: MessageParams;
}

/** Turns zod issues into `path: message` pairs a person can read, each with its message key. */
export function issuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const { key, params } = issueKey(i);
    return {
      path: i.path.map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join('') || '(input)',
      message: i.message,
      key: `validation.${key}`,
      ...(params ? { params } : {}),
    };
  });
}

export function invalidInput(error: z.ZodError): ApiError {
  const issues = issuesFrom(error);
  const first = issues[0];
  const refused = new ApiError('invalid_input', first ? `Invalid input: ${first.path}: ${first.message}` : 'Invalid input.', issues);
  // Said in the UI's language by the first problem's key (forms show each one beside its field).
  if (first?.key) {
    refused.key = first.key;
    refused.params = first.params;
  }
  return refused;
}

/**
 * A refusal that names its field: `invalid_input` with one issue at `path`, said in the UI's
 * language by `serverMessages.validation.<key>` (a form shows it beside that field); `english`
 * is the sentence for logs and scripts.
 */
export function refusedField(path: string, key: string, english: string, params?: MessageParams): ApiError {
  const issue: FieldIssue = { path, message: english, key: `validation.${key}`, ...(params ? { params } : {}) };
  const refused = new ApiError('invalid_input', english, [issue]);
  refused.key = issue.key;
  refused.params = params;
  return refused;
}
