import { Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../ui/use-page-title.ts';

export function WorkspaceNotFound() {
  usePageTitle('Workspace not found');
  return (
    <Stack p="xl">
      <Title order={1}>Workspace not found</Title>
      <Text>
        You are not a member of this workspace. <Link to="/">Go to your workspaces</Link>
      </Text>
    </Stack>
  );
}
