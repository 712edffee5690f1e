// Datetime arguments of list queries (appointments' startDate and endDate, availableSlotsForRange's
// start_date and end_date): read in a timezone when they carry no offset, a bare date as the end of that
// day where it ends a range.
import { GraphQLError } from '../graphql-js.ts';
import { parseDatetime } from '../datetime.ts';

export function readDatetimeArgument(field: string, argument: string, value: string, timeZone: string, endOfDay: boolean): number {
  const parsed = parseDatetime(value, timeZone);
  if (parsed === null) throw invalidArgument(field, argument, value);
  const isBareDate = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  return endOfDay && isBareDate ? parseDatetime(`${value.trim()} 23:59:59`, timeZone) ?? parsed : parsed;
}

export function invalidArgument(field: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(`Argument '${argument}' on Field '${field}' has an invalid value (${JSON.stringify(value)}).`);
}
