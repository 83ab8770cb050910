/**
 * Domain errors with stable dotted codes. One `onError` in the API maps them to
 * RFC 9457 problem+json; nothing else decides HTTP statuses.
 */
export type FieldError = { field: string; message: string; code?: string };

export const problemStatus = {
  'request.invalid': 400,
  'request.cursor_invalid': 400,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'resource.not_found': 404,
  'lead.duplicate_firm': 409,
  'lead.stage_transition_invalid': 409,
  'space.unit_transition_invalid': 409,
  'space.unit_unavailable': 409,
  'project.milestone_invalid': 409,
  'blocker.transition_invalid': 409,
  'resource.conflict': 409,
  'resource.version_mismatch': 412,
  'request.precondition_required': 428,
  'idempotency.key_reused': 422,
  'idempotency.in_progress': 409,
  'request.rate_limited': 429,
} as const;

export type ProblemCode = keyof typeof problemStatus;

export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    /** Human-readable, Simplified Chinese: it reaches people. */
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
  get status(): number {
    return problemStatus[this.code];
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError('resource.not_found', `${what}不存在或无权访问`, [], { id });

export const invalid = (field: string, message: string, code = 'invalid') =>
  new DomainError('request.invalid', '请求参数有误', [{ field, message, code }]);

export const versionMismatch = (current?: number) =>
  new DomainError('resource.version_mismatch', '记录已被他人修改，请刷新后重试', [],
    current === undefined ? {} : { currentVersion: current });
