import {
  AppointmentDocument,
  AppointmentTypesDocument,
  AppointmentsDocument,
  CurrentUserDocument,
  OrganizationMembersDocument,
  PatientIdsDocument,
  PatientsDocument,
  type AppointmentOrderKeys,
  type SyncedAppointmentFragment,
  type UserOrderKeys,
} from './generated/graphql.ts';
import { largestPageSize } from './page-size.ts';
import { collectConnection, walkConnection } from './paging.ts';
import type { HealthieTransport } from './transport.ts';

export interface HealthiePerson {
  id: string;
  name: string;
  email: string | null;
}

export interface HealthiePatient extends HealthiePerson {
  firstName: string;
  lastName: string;
  phone: string | null;
}

export interface HealthieAppointmentType {
  id: string;
  name: string;
  durationMinutes: number | null;
}

export type HealthieAppointment = SyncedAppointmentFragment;

const fullName = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ').trim();

const pageSizes = {
  providers: largestPageSize(OrganizationMembersDocument),
  appointmentTypes: largestPageSize(AppointmentTypesDocument),
  appointments: largestPageSize(AppointmentsDocument),
  patients: largestPageSize(PatientsDocument),
  patientIds: largestPageSize(PatientIdsDocument),
};

/** Healthie's API in the product's terms; every call goes through one transport (and its limits). */
export class HealthieClient {
  constructor(readonly transport: HealthieTransport) {}

  /** Requests sent so far, retries included. */
  get requests(): number {
    return this.transport.requests;
  }

  /** The Healthie user the API key belongs to, or null when Healthie treats the caller as anonymous. */
  async currentUser(): Promise<HealthiePerson | null> {
    const { currentUser } = await this.transport.request(CurrentUserDocument, {});
    return currentUser ? { id: currentUser.id, name: fullName(currentUser.first_name, currentUser.last_name), email: currentUser.email } : null;
  }

  async providers(): Promise<HealthiePerson[]> {
    const pages = walkConnection(async (after) => {
      const { organizationMembers } = await this.transport.request(OrganizationMembersDocument, { first: pageSizes.providers, after });
      return organizationMembers;
    });
    const members = await collectConnection(pages);
    return members.map((m) => ({ id: m.id, name: fullName(m.first_name, m.last_name), email: m.email }));
  }

  async appointmentTypes(providerId?: string): Promise<HealthieAppointmentType[]> {
    const pages = walkConnection(async (after) => {
      const { appointmentTypes } = await this.transport.request(AppointmentTypesDocument, {
        first: pageSizes.appointmentTypes,
        after,
        ...(providerId ? { providerIds: [providerId] } : {}),
      });
      return appointmentTypes;
    });
    const types = await collectConnection(pages);
    return types.map((t) => ({ id: t.id, name: t.name ?? 'Appointment', durationMinutes: t.length }));
  }

  /** A provider's appointments, every status, page by page. */
  appointmentPages(query: {
    providerId: string;
    filter?: 'future' | 'all' | 'past';
    orderBy?: AppointmentOrderKeys;
    startDate?: string;
    endDate?: string;
    /** Told Healthie's total_count with each page. */
    onTotal?: (total: number) => void;
  }): AsyncGenerator<HealthieAppointment[]> {
    return walkConnection(async (after) => {
      const { appointments } = await this.transport.request(AppointmentsDocument, {
        providerId: query.providerId,
        first: pageSizes.appointments,
        after,
        ...(query.filter ? { filter: query.filter } : {}),
        ...(query.orderBy ? { orderBy: query.orderBy } : {}),
        ...(query.startDate ? { startDate: query.startDate } : {}),
        ...(query.endDate ? { endDate: query.endDate } : {}),
      });
      if (appointments) query.onTotal?.(appointments.total_count);
      return appointments;
    });
  }

  /** One appointment, deleted ones included (deleted_at set). */
  async appointment(id: string): Promise<HealthieAppointment | null> {
    const { appointment } = await this.transport.request(AppointmentDocument, { id });
    return appointment;
  }

  /**
   * Patients page by page; `email` narrows to one address, `keywords` to a name or contact search.
   * `onTotal` is told Healthie's total_count with each page.
   */
  patientPages(
    query: { email?: string; keywords?: string; pageSize?: number; orderBy?: UserOrderKeys; onTotal?: (total: number) => void } = {},
  ): AsyncGenerator<HealthiePatient[]> {
    const pages = walkConnection(async (after) => {
      const { users } = await this.transport.request(PatientsDocument, {
        first: query.pageSize ?? pageSizes.patients,
        after,
        ...(query.email ? { email: query.email } : {}),
        ...(query.keywords ? { keywords: query.keywords } : {}),
        ...(query.orderBy ? { orderBy: query.orderBy } : {}),
      });
      query.onTotal?.(users.total_count);
      return users;
    });
    return mapPages(pages, (u) => ({
      id: u.id,
      firstName: u.first_name ?? '',
      lastName: u.last_name ?? '',
      name: fullName(u.first_name, u.last_name),
      email: u.email,
      phone: u.phone_number,
    }));
  }

  /** Which of these patient ids Healthie has, active ones (archived ones with `archived`), page by page. */
  patientIdPages(ids: string[], options: { archived?: boolean } = {}): AsyncGenerator<string[]> {
    const pages = walkConnection(async (after) => {
      const { users } = await this.transport.request(PatientIdsDocument, {
        ids,
        first: pageSizes.patientIds,
        after,
        ...(options.archived ? { activeStatus: 'archived' } : {}),
      });
      return users;
    });
    return mapPages(pages, (u) => u.id);
  }
}

async function* mapPages<A, B>(pages: AsyncGenerator<A[]>, map: (a: A) => B): AsyncGenerator<B[]> {
  for await (const page of pages) yield page.map(map);
}

export const healthiePageSizes = pageSizes;
