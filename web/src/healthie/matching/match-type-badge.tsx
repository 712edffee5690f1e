import { Badge } from '@mantine/core';
import type { MatchType } from '../../api/api-types.ts';

export function MatchTypeBadge({ type }: { type: MatchType }) {
  return (
    <Badge variant="outline" color={type === 'email' ? 'blue' : 'violet'}>
      {type === 'email' ? 'Email match' : 'Phone match'}
    </Badge>
  );
}
