import { Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { useWorkspace } from './workspace-context.tsx';
import { visibleSections } from './workspace-sections.ts';

/** `/w/:ws` opens the first section the caller may see. */
export function WorkspaceHome() {
  const { can, uiPath } = useWorkspace();
  const first = visibleSections(can)[0];
  if (!first) return <Text>Your role in this workspace gives no access to its sections yet.</Text>;
  return <Navigate to={uiPath(first.path)} replace />;
}
