import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../ui/page-loader.tsx';
import { useSession } from './session-context.tsx';

/** Renders the signed-in part of the app, or sends the visitor to sign in and back afterwards. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'signed-out') {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
