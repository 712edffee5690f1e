// The `appointments` query's documented semantics, over the start-time indexes.
import { didntOccurStatuses, inactiveStatuses } from '../domain/pm-statuses.ts';
import { endOf, type AppointmentRecord, type UserRecord } from '../store/records.ts';
import type { OrderedView } from '../store/connection.ts';
import { SortedIndex, type SortKey } from '../store/sorted-index.ts';
import type { SandboxContext } from './context.ts';
import { readDatetimeArgument } from './datetime-argument.ts';
import type { PagingArgs } from './resolver-map.ts';

export interface AppointmentsArgs extends PagingArgs {
  provider_id?: string | null;
  provider_ids?: (string | null)[] | null;
  user_id?: string | null;
  is_org?: boolean | null;
  filter?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  is_active?: boolean | null;
  with_all_statuses?: boolean | null;
  without_status?: boolean | null;
  filter_by_appointment_status?: string | null;
  filter_by_appointment_statuses?: (string | null)[] | null;
  filter_by_appointment_type_id?: string | null;
  filter_by_appointment_type_ids?: (string | null)[] | null;
  filter_by_provider_confirmed?: boolean | null;
  filter_by_client_confirmed?: boolean | null;
  filter_synced_appointments?: boolean | null;
  show_appointments?: boolean | null;
  order_by?: string | null;
  sort_by?: string | null;
}

export interface AppointmentListing {
  view: OrderedView<AppointmentRecord>;
  matches: (appointment: AppointmentRecord) => boolean;
  /** Names the filter when it does not depend on the clock, so its count can be remembered. */
  countSignature?: string;
}

const legacySortBy: Record<string, string> = {
  date_asc: 'DATE_ASC',
  date_desc: 'DATE_DESC',
  created_at_asc: 'CREATED_AT_ASC',
  created_at_desc: 'CREATED_AT_DESC',
  updated_at_asc: 'UPDATED_AT_ASC',
  updated_at_desc: 'UPDATED_AT_DESC',
};
const otherOrderKeys: Record<string, (appointment: AppointmentRecord) => SortKey> = {
  CREATED_AT: (appointment) => [appointment.createdAt, Number(appointment.id)],
  UPDATED_AT: (appointment) => [appointment.updatedAt, Number(appointment.id)],
};

export function listAppointments(context: SandboxContext, viewer: UserRecord, args: AppointmentsArgs): AppointmentListing {
  const now = context.state.now();
  const index = scopeIndex(context, viewer, args);
  const window = timeWindow(context, args, now);
  const statusAllowed = statusFilter(args);
  const typeIds = typeFilter(args);
  const inWindow = (appointment: AppointmentRecord) =>
    appointment.startsAt >= window.from &&
    appointment.startsAt <= window.to &&
    (!window.ended || endOf(appointment) < now);
  const kindAllowed = kindFilter(args);
  const matches = (appointment: AppointmentRecord) =>
    appointment.organizationId === viewer.organizationId &&
    kindAllowed(appointment) &&
    statusAllowed(appointment) &&
    (!typeIds || typeIds.has(appointment.appointmentTypeId ?? ''));

  const order = args.order_by ?? legacySortBy[args.sort_by ?? ''] ?? 'DATE_ASC';
  const descending = order.endsWith('_DESC');
  const otherKey = otherOrderKeys[order.replace(/_(ASC|DESC)$/, '')];
  // The date window narrows the index by binary search; only the remaining filters are checked per record.
  const from = index.lowerBound([window.from]);
  const to = index.upperBound([window.to, Number.POSITIVE_INFINITY]);
  if (!otherKey) {
    // Within [from, to) the window always holds, except for "ended", which also reads the clock.
    const countSignature = window.ended ? undefined : JSON.stringify([viewer.organizationId, statusAndTypeArgs(args)]);
    return { view: { index, descending, from, to }, matches: (appointment) => inWindow(appointment) && matches(appointment), countSignature };
  }
  const selected: AppointmentRecord[] = [];
  for (let position = from; position < to; position++) {
    const appointment = index.at(position);
    if (inWindow(appointment) && matches(appointment)) selected.push(appointment);
  }
  const sorted = SortedIndex.of(selected, otherKey);
  return { view: { index: sorted, descending, from: 0, to: sorted.size }, matches: () => true };
}

