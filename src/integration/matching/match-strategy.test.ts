import { describe, expect, it } from 'vitest';
import { chooseStrategy } from './match-strategy.ts';

const base = { patientPageSize: 358, pagesRead: 1, links: 0, idPageSize: 500, withPhone: 0 };

describe('choosing how to read Healthie', () => {
  it('looks a few members up by keyword in a large practice', () => {
    expect(chooseStrategy({ ...base, patients: 100_000, lookups: 12 })).toEqual({ strategy: 'lookup', scanRequests: 279, lookupRequests: 12 });
  });

  it('pages through every patient when a member to match has a phone (Healthie cannot search phones)', () => {
    expect(chooseStrategy({ ...base, patients: 100_000, lookups: 12, withPhone: 1 }).strategy).toBe('scan');
  });

  it('pages through every patient when members are many', () => {
    expect(chooseStrategy({ ...base, patients: 100_000, lookups: 50_000 }).strategy).toBe('scan');
  });

  it('scans when the first page already held every patient', () => {
    expect(chooseStrategy({ ...base, patients: 65, lookups: 2 })).toEqual({ strategy: 'scan', scanRequests: 0, lookupRequests: 2 });
  });

  it('counts the id checks lookups need for linked members, and gives a tie to the scan', () => {
    expect(chooseStrategy({ ...base, patients: 3_580, lookups: 4, links: 2_600 })).toEqual({ strategy: 'scan', scanRequests: 9, lookupRequests: 10 });
    expect(chooseStrategy({ ...base, patients: 3_580, lookups: 9, links: 0 }).strategy).toBe('scan');
  });
});
