import { usePageTitle } from '../ui/use-page-title.ts';
import { useWorkspace } from './workspace-context.tsx';

/** A workspace page's title: its own parts, then the workspace's name. */
export function useWorkspaceTitle(...parts: Array<string | undefined>): void {
  const { workspace } = useWorkspace();
  usePageTitle(...parts, workspace.name);
}
