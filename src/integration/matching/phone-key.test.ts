import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../workspace/phone.ts';
import { PhoneKeyReader } from './phone-key.ts';

const member = (raw: string, region = 'US') => normalizePhone(raw, region)!;

describe('PhoneKeyReader', () => {
  it.each([
    ['(555) 123-4567'],
    ['555.123.4567'],
    ['+1 555 123 4567'],
    ['1-555-123-4567'],
    ['+15551234567'],
    ['555 123 4567'],
    ['5551234567'],
    [' (555)123-4567 '],
    ['555-123-4567 ext. 89'],
    ['555-123-4567 x89'],
    ['555-123-4567#89'],
  ])('reads %j as the member number +15551234567', (raw) => {
    const reader = new PhoneKeyReader(new Set([member('555-123-4567')]), 'US');
    expect(reader.read(raw)).toBe('+15551234567');
  });

  it.each([
    ['+44 20 7946 0958', 'US'],
    ['+44 (0) 20 7946 0958', 'US'],
    ['020 7946 0958', 'GB'],
    ['0044 20 7946 0958', 'FR'],
  ])('reads the international number %j (region %s) as +442079460958', (raw, region) => {
    const reader = new PhoneKeyReader(new Set([member('+44 20 7946 0958')]), region);
    expect(reader.read(raw)).toBe('+442079460958');
  });

  it.each([
    ['+683 4002', '+683 4002', 'US'],
    ['+290 22 123', '+290 22123', 'US'],
    ['+49 30 1234567', '030 1234567', 'DE'],
    ['+49 30 1234567', '011 49 30 1234567', 'US'],
    ['+351 912 555 164', '912 555 164', 'PT'],
    ['+54 9 11 2345-6789', '011 15-2345-6789', 'AR'],
  ])('reads the member number %s written %j in region %s (short numbers, trunk and mobile prefixes)', (number, raw, region) => {
    const reader = new PhoneKeyReader(new Set([member(number), member('555-123-4567')]), region);
    expect(reader.read(raw)).toBe(member(number));
  });

  it.each([['555-123-4568'], ['+1 555 123 4566'], ['123'], ['not a phone'], [''], [null]])('does not read %j as a member number', (raw) => {
    const reader = new PhoneKeyReader(new Set([member('555-123-4567')]), 'US');
    expect(reader.read(raw)).toBeNull();
  });

  it('reads nothing when no member has a phone', () => {
    expect(new PhoneKeyReader(new Set(), 'US').read('555-123-4567')).toBeNull();
  });
});
