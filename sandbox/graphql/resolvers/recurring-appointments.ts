// RecurringAppointment, and the fields that tie an Appointment to its series (the deprecated ones too).
import type { AppointmentRecord, RecurringAppointmentRecord } from '../../store/records.ts';
import { paginate, wholeIndex } from '../../store/connection.ts';
import { SortedIndex } from '../../store/sorted-index.ts';
import type { SandboxContext } from '../context.ts';
import { connectionOf } from '../connection-result.ts';
import type { PagingArgs, ResolverMap } from '../resolver-map.ts';

const seriesOf = (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
  appointment.recurrence ? context.state.store.recurringAppointments.get(appointment.recurrence.seriesId) ?? null : null;

export const recurringAppointmentResolvers: ResolverMap = {
  Appointment: {
    recurring_appointment: seriesOf,
    recurring_appointment_id: (appointment: AppointmentRecord) => appointment.recurrence?.seriesId ?? null,
    current_position_in_recurring_series: (appointment: AppointmentRecord) => appointment.recurrence?.position ?? null,
    repeat: (appointment: AppointmentRecord) => appointment.recurrence !== null,
    repeat_interval: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => seriesOf(appointment, _, context)?.repeatInterval ?? null,
    repeat_times: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => seriesOf(appointment, _, context)?.repeatTimes ?? null,
  },
  RecurringAppointment: {
    repeat_interval: (series: RecurringAppointmentRecord) => series.repeatInterval,
    repeat_times: (series: RecurringAppointmentRecord) => String(series.repeatTimes),
    join_all: (series: RecurringAppointmentRecord) => series.joinAll,
    previous_recurring_appointment_id: () => null,
    appointments: (series: RecurringAppointmentRecord, args: PagingArgs & { order_by?: string | null }, context: SandboxContext) => {
      const live = [...context.state.store.appointments.values()].filter((appointment) => appointment.deletedAt === null && appointment.recurrence?.seriesId === series.id);
      const index = SortedIndex.of(live, (appointment) => [appointment.startsAt, Number(appointment.id)]);
      return connectionOf(paginate(wholeIndex(index, args.order_by === 'DATE_DESC'), () => true, args));
    },
  },
};
