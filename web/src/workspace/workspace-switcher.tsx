import { Select, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignedInSession } from '../session/use-session.ts';
import { useWorkspace } from './workspace-context.tsx';

/** The current workspace's name, or a picker when the account belongs to several. */
export function WorkspaceSwitcher() {
  const { workspaces } = useSignedInSession();
  const { workspace } = useWorkspace();
  const navigate = useNavigate();
  if (workspaces.length < 2) {
    return (
      <Text fw={600} aria-label="Workspace">
        {workspace.name}
      </Text>
    );
  }
  return (
    <Select
      label="Workspace"
      data={workspaces.map((w) => ({ value: w.slug, label: w.name }))}
      value={workspace.slug}
      allowDeselect={false}
      onChange={(slug) => slug && navigate(`/w/${slug}`)}
    />
  );
}
