import { describe, expect, it } from 'vitest';
import { HEALTHIE_STAGING_URL, isPrivateAddress, resolveBaseUrl } from './base-url.ts';

const publicLookup = async () => [{ address: '34.120.10.10' }];

describe('Base URL policy', () => {
  it('accepts blank (production), staging and allow-listed hosts', async () => {
    expect(await resolveBaseUrl('', { allowedHosts: [], lookup: publicLookup })).toEqual({
      endpoint: 'https://api.gethealthie.com/graphql',
      stored: null,
      pinned: { hostname: 'api.gethealthie.com', addresses: ['34.120.10.10'] },
    });
    expect(await resolveBaseUrl(HEALTHIE_STAGING_URL, { allowedHosts: [], lookup: publicLookup })).toEqual({
      endpoint: HEALTHIE_STAGING_URL,
      stored: HEALTHIE_STAGING_URL,
      pinned: { hostname: 'staging-api.gethealthie.com', addresses: ['34.120.10.10'] },
    });
    expect((await resolveBaseUrl('http://127.0.0.1:4010/graphql', { allowedHosts: ['127.0.0.1:4010'] })).stored).toBe('http://127.0.0.1:4010/graphql');
  });

  it('refuses a Healthie host name that resolves into a private network', async () => {
    await expect(resolveBaseUrl(HEALTHIE_STAGING_URL, { allowedHosts: [], lookup: async () => [{ address: '10.1.2.3' }] })).rejects.toMatchObject({
      code: 'base_url_not_allowed',
    });
  });

  it.each([
    ['169.254.169.254', true],
    ['10.0.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['127.0.0.1', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:a00:1', true],
    ['::ffff:a9fe:a9fe', true],
    ['64:ff9b::a9fe:a9fe', true],
    ['34.120.10.10', false],
    ['2600:1f18::1', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
