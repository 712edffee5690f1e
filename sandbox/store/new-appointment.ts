import type { AppointmentRecord } from './records.ts';

type Given = 'id' | 'organizationId' | 'providerId' | 'startsAt' | 'lengthMinutes' | 'createdAt';

/** An appointment record with Healthie's blanks for everything not given: no client, no status, not deleted. */
export function newAppointment(fields: Pick<AppointmentRecord, Given> & Partial<AppointmentRecord>): AppointmentRecord {
  return {
    patientId: null,
    attendeeIds: [],
    appointmentTypeId: null,
    contactType: '',
    pmStatus: '',
    pmStatusChangedAt: null,
    confirmed: false,
    clientConfirmed: false,
    location: null,
    appointmentLocationId: null,
    notes: null,
    externalVideochatUrl: null,
    externalIdType: null,
    metadata: null,
    recurrence: null,
    updatedAt: fields.createdAt,
    deletedAt: null,
    lastUpdatedById: null,
    ...fields,
  };
}
