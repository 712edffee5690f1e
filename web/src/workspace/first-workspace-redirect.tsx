import { Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { useSignedInSession } from '../session/use-session.ts';

/** `/` opens the account's first workspace. */
export function FirstWorkspaceRedirect() {
  const { workspaces } = useSignedInSession();
  const [first] = workspaces;
  if (!first) return <Text p="xl">Your account does not belong to a workspace yet.</Text>;
  return <Navigate to={`/w/${first.slug}`} replace />;
}
