import { describe, expect, it } from 'vitest';
import { grantedKeyScopes, hasScope, parseScopes } from './scopes.ts';

describe('scopes', () => {
  it('admin includes write includes read, per resource only', () => {
    expect(hasScope(['members:admin'], 'members:read')).toBe(true);
    expect(hasScope(['members:write'], 'members:read')).toBe(true);
    expect(hasScope(['members:write'], 'members:admin')).toBe(false);
    expect(hasScope(['members:read'], 'members:write')).toBe(false);
    expect(hasScope(['calendars:admin'], 'members:read')).toBe(false);
    expect(hasScope(['workspace:admin'], 'integrations:admin')).toBe(false);
  });

  it.each([
    [['members:read'], ['members:admin'], ['members:read']],
    [['members:admin'], ['members:read'], ['members:read']],
    [['members:write', 'calendars:read'], ['members:admin'], ['members:write']],
    [['members:admin', 'calendars:admin'], ['members:write', 'calendars:read'], ['calendars:read', 'members:write']],
    [['integrations:admin'], ['members:admin'], []],
    [['billing:admin'], ['members:admin'], []],
  ])('a key with %j held by an owner with %j may do %j', (key, owner, granted) => {
    expect(grantedKeyScopes(key, owner)).toEqual(granted);
  });

  it('parses scope lists and names unknown scopes', () => {
    expect(parseScopes('members:read, calendars:write')).toEqual(['members:read', 'calendars:write']);
    expect(() => parseScopes('members:read billing:admin')).toThrow('billing:admin');
  });
});
