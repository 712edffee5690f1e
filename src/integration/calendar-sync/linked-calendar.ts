import type { Calendar } from '../../workspace/calendars.ts';
import { AppError } from '../../platform/errors.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';

export interface HealthieLinkSettings {
  providerId: string;
  providerName: string;
  linkedAt: string;
}

export function healthieLinkOf(calendar: Calendar): HealthieLinkSettings | null {
  if (calendar.source !== HEALTHIE_SOURCE) return null;
  const settings = calendar.sourceSettings as Partial<HealthieLinkSettings>;
  return typeof settings.providerId === 'string'
    ? { providerId: settings.providerId, providerName: settings.providerName ?? '', linkedAt: settings.linkedAt ?? '' }
    : null;
}

export function requireHealthieLink(calendar: Calendar): HealthieLinkSettings {
  const link = healthieLinkOf(calendar);
  if (!link) throw new AppError(409, 'calendar_not_linked', 'This calendar is not linked to a Healthie provider');
  return link;
}
