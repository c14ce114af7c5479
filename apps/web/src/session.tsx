// The signed-in user: restored from the session cookie (/auth/me) on load, set by log-in, cleared by
// log-out; the CSRF token goes to the API client so every change carries it. Each role has a home.
// While a password change is due (mustChangePassword), the app shows only the change-password page.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrf, type Role, type Session } from './api';

interface SessionCtx {
  session: Session | null;
  /** true until /auth/me has answered once */
  restoring: boolean;
  signIn: (username: string, password: string) => Promise<Session>;
  /** Resolves true when the browser is leaving for the identity provider to sign out there too. */
  signOut: () => Promise<boolean>;
  /** The password was changed: the forced change is done. */
  passwordChanged: () => void;
}
const Ctx = createContext<SessionCtx>({ session: null, restoring: false, signIn: () => Promise.reject(new Error('no provider')), signOut: async () => false, passwordChanged: () => {} });

/** Where each role starts after log-in. */
export function homeOf(role: Role | undefined): string {
  switch (role) {
    case 'talent':
      return '/talent';
    case 'employer':
      return '/employer';
    case 'leader':
      return '/dashboard';
    case 'unit_reporter':
    case 'unit_head':
      return '/worklist/reports';
    case 'partner_verifier':
      return '/cards/verify';
    case 'enterprise':
      return '/enterprise';
    case 'helper':
      return '/employment-help/mine';
    case 'clerk':
    case 'reviewer':
    case 'admin':
      return '/workbench';
    default:
      return '/login';
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    let live = true;
    api.me().then(
      (s) => {
        if (!live) return;
        setCsrf(s.csrfToken);
        setSession(s);
        setRestoring(false);
      },
      () => live && setRestoring(false),
    );
    return () => {
      live = false;
    };
  }, []);
  const signIn = useCallback(async (username: string, password: string) => {
    const s = await api.login(username, password);
    setCsrf(s.csrfToken);
    setSession(s);
    return s;
  }, []);
  const signOut = useCallback(async () => {
    let endSessionUrl: string | undefined;
    try {
      endSessionUrl = (await api.logout()).endSessionUrl;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    setCsrf(undefined);
    setSession(null);
    // Signed in through the government's identity provider: sign out there too.
    if (!endSessionUrl) return false;
    window.location.assign(endSessionUrl);
    return true;
  }, []);
  const passwordChanged = useCallback(() => setSession((s) => (s ? { ...s, mustChangePassword: false } : s)), []);
  const value = useMemo(() => ({ session, restoring, signIn, signOut, passwordChanged }), [session, restoring, signIn, signOut, passwordChanged]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useSession = () => useContext(Ctx);
