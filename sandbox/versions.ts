// Healthie-GraphQL-API-Version handling, per the versioning guide. Every accepted version is served
// with the published 2026-01-01 schema: no 2026-07-01 schema is published yet.
import type { ApiVersionRules } from './settings.ts';

export const publishedVersions = [
  '2024-06-01',
  '2024-07-01',
  '2024-10-01',
  '2024-10-20',
  '2024-11-01',
  '2025-01-01',
  '2025-04-01',
  '2025-05-15',
  '2025-07-31',
  '2025-10-15',
  '2025-11-30',
  '2026-01-01',
  '2026-07-01',
];
const latestVersion = '2026-07-01';
const baselineVersion = '2024-06-01';
const transitionSunsetDate = '2027-01-31';

export interface VersionWarning {
  code: 'MISSING_API_VERSION_HEADER' | 'API_VERSION_SUNSET_WARNING';
  message: string;
  [detail: string]: string;
}

export type VersionCheck =
  | { accepted: true; version: string; warnings: VersionWarning[] }
  | { accepted: false; message: string; extensions: Record<string, string> };

export function checkApiVersion(header: string | null, rules: ApiVersionRules): VersionCheck {
  const requested = header?.trim() || null;
  if (requested === null) {
    if (rules === 'enforced') {
      return {
        accepted: false,
        message: 'Missing required header: Healthie-GraphQL-API-Version. All API requests must include a version header.',
        extensions: { code: 'MISSING_API_VERSION_HEADER', latest_version: latestVersion },
      };
    }
    return { accepted: true, version: baselineVersion, warnings: [missingHeaderWarning(), sunsetWarning(baselineVersion)] };
  }
  if (!publishedVersions.includes(requested)) return unsupported(requested, 'is not a published Healthie API version');
  const deprecated = requested < latestVersion;
  if (deprecated && rules === 'enforced') return unsupported(requested, 'is no longer supported');
  return { accepted: true, version: requested, warnings: deprecated ? [sunsetWarning(requested)] : [] };
}

function unsupported(requested: string, reason: string): VersionCheck {
  return {
    accepted: false,
    message: `API version '${requested}' ${reason}. Please upgrade to a supported version.`,
    extensions: {
      code: 'UNSUPPORTED_API_VERSION',
      requested_version: requested,
      minimum_supported_version: latestVersion,
      latest_version: latestVersion,
    },
  };
}

function missingHeaderWarning(): VersionWarning {
  return {
    code: 'MISSING_API_VERSION_HEADER',
    message: `No Healthie-GraphQL-API-Version header was sent. Defaulting to baseline version ${baselineVersion}. This fallback will be removed on ${transitionSunsetDate}; please include the header in all requests.`,
    latest_version: latestVersion,
  };
}

function sunsetWarning(version: string): VersionWarning {
  return {
    code: 'API_VERSION_SUNSET_WARNING',
    message: `API version ${version} is deprecated and will be sunset on ${transitionSunsetDate}. Please upgrade to a supported version.`,
    requested_version: version,
    sunset_date: transitionSunsetDate,
    latest_version: latestVersion,
  };
}
