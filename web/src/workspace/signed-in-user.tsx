import { Button, Group, Stack, Text } from '@mantine/core';
import { useSession, useSignedInSession } from '../session/session-context.tsx';

export function SignedInUser() {
  const { account } = useSignedInSession();
  const { signOut } = useSession();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {account.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {account.email}
        </Text>
      </Stack>
      <Button variant="subtle" size="xs" onClick={() => void signOut()}>
        Sign out
      </Button>
    </Group>
  );
}
