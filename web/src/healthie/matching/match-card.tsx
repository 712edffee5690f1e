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
}

/** A possible match: the member on the left, the Healthie patient on the right, how they matched. */
export function MatchCard({ member, matchType, patientSide, actions }: Props) {
  return (
    <Card withBorder component="article" aria-label={`Match for ${member.firstName} ${member.lastName}`.trim()}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <MemberSummary member={member} />
          {patientSide}
        </SimpleGrid>
        <Group justify="space-between">
          <MatchTypeBadge type={matchType} />
          <Group gap="xs">{actions}</Group>
        </Group>
      </Stack>
    </Card>
  );
}
