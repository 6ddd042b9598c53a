// The frame of every page: skip link, header with the service name, navigation for the role,
// language menu and sign-out, then the main content.
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Heading, LanguageMenu, LanguageMenuItem, SkipLink } from 'suomifi-ui-components';
import { LOCALES, type Locale, type Role } from '../../domain/codes.ts';
import { useAuth } from '../auth.tsx';
import { usePageTitle } from '../hooks.ts';
import { Loading } from './ui.tsx';

// Set when the route changes after the first page: the new page's h1 then takes focus, so that a
// screen reader user hears where they are and keyboard users start from the top of the content.
let focusHeadingOn: string | null = null;

export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  usePageTitle(title ?? (typeof children === 'string' ? children : ''));
  useEffect(() => {
    if (focusHeadingOn === location.pathname) {
      focusHeadingOn = null;
      ref.current?.focus();
    }
    // Only when the heading appears: tabs inside a page keep the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Heading variant="h1" ref={ref} tabIndex={-1} className="page-title">
      {children}
    </Heading>
  );
}

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

function navItems(role: Role, t: (key: string) => string): NavItem[] {
  switch (role) {
    case 'coach':
    case 'unit_manager':
    case 'admin':
      return [
        { to: '/caseload', label: t('nav.caseload') },
        { to: '/clients', label: t('nav.clients'), end: true },
        { to: '/clients/new', label: t('nav.newClient') },
        { to: '/groups', label: t('nav.groups') },
        { to: '/employers', label: t('nav.employers') },
        { to: '/catalogue', label: t('catalogue.nav') },
        { to: '/analytics', label: t('nav.analytics') },
        ...(role === 'coach' ? [] : [{ to: '/surveys', label: t('nav.surveys') }]),
      ];
    case 'client':
      return [
        { to: '/my', label: t('nav.myPath'), end: true },
        { to: '/my/diary', label: t('nav.myDiary') },
        { to: '/my/attendance', label: t('nav.myAttendance') },
        { to: '/my/groups', label: t('nav.myGroups') },
        { to: '/my/access-log', label: t('nav.myAccessLog') },
        { to: '/my/work', label: t('matching.nav.myWork') },
      ];
    case 'employer':
      return [
        { to: '/home', label: t('nav.home') },
        { to: '/postings', label: t('matching.nav.postings') },
      ];
    case 'purchaser':
    case 'researcher':
      return [
        { to: '/home', label: t('nav.home') },
        { to: '/analytics', label: t('nav.analytics') },
        { to: '/surveys', label: t('nav.surveys') },
      ];
    default:
      return [{ to: '/home', label: t('nav.home') }];
  }
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useAuth();
  const current = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : 'fi';
  return (
    <LanguageMenu
      className="language-menu"
      buttonText={
        <span lang={current}>
          {t(`language.names.${current}`)} ({current.toUpperCase()})
        </span>
      }
      aria-label={t('language.menuLabel', { current: `${t(`language.names.${current}`)} (${current.toUpperCase()})` })}
    >
      {LOCALES.map((locale) => (
        <LanguageMenuItem key={locale} lang={locale} selected={locale === current} onSelect={() => void changeLocale(locale)}>
          {t(`language.names.${locale}`)} ({locale.toUpperCase()})
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const previousPath = useRef<string | null>(null);
  // Marked while rendering, before the new page's effects run.
  if (previousPath.current !== null && previousPath.current !== location.pathname) focusHeadingOn = location.pathname;
  previousPath.current = location.pathname;

  const items = user ? navItems(user.role, t) : [];
  return (
    <div className="app">
      <SkipLink href="#main">{t('nav.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header-inner">
          <Link className="brand" to="/">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {user ? (
              <div className="user-box">
                <span className="user-name">
                  {user.displayName}
                  <span className="user-role">{t(`codes.roles.${user.role}`)}</span>
                </span>
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => {
                    void logout().then(() => navigate('/login'));
                  }}
                >
                  {t('nav.logout')}
                </Button>
              </div>
            ) : null}
          </div>
        </div>
        {items.length > 0 ? (
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
