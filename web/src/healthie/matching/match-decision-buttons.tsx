import { Button } from '@mantine/core';
import type { MemberLink } from '../../api/api-types.ts';

interface Props {
  pair: MemberLink;
  /** Who the buttons are about, for their accessible names when several sit side by side. */
  patientName?: string;
  busy: boolean;
  onLink(pair: MemberLink): void;
  onReject(pair: MemberLink): void;
}

export function MatchDecisionButtons({ pair, patientName, busy, onLink, onReject }: Props) {
  const about = patientName ? ` ${patientName}` : '';
  return (
    <>
      <Button size="xs" variant="subtle" color="gray" onClick={() => onReject(pair)} disabled={busy} aria-label={`Not a match${about}`}>
        Not a match
      </Button>
      <Button size="xs" onClick={() => onLink(pair)} disabled={busy} aria-label={`Link${about}`}>
        Link
      </Button>
    </>
  );
}
