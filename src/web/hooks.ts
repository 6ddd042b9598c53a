// Data loading and form submission hooks shared by every page.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, newIdempotencyKey, type FieldError } from './api.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/** GETs `path` (nothing when null) and again whenever the path changes or reload() is called. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    api
      .get<T>(path, controller.signal)
      .then((result) => {
        setData(result);
        setError(null);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if ((caught as Error).name === 'AbortError') return;
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'errors.internal', ''));
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}

/** Sets the document title: "<page> – Polku". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

/** The user-facing text of an error key, in the user's language. */
export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (messageKey: string, fallback?: string, params?: Record<string, string | number>) => {
      const key = messageKey.startsWith('errors.') ? messageKey : `errors.${messageKey}`;
      return t(key, { ...(params ?? {}), defaultValue: fallback || t('errors.validation') });
    },
    [t],
  );
}

export interface Submission {
  submitting: boolean;
  /** Field path → message in the user's language. */
  fieldErrors: Record<string, string>;
  /** A message for the whole form (not tied to a field), or null. */
  formError: string | null;
  /** The confirmation of the last successful save, for the aria-live region. */
  saved: string | null;
  onSubmit(event?: FormEvent): void;
  /** Errors found in the browser before sending (e.g. a required field left empty). */
  setClientErrors(errors: Record<string, string>): void;
  reset(): void;
}

interface SubmitOptions<T> {
  /** Checks the form in the browser; returns field path → error key, or nothing. */
  validate?: () => Record<string, string | undefined> | void;
  send: (idempotencyKey: string) => Promise<T>;
  onSuccess?: (result: T) => void;
  savedText?: string;
}

/**
 * Submits a form once at a time. Each submission gets a fresh Idempotency-Key; a submission that
 * got no answer at all (network failure) is retried with the same key, so it cannot create twice.
 */
export function useSubmit<T>(options: SubmitOptions<T>): Submission {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const pendingKey = useRef<string | null>(null);
  const busy = useRef(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const onSubmit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (busy.current) return;
      const { validate, send, onSuccess, savedText } = optionsRef.current;
      const clientErrors = Object.entries(validate?.() ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
      if (clientErrors.length > 0) {
        const texts: Record<string, string> = {};
        for (const [path, key] of clientErrors) texts[path] = errorText(key);
        setFieldErrors(texts);
        setFormError(null);
        setSaved(null);
        return;
      }
      busy.current = true;
      setSubmitting(true);
      setSaved(null);
      const key = pendingKey.current ?? newIdempotencyKey();
      pendingKey.current = key;
      send(key)
        .then((result) => {
          pendingKey.current = null;
          setFieldErrors({});
          setFormError(null);
          setSaved(savedText ?? t('common.saved'));
          onSuccess?.(result);
        })
        .catch((caught: unknown) => {
          const error = caught instanceof ApiError ? caught : new ApiError(0, 'errors.internal', '');
          if (error.status !== 0) pendingKey.current = null;
          const texts: Record<string, string> = {};
          for (const fieldError of error.fieldErrors as FieldError[]) {
            texts[fieldError.path] ??= errorText(fieldError.messageKey, fieldError.message, fieldError.params);
          }
          setFieldErrors(texts);
          const hasFieldErrors = Object.keys(texts).length > 0;
          setFormError(
            hasFieldErrors && error.messageKey === 'errors.validation'
              ? null
              : errorText(error.messageKey, error.title, { ...(error.params ?? {}), seconds: error.retryAfterSeconds ?? '' }),
          );
        })
        .finally(() => {
          busy.current = false;
          setSubmitting(false);
        });
    },
    [t, errorText],
  );

  const setClientErrors = useCallback(
    (errors: Record<string, string>) => {
      const texts: Record<string, string> = {};
      for (const [path, key] of Object.entries(errors)) texts[path] = errorText(key);
      setFieldErrors(texts);
    },
    [errorText],
  );

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { submitting, fieldErrors, formError, saved, onSubmit, setClientErrors, reset };
}

/** Form values kept in one object, with a setter per field. */
export function useFields<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);
  const resetValues = useCallback((next?: T) => setValues(next ?? initial), [initial]);
  return { values, set, setValues, resetValues };
}
