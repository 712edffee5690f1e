// Healthie's webhook events travel as names ("appointment.patient_added") in payloads and as enum values
// (APPOINTMENT_PATIENT_ADDED) in GraphQL. The enum alone does not say where the dot goes; the schema's
// description of each WebhookEventType value does, so the names are read from there.
import { Kind } from '../graphql-js.ts';
import { servedSchemaDocument } from '../schema/executable-schema.ts';

interface EventNames {
  byEnumValue: Map<string, string>;
  byEvent: Map<string, string>;
}

let names: EventNames | undefined;

function eventNames(): EventNames {
  if (names) return names;
  const byEnumValue = new Map<string, string>();
  for (const definition of servedSchemaDocument().definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'WebhookEventType') continue;
    for (const value of definition.values ?? []) {
      const event = value.description?.value.trim();
      if (!event) throw new Error(`WebhookEventType.${value.name.value} has no event name in the schema`);
      byEnumValue.set(value.name.value, event);
    }
  }
  names = { byEnumValue, byEvent: new Map([...byEnumValue].map(([enumValue, event]) => [event, enumValue])) };
  return names;
}

function lookUp(names: Map<string, string>, key: string, what: string): string {
  const found = names.get(key);
  if (!found) throw new Error(`${key} is not ${what}`);
  return found;
}

export const eventOfEnumValue = (enumValue: string): string => lookUp(eventNames().byEnumValue, enumValue, 'a WebhookEventType');
export const enumValueOfEvent = (event: string): string => lookUp(eventNames().byEvent, event, 'a Healthie webhook event');
