import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import type { MatchConcern } from '../../api/api-types.ts';

const words: Record<MatchConcern, string> = {
  name_differs: 'The names differ (more than a nickname would).',
  email_differs: 'The emails differ: the match is by phone only.',
  phone_differs: 'The phone numbers differ: the match is by email only.',
};

interface Props {
  concerns: MatchConcern[];
  memberName: string;
  included: boolean;
  onIncludedChange(included: boolean): void;
}

/** Why this match wants a second look, and whether Link All may take it anyway (by default it does not). */
export function MatchConcernsNotice({ concerns, memberName, included, onIncludedChange }: Props) {
  return (
    <Alert color="orange" variant="light" title="Check before linking" p="xs">
      <Stack gap={4}>
        {concerns.map((concern) => (
          <Text key={concern} size="sm">
            {words[concern]}
          </Text>
        ))}
        <Checkbox
          size="xs"
          label="Include in Link All"
          aria-label={`Include ${memberName} in Link All`}
          checked={included}
          onChange={(event) => onIncludedChange(event.currentTarget.checked)}
        />
      </Stack>
    </Alert>
  );
}
