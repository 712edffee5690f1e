import { Button, Stack, Text } from '@mantine/core';
import type { ApiFailure } from '../api/api-error.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';

const REQUEST_FAILED = 'Healthie API request failed';

/**
 * A failed request to Healthie, with the product page's advice: a refused key needs Reconfigure, a
 * permission problem names the key's access, any other failed Healthie request says to wait and
 * try again, then check the key.
 */
export function HealthieErrorAlert({ error, title, onRetry }: { error: ApiFailure; title: string; onRetry?: () => void }) {
  const { code, message } = error.error;
  const keyRefused = code === 'healthie_auth_failed';
  const permission = code === 'healthie_permission_denied';
  const requestFailed = message.startsWith(REQUEST_FAILED) && !keyRefused && !permission;
  return (
    <ErrorAlert error={error} title={title}>
      <Stack gap="xs" mt="xs">
        {permission && (
          <Text size="sm">
            The API key may not have permission to list organization members in Healthie. Verify that the key belongs to an account
            with appropriate access in your Healthie organization.
          </Text>
        )}
        {keyRefused && (
          <Text size="sm">
            The connection shows Error: go to the Overview tab, click Reconfigure and enter a fresh API key from Healthie Settings &gt; API.
          </Text>
        )}
        {requestFailed && (
          <Text size="sm">
            This typically indicates a temporary issue communicating with the Healthie API. Wait a moment and try again. If the error
            persists, verify your API key is still valid and that the Healthie API is operational.
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry} w="fit-content">
            Try again
          </Button>
        )}
      </Stack>
    </ErrorAlert>
  );
}
