import { describe, expect, it } from 'vitest';
import { sameFamilyName, sameGivenName } from './given-names.ts';
import { matchConcerns } from './match-concerns.ts';

describe('given names', () => {
  it.each([
    ['Sam', 'Samuel'],
    ['Bill', 'William'],
    ['Peggy', 'Margaret'],
    ['Bob', 'Robbie'],
    ['Chris', 'Christopher'],
    ['José', 'jose'],
    ['Mary Ann', 'Mary'],
    ['', 'Anyone'],
  ])('%s and %s can be one person', (a, b) => expect(sameGivenName(a, b)).toBe(true));

  it.each([
    ['Tom', 'Jennifer'],
    ['Bill', 'Robert'],
    ['Al', 'Alice'],
    ['Dan', 'Diana'],
  ])('%s and %s are different people', (a, b) => expect(sameGivenName(a, b)).toBe(false));
});

describe('family names', () => {
  it('agree ignoring case and accents, and on a shared part of a double name', () => {
    expect(sameFamilyName('García', 'garcia')).toBe(true);
    expect(sameFamilyName('García-López', 'Lopez')).toBe(true);
    expect(sameFamilyName('Smith', 'Smyth')).toBe(false);
  });
});

describe('what a person should check before linking', () => {
  const patient = { id: '1', name: '', firstName: 'Samuel', lastName: 'Okafor', email: 'sam@example.com', phone: '(555) 010-0101' };
  const member = { firstName: 'Sam', lastName: 'Okafor', emailKey: 'sam@example.com', phone: '+15550100101' };

  it('is nothing for a nickname with agreeing contact details', () => {
    expect(matchConcerns(member, patient, 'email', 'US')).toEqual([]);
  });

  it('is the names when they differ beyond a nickname', () => {
    expect(matchConcerns({ ...member, firstName: 'Jennifer' }, patient, 'email', 'US')).toEqual(['name_differs']);
    expect(matchConcerns({ ...member, lastName: 'Mensah' }, patient, 'email', 'US')).toEqual(['name_differs']);
  });

  it('is the other contact value when both sides have it and it differs', () => {
    expect(matchConcerns({ ...member, phone: '+15550100199' }, patient, 'email', 'US')).toEqual(['phone_differs']);
    expect(matchConcerns({ ...member, emailKey: 'other@example.com' }, patient, 'phone', 'US')).toEqual(['email_differs']);
    expect(matchConcerns({ ...member, phone: null }, patient, 'email', 'US')).toEqual([]);
    expect(matchConcerns(member, { ...patient, email: null }, 'phone', 'US')).toEqual([]);
  });
});
