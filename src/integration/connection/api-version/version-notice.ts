import type { ApiVersionNotice, ConnectionStatus } from '../../../db/schema.ts';
import type { ApiWarning, VersionRefusal } from '../../../healthie/transport.ts';

const DAY_MS = 86_400_000;
/** Within this many days of the sunset the connection says "Action needed". */
export const ACTION_NEEDED_DAYS = 30;
/** Within this many days of the sunset (or once refused) the automatic upgrade switches versions. */
export const AUTO_UPGRADE_DAYS = 14;

/** What an API_VERSION_SUNSET_WARNING (and MISSING_API_VERSION_HEADER) says about `version`; null when Healthie raised none. */
export function noticeFromWarnings(version: string, warnings: ApiWarning[], now: Date): ApiVersionNotice | null {
  const sunset = warnings.find((w) => w.code === 'API_VERSION_SUNSET_WARNING');
  const latest = warnings.find((w) => w.latestVersion)?.latestVersion ?? null;
  if (!sunset && !latest) return null;
  return { version, sunsetDate: sunset?.sunsetDate ?? null, latestVersion: latest, minimumSupportedVersion: null, rejected: false, observedAt: now.toISOString() };
}

/** What UNSUPPORTED_API_VERSION or MISSING_API_VERSION_HEADER said. */
export function noticeFromRefusal(version: string, refusal: VersionRefusal, now: Date): ApiVersionNotice {
  return {
    version,
    sunsetDate: null,
    latestVersion: refusal.latestVersion,
    minimumSupportedVersion: refusal.minimumSupportedVersion,
    rejected: true,
    observedAt: now.toISOString(),
  };
}

/** Whole days from `now` to the start of `date` (UTC), never below 0. */
export function daysUntil(date: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(`${date}T00:00:00Z`) - now.getTime()) / DAY_MS));
}

export type DisplayedStatus = ConnectionStatus | 'action_needed';

/**
 * The one status a person sees: Error when Healthie refuses the key or the version; "Action needed"
 * when Healthie stops accepting the connection's version within ACTION_NEEDED_DAYS; else Connected.
 */
export function displayedStatus(connection: { status: ConnectionStatus; apiVersion: string; versionNotice: ApiVersionNotice | null }, now: Date): DisplayedStatus {
  if (connection.status === 'error') return 'error';
  const notice = connection.versionNotice;
  if (notice?.version === connection.apiVersion && notice.sunsetDate && daysUntil(notice.sunsetDate, now) <= ACTION_NEEDED_DAYS) return 'action_needed';
  return 'connected';
}

/** "Healthie stops accepting API version 2026-01-01 on 2027-01-31, in 61 days", or what it already refused. */
export function describeNotice(notice: ApiVersionNotice, now: Date): string {
  if (notice.rejected) {
    const fix = notice.minimumSupportedVersion ?? notice.latestVersion;
    return `Healthie no longer accepts API version ${notice.version}${fix ? `; switch to ${fix} or later` : ''}.`;
  }
  if (!notice.sunsetDate) return `Healthie's latest API version is ${notice.latestVersion}.`;
  const days = daysUntil(notice.sunsetDate, now);
  return `Healthie stops accepting API version ${notice.version} on ${notice.sunsetDate}, in ${days} day${days === 1 ? '' : 's'}.`;
}

/** Whether the automatic upgrade should try `notice.latestVersion` now. */
export function upgradeDue(notice: ApiVersionNotice | null, currentVersion: string, now: Date): notice is ApiVersionNotice & { latestVersion: string } {
  if (!notice?.latestVersion || notice.latestVersion === currentVersion || notice.version !== currentVersion) return false;
  return notice.rejected || (notice.sunsetDate !== null && daysUntil(notice.sunsetDate, now) <= AUTO_UPGRADE_DAYS);
}
