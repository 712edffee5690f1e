import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['(555) 123-4567', '+15551234567'],
    ['555.123.4567', '+15551234567'],
    ['555 123 4567', '+15551234567'],
    ['5551234567', '+15551234567'],
    ['+1 555 123 4567', '+15551234567'],
    ['1-555-123-4567', '+15551234567'],
    ['+15551234567', '+15551234567'],
    ['  +1 (555) 123-4567  ', '+15551234567'],
    ['555-123-4567 ext. 12', '+15551234567'],
    ['+44 20 7946 0163', '+442079460163'],
    ['+351 912 555 164', '+351912555164'],
  ])('reads %j as %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['', 'call me', '12', '123-45', '+1 555'])('refuses %j', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('reads national numbers in the given region', () => {
    expect(normalizePhone('020 7946 0163', 'GB')).toBe('+442079460163');
    expect(normalizePhone('020 7946 0163', 'US')).toBeNull();
  });
});
