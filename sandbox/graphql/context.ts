// What every resolver sees: the sandbox, the user the API key belongs to (null when anonymous), and
// how to render datetimes for that user.
import { GraphQLError } from '../graphql-js.ts';
import { formatDatetime } from '../datetime.ts';
import type { ChangeContext } from '../domain/outcome.ts';
import { userTimeZone } from '../domain/time-zone.ts';
import type { SandboxState } from '../state.ts';
import type { UserRecord } from '../store/records.ts';

export interface SandboxContext {
  state: SandboxState;
  viewer: UserRecord | null;
  /** Renders an instant as Healthie would for this viewer; null stays null. */
  datetime: (epochMs: number | null) => string | null;
  /** Reads a datetime argument in the viewer's timezone. */
  timeZone: string;
}

export function createSandboxContext(state: SandboxState, viewer: UserRecord | null): SandboxContext {
  const timeZone = viewer ? userTimeZone(viewer, state.store) : 'America/New_York';
  const format = state.settings.datetimeFormat;
  return {
    state,
    viewer,
    timeZone,
    datetime: (epochMs) => (epochMs === null ? null : formatDatetime(epochMs, timeZone, format)),
  };
}

export function requireViewer(context: SandboxContext): UserRecord {
  if (!context.viewer) throw new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHORIZED' } });
  return context.viewer;
}

/** Mutations act as the viewer. */
export function changeContextOf(context: SandboxContext): ChangeContext {
  return context.state.changeContext(requireViewer(context));
}
