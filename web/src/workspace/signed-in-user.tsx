import { Button, Stack, Text } from '@mantine/core';
import { useSession, useSignedInSession } from '../session/session-context.tsx';

export function SignedInUser() {
  const { account } = useSignedInSession();
  const { signOut } = useSession();
  return (
    <Stack gap={4}>
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {account.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {account.email}
        </Text>
      </div>
      <Button variant="default" size="xs" onClick={() => void signOut()}>
        Sign out
      </Button>
    </Stack>
  );
}
