// The signed-in user, kept in a context. The CSRF token from login and /me goes to the API client.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../domain/codes.ts';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { i18next, isLocale, storeLocale } from './i18n.ts';
import type { Session, User } from './types.ts';

interface AuthState {
  status: 'loading' | 'anonymous' | 'signedIn';
  user: User | null;
  /** True when the session ended on its own (expired), so the login page can say so. */
  expired: boolean;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
  changeLocale(locale: Locale): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);
  // A language picked while signed out is saved to the account at the next login.
  const pickedWhileSignedOut = useRef(false);

  const adoptSession = useCallback(async (session: Session) => {
    setCsrfToken(session.csrfToken);
    let sessionUser = session.user;
    const current = i18next.language;
    if (pickedWhileSignedOut.current && isLocale(current) && current !== sessionUser.locale) {
      try {
        await api.put('/api/auth/me/locale', { locale: current });
        sessionUser = { ...sessionUser, locale: current };
      } catch {
        // The language still applies on this device.
      }
    } else if (isLocale(sessionUser.locale) && sessionUser.locale !== current) {
      await i18next.changeLanguage(sessionUser.locale);
      storeLocale(sessionUser.locale);
    }
    pickedWhileSignedOut.current = false;
    setUser(sessionUser);
    setExpired(false);
    setStatus('signedIn');
    return sessionUser;
  }, []);

  useEffect(() => {
    let cancelled = false;
    api
      .get<Session>('/api/auth/me')
      .then((session) => (cancelled ? undefined : adoptSession(session)))
      .catch(() => {
        if (!cancelled) setStatus('anonymous');
      });
    return () => {
      cancelled = true;
    };
  }, [adoptSession]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setUser(null);
      setExpired(true);
      setStatus('anonymous');
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const session = await api.post<Session>('/api/auth/login', { email, password });
      return adoptSession(session);
    },
    [adoptSession],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    setCsrfToken(null);
    setUser(null);
    setExpired(false);
    setStatus('anonymous');
  }, []);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18next.changeLanguage(locale);
      if (user) {
        setUser({ ...user, locale });
        await api.put('/api/auth/me/locale', { locale }).catch(() => undefined);
      } else {
        pickedWhileSignedOut.current = true;
      }
    },
    [user],
  );

  const value = useMemo<AuthState>(
    () => ({ status, user, expired, login, logout, changeLocale }),
    [status, user, expired, login, logout, changeLocale],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
