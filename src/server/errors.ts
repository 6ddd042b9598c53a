// Errors carry an internal message (for logs) apart from a user-facing message key (for fi/sv/en).
// Every error reaches the client as application/problem+json without a stack trace.

export interface FieldError {
  /** JSON path of the field, e.g. "backgroundFactors.0.unemploymentMonths". */
  path: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: string,
    internalMessage?: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(internalMessage ?? messageKey);
  }
}

export const notFound = (what = 'record') => new AppError(404, 'errors.notFound', `${what} not found or out of scope`);
export const forbidden = (why = 'role may not do this') => new AppError(403, 'errors.forbidden', why);
export const unauthorized = () => new AppError(401, 'errors.unauthorized', 'no valid session');
export const conflict = (messageKey = 'errors.conflict', why?: string) => new AppError(409, messageKey, why);
/** A request whose fields are well formed but break a rule: names the field. */
export const invalidField = (path: string, messageKey: string, params?: FieldError['params']) =>
  new AppError(422, 'errors.validation', `${path}: ${messageKey}`, [{ path, messageKey, params }]);
