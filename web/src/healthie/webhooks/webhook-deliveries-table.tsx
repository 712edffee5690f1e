import { Table, Text } from '@mantine/core';
import type { WebhookDelivery } from '../../api/api-types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { RelativeTime } from '../../ui/time/relative-time.tsx';

const reasons: Record<string, string> = {
  webhook_unsigned: 'not signed',
  webhook_bad_signature: 'signature does not match',
  webhook_digest_mismatch: 'body altered',
  webhook_stale: 'signed too long ago',
  webhook_malformed: 'not a Healthie payload',
  same_signature: 'received before',
  same_event_pending: 'same event already waiting',
};

function verdictText(delivery: WebhookDelivery): string {
  if (delivery.verdict === 'accepted') return 'Accepted';
  const why = delivery.reason ? (reasons[delivery.reason] ?? delivery.reason) : null;
  return `${delivery.verdict === 'duplicate' ? 'Duplicate' : 'Refused'}${why ? `: ${why}` : ''}`;
}

function outcomeText(delivery: WebhookDelivery): string {
  if (!delivery.outcome) return '—';
  if (delivery.outcome === 'pending') return 'Waiting';
  const word = { applied: 'Applied', unchanged: 'No change', ignored: 'Not followed', failed: 'Failed' }[delivery.outcome];
  return delivery.outcomeDetail ? `${word} (${delivery.outcomeDetail.replaceAll('_', ' ')})` : word;
}

/** Healthie's last deliveries: when, what about (ids only), whether we took it and what it did. */
export function WebhookDeliveriesTable({ deliveries }: { deliveries: WebhookDelivery[] }) {
  if (deliveries.length === 0) return <Text c="dimmed" size="sm">No deliveries yet.</Text>;
  return (
    <DataTable label="Last webhook deliveries" headers={['Received', 'Event', 'Healthie id', 'Verdict', 'Outcome']} minWidth={640} maxHeight={360}>
      {deliveries.map((delivery) => (
        <Table.Tr key={delivery.id}>
          <Table.Td>
            <RelativeTime instant={delivery.receivedAt} />
          </Table.Td>
          <Table.Td>{delivery.eventType ?? '—'}</Table.Td>
          <Table.Td>{delivery.resourceId ?? '—'}</Table.Td>
          <Table.Td>{verdictText(delivery)}</Table.Td>
          <Table.Td>{outcomeText(delivery)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
