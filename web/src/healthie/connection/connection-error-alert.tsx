import { Alert, Button, Stack, Text } from '@mantine/core';

/** The Error status, with its reason and the product page's way out: Reconfigure with a fresh key. */
export function ConnectionErrorAlert({ reason, onReconfigure }: { reason: string | null; onReconfigure: (() => void) | null }) {
  return (
    <Alert color="red" title="Connection shows Error" role="alert">
      <Stack gap="xs">
        {reason && <Text size="sm">{reason}</Text>}
        <Text size="sm">
          Your API key may have been revoked or expired in Healthie. Click Reconfigure and enter a fresh API key from Healthie Settings
          &gt; API.
        </Text>
        {onReconfigure && (
          <Button size="xs" color="red" onClick={onReconfigure} w="fit-content">
            Reconfigure
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
