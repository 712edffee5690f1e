import { createContext, useContext } from 'react';
import type { SessionWorkspace } from '../api/api-types.ts';

export interface WorkspaceContextValue {
  workspace: SessionWorkspace;
  /** Feature flags such as `ehr_healthie`; undefined while they load. */
  features: string[] | undefined;
  can(scope: string): boolean;
  /** The workspace as API paths name it (`{ws}`): its slug. */
  ws: string;
  /** A UI path inside this workspace, e.g. `members` -> /w/<slug>/members. */
  uiPath(rest: string): string;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace is used outside a workspace');
  return value;
}
