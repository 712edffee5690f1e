import type { UserRecord } from './records.ts';

type Given = 'id' | 'organizationId' | 'firstName' | 'lastName' | 'createdAt';

/** A user record with blanks for everything not given: an active patient without contact details. */
export function newUser(fields: Pick<UserRecord, Given> & Partial<UserRecord>): UserRecord {
  return {
    email: null,
    phoneNumber: null,
    timezone: null,
    dob: null,
    legalName: null,
    recordIdentifier: null,
    npi: null,
    active: true,
    archivedAt: null,
    updatedAt: fields.createdAt,
    membership: null,
    dietitianId: null,
    ...fields,
  };
}
