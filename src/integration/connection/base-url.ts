import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError, badRequest } from '../../platform/errors.ts';
import { HealthieError } from '../../healthie/errors.ts';

export const HEALTHIE_PRODUCTION_URL = 'https://api.gethealthie.com/graphql';
export const HEALTHIE_STAGING_URL = 'https://staging-api.gethealthie.com/graphql';

export interface BaseUrlPolicy {
  /** host:port pairs an operator allowed (HEALTHIE_ALLOWED_HOSTS), and the embedded sandbox. */
  allowedHosts: string[];
  lookup?: (hostname: string) => Promise<Array<{ address: string }>>;
}

export interface ResolvedBaseUrl {
  /** Where requests go. */
  endpoint: string;
  /** What we store: null for Healthie production. */
  stored: string | null;
}

const forbidden = (why: string) =>
  new AppError(
    400,
    'base_url_not_allowed',
    `Base URL ${why}. Leave it blank for Healthie production, use ${HEALTHIE_STAGING_URL} for staging, or ask your operator to allow the host in HEALTHIE_ALLOWED_HOSTS.`,
  );

/**
 * Decides where the server may send a Healthie key. Healthie's own hosts over HTTPS (resolving to
 * public addresses only), and hosts an operator allow-listed; nothing that would let a workspace
 * make the server call into private networks or cloud metadata endpoints.
 */
export async function resolveBaseUrl(raw: string | null | undefined, policy: BaseUrlPolicy): Promise<ResolvedBaseUrl> {
  const text = raw?.trim();
  if (!text) return { endpoint: HEALTHIE_PRODUCTION_URL, stored: null };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badRequest('Base URL is not a URL; leave it blank for Healthie production', 'invalid_base_url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw forbidden('must use https');
  if (url.username || url.password) throw forbidden('must not carry credentials');
  url.hash = '';
  const normalized = url.toString();
  if (normalized === HEALTHIE_PRODUCTION_URL) return { endpoint: normalized, stored: null };
  const hostPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
  if (policy.allowedHosts.map((h) => h.toLowerCase()).includes(hostPort.toLowerCase())) {
    return { endpoint: normalized, stored: normalized };
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:') throw forbidden('must use https');
  if (isIP(host.replace(/^\[|\]$/g, '')) || !(host === 'gethealthie.com' || host.endsWith('.gethealthie.com'))) {
    throw forbidden(`points at ${isIP(host.replace(/^\[|\]$/g, '')) ? 'an IP address' : 'a host'} that is not Healthie's`);
  }
  const lookup = policy.lookup ?? ((h: string) => dnsLookup(h, { all: true }));
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(host);
  } catch (error) {
    throw new HealthieError('network', { detail: `(${host} could not be resolved)`, cause: error });
  }
  if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) {
    throw forbidden(`resolves to a private network address`);
  }
  return { endpoint: normalized, stored: normalized };
}

export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number) as [number, number];
    return (
      a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
    );
  }
  const v6 = address.toLowerCase();
  if (v6.startsWith('::ffff:')) return isPrivateAddress(v6.slice(7));
  return v6 === '::1' || v6 === '::' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80') || v6.startsWith('ff');
}
