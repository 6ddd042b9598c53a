// Small building blocks: loading and error states, the form shell with its error summary and
// save confirmation, tables that scroll on a phone, badges and definition lists.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorSummary, Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import type { ApiError } from '../api.ts';
import { useErrorText, type Submission } from '../hooks.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <LoadingSpinner text={label ?? t('common.loading')} textAlign="right" variant="small" status="loading" />
    </div>
  );
}

export function LoadError({ error }: { error: ApiError }) {
  const errorText = useErrorText();
  return (
    <div role="alert" className="load-error">
      <InlineAlert status="error">{errorText(error.messageKey, error.title)}</InlineAlert>
    </div>
  );
}

/** Shows what is loading, what failed or the content once `data` is there. */
export function Async<T>({ state, children }: { state: { data: T | undefined; error: ApiError | null; loading: boolean }; children(data: T): ReactNode }) {
  if (state.error) return <LoadError error={state.error} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

/** The polite live region that confirms a save; always in the page so that changes are announced. */
export function SaveStatus({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="save-status">
      {message ? <span className="save-status-text">{message}</span> : null}
    </div>
  );
}

export function FormShell({
  id,
  submission,
  submitLabel,
  children,
  secondary,
  className,
}: {
  id: string;
  submission: Submission;
  submitLabel: string;
  children: ReactNode;
  secondary?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errors = Object.entries(submission.fieldErrors);
  const errorCount = errors.length;

  useEffect(() => {
    if (errorCount > 0) headingRef.current?.focus();
  }, [submission.fieldErrors, errorCount]);

  return (
    <form id={id} className={className ? `form ${className}` : 'form'} noValidate onSubmit={(event: FormEvent) => submission.onSubmit(event)}>
      {errorCount > 0 ? (
        <ErrorSummary
          className="error-summary"
          headingRef={headingRef}
          headingVariant="h3"
          headingText={t('common.errorSummary', { count: errorCount })}
          items={errors.map(([path, text]) => ({ text, inputId: fieldId(id, path) }))}
        />
      ) : null}
      {children}
      <div role="alert" className="form-error">
        {submission.formError ? <InlineAlert status="error">{submission.formError}</InlineAlert> : null}
      </div>
      <div className="form-actions">
        {submission.submitting ? (
          <Button type="submit" loading ariaLoadingText={t('common.saving')} disabled>
            {submitLabel}
          </Button>
        ) : (
          <Button type="submit">{submitLabel}</Button>
        )}
        {secondary}
      </div>
      <SaveStatus message={submission.saved} />
    </form>
  );
}

/** The id of a field inside a form: the error summary links to it. */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Binds a field to a form: id, error and the error's removal when the user edits. */
export function bind(formId: string, submission: Submission, path: string) {
  return { id: fieldId(formId, path), error: submission.fieldErrors[path] };
}

export function Section({ title, children, level = 2, id, actions }: { title: string; children: ReactNode; level?: 2 | 3; id?: string; actions?: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id ? `${id}-title` : undefined}>
      <div className="section-head">
        <Heading variant={level === 2 ? 'h2' : 'h3'} id={id ? `${id}-title` : undefined}>
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <Paragraph className="empty">{children}</Paragraph>;
}

/** A table inside a region that can scroll sideways on a narrow screen and be reached by keyboard. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'warning' | 'alert' | 'success'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value === '' || value === null || value === undefined ? '–' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
