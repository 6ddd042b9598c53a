// The API client: cookies for the session, the CSRF token on every change, an Idempotency-Key per
// form submission, and problem+json errors turned into an ApiError with field errors.

export interface FieldError {
  /** Dotted path of the field, e.g. "backgroundFactors.0.unemploymentMonths". */
  path: string;
  messageKey: string;
  message?: string;
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: string,
    readonly title: string,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
    readonly params?: Record<string, string | number>,
  ) {
    super(title || messageKey);
  }
}

let csrfToken: string | null = null;
let language = 'fi';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called when a request answers 401 while we believed we were signed in. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** A random UUID; crypto.randomUUID exists only in secure contexts, so build one by hand otherwise. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function normalisePath(path: unknown): string {
  const text = Array.isArray(path) ? path.join('.') : String(path ?? '');
  return text.replace(/^\/+/, '').replace(/\//g, '.').replace(/^body\./, '');
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page, for instance): fall back to the status.
  }
  const fallbackKey =
    response.status === 401
      ? 'errors.unauthorized'
      : response.status === 403
        ? 'errors.forbidden'
        : response.status === 404
          ? 'errors.notFound'
          : response.status === 409
            ? 'errors.conflict'
            : response.status === 429
              ? 'errors.tooManyAttempts'
              : response.status === 400 || response.status === 422
                ? 'errors.validation'
                : 'errors.internal';
  const rawErrors = Array.isArray(body.errors) ? (body.errors as Record<string, unknown>[]) : [];
  const fieldErrors: FieldError[] = rawErrors.map((e) => ({
    path: normalisePath(e.path),
    messageKey: typeof e.messageKey === 'string' ? e.messageKey : 'errors.validation',
    message: typeof e.message === 'string' ? e.message : undefined,
    params: (e.params as FieldError['params']) ?? undefined,
  }));
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError(
    response.status,
    typeof body.messageKey === 'string' ? body.messageKey : fallbackKey,
    typeof body.title === 'string' ? body.title : '',
    fieldErrors,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    (body.params as ApiError['params']) ?? undefined,
  );
}

export interface RequestOptions {
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  const changes = method !== 'GET' && method !== 'HEAD';
  if (changes && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'errors.network', '');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) => request<T>('POST', path, { body: body ?? {}, idempotencyKey }),
  put: <T>(path: string, body?: unknown, idempotencyKey?: string) => request<T>('PUT', path, { body: body ?? {}, idempotencyKey }),
  patch: <T>(path: string, body?: unknown, idempotencyKey?: string) => request<T>('PATCH', path, { body: body ?? {}, idempotencyKey }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
