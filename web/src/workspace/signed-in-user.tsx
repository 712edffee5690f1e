import { Button, Stack, Text } from '@mantine/core';
import { useSignOut } from '../session/use-sign-out.ts';
import { useSignedInSession } from '../session/use-session.ts';

export function SignedInUser() {
  const { account } = useSignedInSession();
  const signOut = useSignOut();
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
      <Button variant="default" size="xs" onClick={() => signOut.mutate({})} loading={signOut.isPending}>
        Sign out
      </Button>
    </Stack>
  );
}
