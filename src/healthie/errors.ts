import type { VersionRefusal } from './transport.ts';

/** What went wrong talking to Healthie, in the terms that decide what to do next. */
export type HealthieErrorKind =
  | 'auth' // the key was not accepted: wrong, revoked or expired
  | 'permission' // the key's Healthie user may not do this
  | 'rate_limited' // Healthie asked us to slow down, and kept asking
  | 'unavailable' // Healthie answered with a server error
  | 'timeout' // no answer in time
  | 'network' // could not reach Healthie at all
  | 'bad_response' // an answer we could not read (truncated, not JSON, not GraphQL)
  | 'rejected' // Healthie refused the query itself (schema)
  | 'too_complex' // the query priced over Healthie's complexity cap (a smaller page may pass)
  | 'version_unsupported' // Healthie no longer accepts (or never had) the API version sent
  | 'validation'; // a mutation's input was refused field by field

const advice: Record<HealthieErrorKind, string> = {
  auth: 'Healthie refused the API key (it may be wrong, revoked or expired). Find or generate a valid key in your Healthie account under Settings > API.',
  permission:
    "Healthie refused this for the API key's user, who is not allowed to do it. Use a key that belongs to an account with appropriate access in your Healthie organization.",
  rate_limited: 'Healthie is limiting requests right now. Wait a moment and try again.',
  unavailable: 'Healthie answered with a server error. Wait a moment and try again; if it persists, check that the Healthie API is operational.',
  timeout: 'Healthie did not answer in time. Wait a moment and try again.',
  network: 'Healthie could not be reached. Check the Base URL and try again.',
  bad_response: 'Healthie sent a response that could not be read. Wait a moment and try again.',
  rejected: 'Healthie refused the request.',
  too_complex: 'Healthie found the request too complex, even at the smallest page.',
  version_unsupported:
    "Healthie no longer accepts the connection's API version. On the Overview, check the version Healthie names and switch to it (or let the automatic upgrade do it).",
  validation: 'Healthie refused the values sent.',
};

/** The stable code each kind is known by, in API answers and wherever a failure is stored. */
const codes: Record<HealthieErrorKind, string> = {
  auth: 'healthie_auth_failed',
  permission: 'healthie_permission_denied',
  validation: 'healthie_validation_failed',
  rate_limited: 'healthie_rate_limited',
  unavailable: 'healthie_unavailable',
  bad_response: 'healthie_unavailable',
  rejected: 'healthie_rejected',
  too_complex: 'healthie_too_complex',
  version_unsupported: 'healthie_version_unsupported',
  network: 'healthie_unreachable',
  timeout: 'healthie_timeout',
};

export interface FieldMessage {
  field: string | null;
  message: string;
}

/**
 * A failed Healthie request, told in our own words: a fixed message per kind plus, at most, a
 * detail of our own making (an HTTP status, Healthie's error code). Healthie's own error text is
 * never part of it, since it can quote the names and contact details it was sent or holds.
 */
export class HealthieError extends Error {
  readonly kind: HealthieErrorKind;
  /** HTTP status, when Healthie answered. */
  readonly status: number | undefined;
  readonly attempts: number;
  readonly fieldMessages: FieldMessage[];
  /** With version_unsupported: what Healthie said it accepts. */
  readonly versionRefusal: VersionRefusal | null;

  constructor(
    kind: HealthieErrorKind,
    options: { detail?: string; status?: number; attempts?: number; fieldMessages?: FieldMessage[]; cause?: unknown; versionRefusal?: VersionRefusal } = {},
  ) {
    const detail = options.detail ? ` ${scrub(options.detail)}` : '';
    // "Healthie API request failed" is kept for failures of Healthie itself; a refused key is the key's.
    const failed = kind === 'auth' || kind === 'permission' ? '' : 'Healthie API request failed: ';
    super(`${failed}${advice[kind]}${detail}`, { cause: options.cause });
    this.name = 'HealthieError';
    this.kind = kind;
    this.status = options.status;
    this.attempts = options.attempts ?? 1;
    this.fieldMessages = options.fieldMessages ?? [];
    this.versionRefusal = options.versionRefusal ?? null;
  }

  get code(): string {
    return codes[this.kind];
  }

  /** Worth another try later (the same request may succeed): not so for auth, permission, rejection, validation. */
  get transient(): boolean {
    return ['rate_limited', 'unavailable', 'timeout', 'network', 'bad_response'].includes(this.kind);
  }
}

/** Healthie's messages can quote what was sent: keep emails, phone-like digit runs and long quoted values out. */
export function scrub(text: string): string {
  return text
    .replace(/[^\s@"']+@[^\s@"']+/g, '[redacted]')
    .replace(/\+?\d[\d\s().-]{6,}\d/g, '[redacted]')
    .replace(/"[^"]{40,}"/g, '"[redacted]"')
    .slice(0, 300);
}