function statusAndTypeArgs(args: AppointmentsArgs): unknown[] {
  return [
    args.with_all_statuses,
    args.filter,
    args.is_active,
    args.without_status,
    args.filter_by_appointment_status,
    args.filter_by_appointment_statuses,
    args.filter_by_appointment_type_id,
    args.filter_by_appointment_type_ids,
    args.filter_by_provider_confirmed,
    args.filter_by_client_confirmed,
    args.filter_synced_appointments,
    args.show_appointments,
  ];
}

function scopeIndex(context: SandboxContext, viewer: UserRecord, args: AppointmentsArgs): SortedIndex<AppointmentRecord> {
  const { store } = context.state;
  if (args.provider_id) return store.appointmentsOfProvider(args.provider_id);
  const providerIds = (args.provider_ids ?? []).filter((id): id is string => Boolean(id));
  if (providerIds.length > 0) {
    const union = providerIds.flatMap((id) => store.appointmentsOfProvider(id).toArray());
    return SortedIndex.of(union, store.appointmentsByStart.keyOf);
  }
  if (args.user_id) return store.appointmentsOfPatient(args.user_id);
  if (args.is_org) return store.appointmentsByStart;
  return viewer.membership ? store.appointmentsOfProvider(viewer.id) : store.appointmentsOfPatient(viewer.id);
}

interface TimeWindow {
  from: number;
  to: number;
  ended: boolean;
}

// `filter` defaults to future ("by default just future appointments will be returned"), a
// startDate/endDate pair included: nothing documents a range lifting that default.
function timeWindow(context: SandboxContext, args: AppointmentsArgs, now: number): TimeWindow {
  const all: TimeWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, ended: false };
  let window = all;
  if (args.startDate && args.endDate) {
    const from = readDatetimeArgument('appointments', 'startDate', args.startDate, context.timeZone, false);
    const to = readDatetimeArgument('appointments', 'endDate', args.endDate, context.timeZone, true);
    window = { ...all, from, to };
  }
  switch (args.filter ?? 'future') {
    case 'future':
    case 'upcoming':
      return { ...window, from: Math.max(window.from, now) };
    case 'past':
    case 'didnt-occur':
      return { ...window, to: Math.min(window.to, now - 1) };
    case 'ended':
      return { ...window, to: Math.min(window.to, now - 1), ended: true };
    default:
      return window;
  }
}

function statusFilter(args: AppointmentsArgs): (appointment: AppointmentRecord) => boolean {
  const listed = (args.filter_by_appointment_statuses ?? []).filter((status): status is string => status !== null);
  const wanted = listed.length > 0 ? new Set(listed) : args.filter_by_appointment_status ? new Set([args.filter_by_appointment_status]) : null;
  const visible = (status: string) => {
    if (args.with_all_statuses) return true;
    if (args.filter === 'didnt-occur') return didntOccurStatuses.has(status);
    if (args.is_active) return !inactiveStatuses.has(status);
    return status !== 'Cancelled';
  };
  const { filter_by_provider_confirmed: providerConfirmed, filter_by_client_confirmed: clientConfirmed } = args;
  return (appointment) =>
    visible(appointment.pmStatus) &&
    (!args.without_status || appointment.pmStatus === '') &&
    (!wanted || wanted.has(appointment.pmStatus)) &&
    (providerConfirmed == null || appointment.confirmed === providerConfirmed) &&
    (clientConfirmed == null || appointment.clientConfirmed === clientConfirmed);
}

// Pulled-in calendar events are listed unless filter_synced_appointments; show_appointments: false
// keeps only them.
function kindFilter(args: AppointmentsArgs): (appointment: AppointmentRecord) => boolean {
  return (appointment) => {
    const synced = appointment.externalIdType !== null;
    return synced ? !args.filter_synced_appointments : args.show_appointments !== false;
  };
}

function typeFilter(args: AppointmentsArgs): Set<string> | null {
  const ids = (args.filter_by_appointment_type_ids ?? []).filter((id): id is string => Boolean(id));
  if (ids.length > 0) return new Set(ids);
  return args.filter_by_appointment_type_id ? new Set([args.filter_by_appointment_type_id]) : null;
}
