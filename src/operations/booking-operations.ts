import { z } from 'zod';
import { bookAppointment, resolveBooking } from '../integration/push/book-appointment.ts';
import { changeAppointment, resolveChange } from '../integration/push/change-appointment.ts';
import { isoDate } from '../integration/calendar-event-writes.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { fullName } from '../platform/full-name.ts';
import { getListedEvent } from '../workspace/calendar-events.ts';
import { getCalendar, type Calendar } from '../workspace/calendars.ts';
import { appointmentAnswer, fromEvent } from './appointment-operations.ts';
import { askConfirmation, takeConfirmation } from './confirmations.ts';
import { defineOperation, type Caller } from './operation.ts';

const confirmationToken = z.string().max(200).optional().describe('Leave out on the first call; pass the token its answer gave to carry the change out.');

/** The first call's answer, or the second's: a write an assistant does in two steps. */
const twoStepAnswer = z.object({
  status: z.enum(['needs_confirmation', 'done']),
  summary: z.string().describe('What will be (or was) done, in words to show the coordinator.'),
  confirmationToken: z.string().nullable().describe('With needs_confirmation: pass it back with the same input, within expiresAt.'),
  expiresAt: z.string().nullable(),
  appointment: appointmentAnswer.nullable(),
});

const when = (at: Date, calendar: Calendar) =>
  new Intl.DateTimeFormat('en-US', { timeZone: calendar.timezone, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at);

/** First call: a summary and a token, nothing written. Second call (same input and the token): the write, once. */
async function twoSteps(
  ctx: IntegrationContext,
  caller: Caller,
  tool: string,
  input: Record<string, unknown> & { confirmationToken?: string | undefined },
  step: { summary: () => Promise<string>; write: () => Promise<z.input<typeof appointmentAnswer>> },
): Promise<z.input<typeof twoStepAnswer>> {
  const { confirmationToken: token, ...asked } = input;
  const summary = await step.summary();
  if (!token) {
    const { token: issued, expiresAt } = await askConfirmation(ctx.database.db, caller, tool, asked);
    return { status: 'needs_confirmation', summary, confirmationToken: issued, expiresAt: expiresAt.toISOString(), appointment: null };
  }
  await takeConfirmation(ctx.database.db, caller, tool, token, asked);
  return { status: 'done', summary, confirmationToken: null, expiresAt: null, appointment: await step.write() };
}

const answerOf = async (ctx: IntegrationContext, caller: Caller, eventId: string) => fromEvent(caller)(await getListedEvent(ctx.database.db, caller.workspaceId, eventId));

export const bookAppointmentOperation = defineOperation({
  name: 'book_appointment',
  scope: 'calendars:write',
  feature: 'ehr_healthie',
  input: z
    .object({
      calendarId: z.uuid().describe("The provider's calendar (push to Healthie on)."),
      memberId: z.uuid().describe('A member linked to a Healthie patient.'),
      eventTypeId: z.uuid().describe("One of the calendar's event types imported from Healthie."),
      startsAt: isoDate,
      contactType: z.string().trim().min(1).max(100).optional(),
      locationId: z.string().trim().regex(/^[\w-]{1,64}$/).optional(),
      notes: z.string().max(5_000).optional(),
      confirmationToken,
    })
    .strict(),
  output: twoStepAnswer,
  run: async (ctx, caller, input) => {
    const { db } = ctx.database;
    const calendar = await getCalendar(db, caller.workspaceId, input.calendarId);
    const booking = { memberId: input.memberId, eventTypeId: input.eventTypeId, startsAt: new Date(input.startsAt), contactType: input.contactType, locationId: input.locationId, notes: input.notes };
    return twoSteps(ctx, caller, 'book_appointment', input, {
      summary: async () => {
        const { link, member, type, contactType } = await resolveBooking(db, { workspaceId: caller.workspaceId, calendar, booking });
        return `Book ${fullName(member.firstName, member.lastName)} with ${link.providerName || 'the provider'}: ${type.name} (${type.durationMinutes} min), ${when(booking.startsAt, calendar)}, ${contactType}. Sent to Healthie.`;
      },
      write: async () => answerOf(ctx, caller, (await bookAppointment(ctx, { workspaceId: caller.workspaceId, actor: caller.actor, calendar, booking })).event.id),
    });
  },
});

const eventOf = z.object({ calendarId: z.uuid(), eventId: z.uuid().describe('The appointment\'s calendar event (get_appointment, list_upcoming_appointments).') });

export const rescheduleAppointmentOperation = defineOperation({
  name: 'reschedule_appointment',
  scope: 'calendars:write',
  feature: 'ehr_healthie',
  input: eventOf.extend({ startsAt: isoDate, confirmationToken }).strict(),
  output: twoStepAnswer,
  run: async (ctx, caller, input) => {
    const calendar = await getCalendar(ctx.database.db, caller.workspaceId, input.calendarId);
    const change = { startsAt: new Date(input.startsAt) };
    return twoSteps(ctx, caller, 'reschedule_appointment', input, {
      summary: async () => {
        const { stored } = await resolveChange(ctx.database.db, { workspaceId: caller.workspaceId, calendar, eventId: input.eventId, change });
        return `Move ${stored.title} from ${when(stored.startsAt, calendar)} to ${when(change.startsAt, calendar)}. Sent to Healthie.`;
      },
      write: async () => answerOf(ctx, caller, (await changeAppointment(ctx, { workspaceId: caller.workspaceId, actor: caller.actor, calendar, eventId: input.eventId, change })).event.id),
    });
  },
});

export const cancelAppointmentOperation = defineOperation({
  name: 'cancel_appointment',
  scope: 'calendars:write',
  feature: 'ehr_healthie',
  input: eventOf.extend({ confirmationToken }).strict(),
  output: twoStepAnswer,
  run: async (ctx, caller, input) => {
    const calendar = await getCalendar(ctx.database.db, caller.workspaceId, input.calendarId);
    const change = { status: 'cancelled' as const };
    return twoSteps(ctx, caller, 'cancel_appointment', input, {
      summary: async () => {
        const { stored, settings } = await resolveChange(ctx.database.db, { workspaceId: caller.workspaceId, calendar, eventId: input.eventId, change });
        return `Cancel ${stored.title} on ${when(stored.startsAt, calendar)}: ${settings.cancelAs === 'deleted' ? 'deleted in Healthie' : 'marked Cancelled in Healthie'}.`;
      },
      write: async () => answerOf(ctx, caller, (await changeAppointment(ctx, { workspaceId: caller.workspaceId, actor: caller.actor, calendar, eventId: input.eventId, change })).event.id),
    });
  },
});
