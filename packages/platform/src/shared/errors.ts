// Errors the platform raises for callers: each has an HTTP status and a Chinese message, and field
// errors name the field. The HTTP layer turns them into {error, errors:[{path, message}]}.

export interface FieldError {
  path: string;
  message: string;
}

export class PlatformError extends Error {
  constructor(
    public readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 428 | 429 | 502,
    message: string,
    public readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

export const badInput = (errors: FieldError[]): PlatformError => new PlatformError(400, '输入有误', errors);
export const fieldError = (path: string, message: string): PlatformError => badInput([{ path, message }]);
export const notFound = (what: string): PlatformError => new PlatformError(404, `未找到${what}`);
export const forbidden = (why: string): PlatformError => new PlatformError(403, `无权操作：${why}`);
export const conflict = (why: string): PlatformError => new PlatformError(409, why);
/** 428 Precondition Required: the change needs the version the caller last saw (If-Match). */
export const preconditionRequired = (why: string): PlatformError => new PlatformError(428, why);

/** Maps PostgreSQL's unique-violation (23505) to a 409 with a Chinese reason. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

/** A refusal raised by one of the database's own checks (a trigger's `raise … using errcode`), by its code. */
export function isDbCheck(e: unknown, code: string): e is { code: string; message: string } {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === code;
}
