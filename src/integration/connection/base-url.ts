import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
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
  /** A Healthie host and the public addresses it resolved to now: requests connect to these only. */
  pinned: { hostname: string; addresses: string[] } | null;
}

const forbidden = (why: string) =>
  new AppError(
    400,
    'base_url_not_allowed',
    `Base URL ${why}. Leave it blank for Healthie production, use ${HEALTHIE_STAGING_URL} for staging, or ask your operator to allow the host in HEALTHIE_ALLOWED_HOSTS.`,
  );

/**
 * Decides where the server may send a Healthie key, under the policy in force now: checked at
 * connect and again for every later client of a saved connection. Healthie's own hosts over HTTPS,
 * resolving to public addresses only (which are then pinned), and hosts an operator allow-listed;
 * nothing that would let a workspace make the server call into private networks or cloud metadata
 * endpoints.
 */
export async function resolveBaseUrl(raw: string | null | undefined, policy: BaseUrlPolicy): Promise<ResolvedBaseUrl> {
  const text = raw?.trim() || HEALTHIE_PRODUCTION_URL;
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
  const stored = normalized === HEALTHIE_PRODUCTION_URL ? null : normalized;
  const hostPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
  if (policy.allowedHosts.map((h) => h.toLowerCase()).includes(hostPort.toLowerCase())) {
    return { endpoint: normalized, stored, pinned: null };
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
  return { endpoint: normalized, stored, pinned: { hostname: host, addresses: addresses.map((a) => a.address) } };
}

/** Where a Healthie key must never be sent: private, loopback, link-local (cloud metadata), shared and special ranges. */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

/** IPv4-mapped IPv6 forms (::ffff:10.0.0.1, ::ffff:a00:1) are judged by their IPv4 address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
