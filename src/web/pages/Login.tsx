// Sign-in with email and password. Wrong passwords and throttling are said plainly.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Block, Button, InlineAlert, Notification, Paragraph } from 'suomifi-ui-components';
import { api, ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useErrorText } from '../hooks.ts';
import { homePath } from '../paths.ts';

interface Meta {
  demo: boolean;
}

export default function Login() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { status, user, login, expired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    api
      .get<Meta>('/api/meta')
      .then((meta) => setDemo(meta.demo))
      .catch(() => setDemo(false));
  }, []);

  if (status === 'signedIn' && user && !submitting) return <Navigate to={homePath(user.role)} replace />;

  const from = (location.state as { from?: string } | null)?.from;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: typeof fieldErrors = {};
    if (!email.trim()) missing.email = t('errors.required');
    if (!password) missing.password = t('errors.required');
    setFieldErrors(missing);
    if (missing.email || missing.password) {
      setError(null);
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await login(email.trim(), password);
      navigate(from && from !== '/login' ? from : homePath(signedIn.role), { replace: true });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'errors.internal', '');
      if (apiError.status === 429) {
        const minutes = apiError.retryAfterSeconds ? Math.max(1, Math.ceil(apiError.retryAfterSeconds / 60)) : 15;
        setError(t('login.tooManyAttempts', { count: minutes }));
      } else if (apiError.status === 401 || apiError.messageKey === 'errors.invalidCredentials') {
        setError(t('errors.invalidCredentials'));
      } else {
        const texts: typeof fieldErrors = {};
        for (const fieldError of apiError.fieldErrors) {
          if (fieldError.path === 'email' || fieldError.path === 'password') {
            texts[fieldError.path] = errorText(fieldError.messageKey, fieldError.message, fieldError.params);
          }
        }
        setFieldErrors(texts);
        setError(errorText(apiError.messageKey, apiError.title));
      }
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      <Paragraph mb="m">{t('login.intro')}</Paragraph>
      <p className="page-actions">
        <Link to="/catalogue">{t('catalogue.loginLink')}</Link>
      </p>
      {expired ? (
        <Block mb="m">
          <InlineAlert status="neutral">{t('login.sessionEnded')}</InlineAlert>
        </Block>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="login-heading">
        <h2 id="login-heading" className="visually-hidden">
          {t('login.formLabel')}
        </h2>
        <TextField
          id="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <div role="alert" className="form-error">
          {error ? <InlineAlert status="error">{error}</InlineAlert> : null}
        </div>
        <div className="form-actions">
          {submitting ? (
            <Button type="submit" loading ariaLoadingText={t('login.signingIn')} disabled>
              {t('login.submit')}
            </Button>
          ) : (
            <Button type="submit">{t('login.submit')}</Button>
          )}
        </div>
      </form>
      {demo ? (
        <Notification className="demo-hint" headingText={t('login.demoTitle')} showCloseButton={false} headingVariant="h2" regionAriaLabel={t('login.demoTitle')}>
          <Paragraph>{t('login.demoText')}</Paragraph>
          <ul className="demo-accounts">
            {['coach', 'client', 'unit_manager', 'purchaser', 'admin'].map((role) => (
              <li key={role}>
                <code>{role}@demo.polku.fi</code> – {t(`codes.roles.${role}`)}
              </li>
            ))}
          </ul>
        </Notification>
      ) : null}
    </div>
  );
}
