import type { Calendar } from '../../api/api-types.ts';

/** The Healthie provider a linked calendar follows, by name where the link recorded one. */
export function linkedProviderName(calendar: Calendar): string {
  const { providerName, providerId } = calendar.sourceSettings;
  return String(providerName ?? providerId ?? '');
}
