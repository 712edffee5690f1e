import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig: metrics', () => {
  it('has neither a scrape token nor a metrics port unless set, and an empty variable is unset', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, port: undefined });
    expect(loadConfig({ METRICS_TOKEN: '', METRICS_PORT: '' }).metrics).toEqual({ token: undefined, port: undefined });
  });

  it('reads METRICS_TOKEN and METRICS_PORT', () => {
    expect(loadConfig({ METRICS_TOKEN: 'abcdefghijklmnop-123', METRICS_PORT: '9464' }).metrics).toEqual({ token: 'abcdefghijklmnop-123', port: 9464 });
  });

  it('stops on a wrong value with a message naming the variable', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: at least 16 characters/);
    expect(() => loadConfig({ METRICS_TOKEN: 'sixteen chars with spaces' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ PORT: '3000', METRICS_PORT: '3000' })).toThrow(/METRICS_PORT: 3000 is already PORT/);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['off', false],
    ['on', 1],
    ['2', 2],
    ['10.0.0.0/8, fd00::/8', '10.0.0.0/8,fd00::/8'],
  ])('reads %j as %j', (value, trust) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(trust);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow('TRUST_PROXY');
  });
});
