import { AvailableSlotsDocument } from './generated/graphql.ts';
import { readHealthieDateTime } from './datetime.ts';
import type { HealthieTransport } from './transport.ts';

export interface AvailableSlot {
  startsAt: Date;
  minutes: number | null;
  providerId: string | null;
}

/** A provider's free slots for an appointment type in [from, to], read in `timeZone`. */
export async function fetchAvailableSlots(
  transport: HealthieTransport,
  query: { providerId: string; appointmentTypeId: string; from: Date; to: Date; timeZone: string },
): Promise<AvailableSlot[]> {
  const { availableSlotsForRange } = await transport.request(AvailableSlotsDocument, {
    providerId: query.providerId,
    appointmentTypeIds: [query.appointmentTypeId],
    startDate: query.from.toISOString(),
    endDate: query.to.toISOString(),
    timezone: query.timeZone,
  });
  return (availableSlotsForRange ?? []).flatMap((slot) => {
    const startsAt = readHealthieDateTime(slot.date);
    return startsAt ? [{ startsAt, minutes: slot.length, providerId: slot.user_id }] : [];
  });
}
