import { AppointmentDocument, AppointmentsDocument, type AppointmentOrderKeys, type SyncedAppointmentFragment } from './generated/graphql.ts';
import type { PageSizes } from './page-sizes.ts';
import type { HealthieTransport } from './transport.ts';

export type HealthieAppointment = SyncedAppointmentFragment;

export interface AppointmentQuery {
  /** Whose schedule: a provider's, or else a patient's appointments (with any provider). */
  providerId?: string;
  patientId?: string;
  /** [startDate, endDate]: every appointment of the range, whatever its status or whether it is past. */
  startDate: string;
  endDate: string;
  orderBy?: AppointmentOrderKeys;
  /** Told Healthie's total_count with each page. */
  onTotal?: (total: number) => void;
}

/**
 * A provider's appointments in a date range, every status, page by page. `filter: "all"` is sent
 * with the range: Healthie's default filter is "future", and its documents never say that a range
 * replaces it (today's earlier visits, and a status set after the start, must still come through).
 */
export function appointmentPages(transport: HealthieTransport, sizes: PageSizes, query: AppointmentQuery): AsyncGenerator<HealthieAppointment[]> {
  return sizes.pages('appointments', async (first, after) => {
    const { appointments } = await transport.request(AppointmentsDocument, {
      ...(query.providerId ? { providerId: query.providerId } : { userId: query.patientId ?? null }),
      filter: 'all',
      startDate: query.startDate,
      endDate: query.endDate,
      first,
      after,
      ...(query.orderBy ? { orderBy: query.orderBy } : {}),
    });
    if (appointments) query.onTotal?.(appointments.total_count);
    return appointments;
  });
}

/** One appointment, deleted ones included (deleted_at set); null when Healthie has no such appointment. */
export async function fetchAppointment(transport: HealthieTransport, id: string): Promise<HealthieAppointment | null> {
  return (await transport.requestRecord(AppointmentDocument, { id }))?.appointment ?? null;
}
