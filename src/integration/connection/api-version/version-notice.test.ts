import { describe, expect, it } from 'vitest';
import { daysUntil, describeNotice, displayedStatus, noticeFromRefusal, noticeFromWarnings, upgradeDue } from './version-notice.ts';

const now = new Date('2026-12-01T12:00:00Z');
const sunsetWarning = { code: 'API_VERSION_SUNSET_WARNING', message: '…', requestedVersion: '2026-01-01', sunsetDate: '2027-01-31', latestVersion: '2026-07-01' };
const notice = noticeFromWarnings('2026-01-01', [sunsetWarning], now)!;

describe('API version notice', () => {
  it('reads the sunset date and the latest version from the warning', () => {
    expect(notice).toMatchObject({ version: '2026-01-01', sunsetDate: '2027-01-31', latestVersion: '2026-07-01', rejected: false });
    expect(noticeFromWarnings('2026-07-01', [], now)).toBeNull();
  });

  it('counts the days to the sunset and says so', () => {
    expect(daysUntil('2027-01-31', now)).toBe(61);
    expect(describeNotice(notice, now)).toBe('Healthie stops accepting API version 2026-01-01 on 2027-01-31, in 61 days.');
    expect(describeNotice(notice, new Date('2027-01-30T08:00:00Z'))).toBe('Healthie stops accepting API version 2026-01-01 on 2027-01-31, in 1 day.');
  });

  it.each([
    ['2026-12-01T12:00:00Z', 'connected'],
    ['2027-01-01T00:00:00Z', 'action_needed'],
    ['2027-01-30T00:00:00Z', 'action_needed'],
  ])('on %s a connection 2026-01-01 with that notice shows %s', (at, status) => {
    expect(displayedStatus({ status: 'connected', apiVersion: '2026-01-01', versionNotice: notice }, new Date(at))).toBe(status);
  });

  it('shows Error above all, and no notice once the connection moved to another version', () => {
    const late = new Date('2027-01-25T00:00:00Z');
    expect(displayedStatus({ status: 'error', apiVersion: '2026-01-01', versionNotice: notice }, late)).toBe('error');
    expect(displayedStatus({ status: 'connected', apiVersion: '2026-07-01', versionNotice: notice }, late)).toBe('connected');
  });

  it('upgrades automatically within 14 days of the sunset or once refused, to a version Healthie named', () => {
    expect(upgradeDue(notice, '2026-01-01', new Date('2027-01-10T00:00:00Z'))).toBe(false);
    expect(upgradeDue(notice, '2026-01-01', new Date('2027-01-20T00:00:00Z'))).toBe(true);
    const refused = noticeFromRefusal('2026-01-01', { code: 'UNSUPPORTED_API_VERSION', requestedVersion: '2026-01-01', minimumSupportedVersion: '2026-07-01', latestVersion: '2026-07-01' }, now);
    expect(upgradeDue(refused, '2026-01-01', now)).toBe(true);
    expect(upgradeDue(refused, '2026-07-01', now)).toBe(false);
    expect(upgradeDue({ ...refused, latestVersion: null }, '2026-01-01', now)).toBe(false);
    expect(describeNotice(refused, now)).toBe('Healthie no longer accepts API version 2026-01-01; switch to 2026-07-01 or later.');
  });
});
