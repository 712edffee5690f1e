import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import type { Session } from '../api/types.ts';

const SESSION_PATH = '/api/v1/session';

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    const session = await api.get<Session>(SESSION_PATH);
    setCsrfToken(session.csrfToken);
    return { status: 'signed-in', session };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { status: 'signed-out' };
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    });
    loadSession().then(setState, () => setState({ status: 'signed-out' }));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await api.post(SESSION_PATH, { email, password });
    setState(await loadSession());
  }, []);

  const signOut = useCallback(async () => {
    await api.delete(SESSION_PATH);
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside SessionProvider');
  return value;
}

/** The signed-in session; only for components rendered behind RequireSession. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession is used while signed out');
  return state.session;
}
