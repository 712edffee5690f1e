import { Card, Group, SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MatchedMember, MatchType } from '../../api/api-types.ts';
import { MatchTypeBadge } from './match-type-badge.tsx';
import { MemberSummary } from './member-summary.tsx';

interface Props {
  member: MatchedMember;
  matchType: MatchType;
  /** The Healthie side: one patient, or the candidates of an ambiguous match. */
  patientSide: ReactNode;
  actions: ReactNode;
  /** What to check before linking, when there is something. */
  notice?: ReactNode;
}

/** A possible match: the member on the left, the Healthie patient on the right, how they matched. */
export function MatchCard({ member, matchType, patientSide, actions, notice }: Props) {
  return (
    <Card
      withBorder
      component="article"
      aria-label={`Match for ${member.firstName} ${member.lastName}`.trim()}
      data-flagged={notice ? true : undefined}
      style={notice ? { borderColor: 'var(--mantine-color-orange-6)' } : undefined}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <MemberSummary member={member} />
          {patientSide}
        </SimpleGrid>
        {notice}
        <Group justify="space-between">
          <MatchTypeBadge type={matchType} />
          <Group gap="xs">{actions}</Group>
        </Group>
      </Stack>
    </Card>
  );
}
