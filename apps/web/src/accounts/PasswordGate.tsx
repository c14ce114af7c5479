// While the signed-in account must change its password, every page but the change-password page
// (and the public calculator and policies) leads there — nothing else even renders, so no page asks
// the API for data it would refuse.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session';

export const PASSWORD_PAGE = '/account/password';
const OPEN = /^\/(policies(\/|$)|$)/;

export function PasswordGate({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const { pathname, search } = useLocation();
  if (!session?.mustChangePassword || pathname === PASSWORD_PAGE || OPEN.test(pathname)) return <>{children}</>;
  const next = pathname === '/login' ? new URLSearchParams(search).get('next') : pathname + search;
  return <Navigate to={`${PASSWORD_PAGE}${next ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
}
