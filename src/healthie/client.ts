import { fetchAvailableSlots, type AvailableSlot } from './available-slots.ts';
import { createAppointment, deleteAppointment, updateAppointment, type AppointmentChange, type ChangedAppointment, type NewAppointment } from './appointment-changes.ts';
import { fetchAppointment, appointmentPages, type AppointmentQuery, type HealthieAppointment } from './appointments.ts';
import { fetchAppointmentTypes, type HealthieAppointmentType } from './appointment-types.ts';
import { fetchCurrentUser } from './current-user.ts';
import { HealthieError } from './errors.ts';
import type { WebhookEventType } from './generated/graphql.ts';
import { PageSizes, type PagedList } from './page-sizes.ts';
import { patientIdPages, patientPages, type HealthiePatient, type PatientQuery } from './patients.ts';
import type { HealthiePerson } from './people.ts';
import { fetchProviders } from './providers.ts';
import type { HealthieTransport } from './transport.ts';
import { createWebhook, deleteWebhook, fetchWebhooks, updateWebhook, type HealthieWebhook } from './webhooks.ts';

export type { HealthieAppointment, HealthieAppointmentType, HealthiePatient, HealthiePerson, HealthieWebhook };

/**
 * Healthie's API in the product's terms, for one connection: each resource's operations live in
 * their own file (current-user, providers, appointment-types, appointments, patients, webhooks); every call
 * goes through one transport (its limits and retries) and the connection's page sizes.
 */
export class HealthieClient {
  constructor(
    readonly transport: HealthieTransport,
    readonly pageSizes = new PageSizes(),
  ) {}

  /** Requests sent so far, retries included. */
  get requests(): number {
    return this.transport.requests;
  }

  pageSize(list: PagedList): number {
    return this.pageSizes.of(list);
  }

  currentUser(): Promise<HealthiePerson | null> {
    return fetchCurrentUser(this.transport);
  }

  /**
   * Healthie answers a refused key with an anonymous caller, which some lists show only as empty:
   * when one comes back empty or refused, this asks currentUser and throws (reporting the refusal
   * like any other) if Healthie no longer knows the key.
   */
  async confirmKey(): Promise<void> {
    if (await this.currentUser()) return;
    throw this.transport.refused(new HealthieError('auth'));
  }

  /** Runs `work`; should Healthie refuse it for want of permission, the key is confirmed first (a revoked key is reported as such). */
  async confirmingKey<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HealthieError && error.kind === 'permission') await this.confirmKey();
      throw error;
    }
  }

  providers(): Promise<HealthiePerson[]> {
    return fetchProviders(this.transport, this.pageSizes);
  }

  appointmentTypes(providerId?: string): Promise<HealthieAppointmentType[]> {
    return fetchAppointmentTypes(this.transport, this.pageSizes, providerId);
  }

  appointmentPages(query: AppointmentQuery): AsyncGenerator<HealthieAppointment[]> {
    return appointmentPages(this.transport, this.pageSizes, query);
  }

  appointment(id: string): Promise<HealthieAppointment | null> {
    return fetchAppointment(this.transport, id);
  }

  createAppointment(input: NewAppointment): Promise<ChangedAppointment> {
    return createAppointment(this.transport, input);
  }

  updateAppointment(change: AppointmentChange): Promise<ChangedAppointment> {
    return updateAppointment(this.transport, change);
  }

  deleteAppointment(id: string): Promise<boolean> {
    return deleteAppointment(this.transport, id);
  }

  availableSlots(query: Parameters<typeof fetchAvailableSlots>[1]): Promise<AvailableSlot[]> {
    return fetchAvailableSlots(this.transport, query);
  }

  patientPages(query: PatientQuery = {}): AsyncGenerator<HealthiePatient[]> {
    return patientPages(this.transport, this.pageSizes, query);
  }

  patientIdPages(ids: string[], options: { archived?: boolean } = {}): AsyncGenerator<string[]> {
    return patientIdPages(this.transport, this.pageSizes, ids, options);
  }

  webhooks(): Promise<HealthieWebhook[]> {
    return fetchWebhooks(this.transport);
  }

  createWebhook(input: { url: string; events: WebhookEventType[] }): Promise<HealthieWebhook & { secret: string }> {
    return createWebhook(this.transport, input);
  }

  updateWebhook(id: string, change: { enabled?: boolean; events?: WebhookEventType[] }): Promise<HealthieWebhook> {
    return updateWebhook(this.transport, id, change);
  }

  deleteWebhook(id: string): Promise<void> {
    return deleteWebhook(this.transport, id);
  }
}
