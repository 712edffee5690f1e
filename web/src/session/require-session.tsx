import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../ui/page-loader.tsx';
import { useSession } from './use-session.ts';

/** Renders the signed-in part of the app, or sends the visitor to sign in and back afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
