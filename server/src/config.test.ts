import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const base = { NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/carehuddle-config-test' } as const;

describe('TRUST_PROXY', () => {
  it('believes no proxy by default, so X-Forwarded-For is ignored', () => {
    expect(loadConfig({ ...base }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('takes a hop count or a list of addresses and subnets', () => {
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
  });

  it('refuses "true" (any client could pick its address) and junk, with a one-line message', () => {
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'a b; c' })).toThrow(/TRUST_PROXY/);
  });
});

describe('RETENTION_YEARS', () => {
  it('keeps records ten years after the last episode by default, or as set', () => {
    expect(loadConfig({ ...base }).coordination.retentionYears).toBe(10);
    expect(loadConfig({ ...base, RETENTION_YEARS: '25' }).coordination.retentionYears).toBe(25);
  });

  it('refuses fewer than the six years HIPAA keeps documentation, and junk', () => {
    expect(() => loadConfig({ ...base, RETENTION_YEARS: '5' })).toThrow(/RETENTION_YEARS/);
    expect(() => loadConfig({ ...base, RETENTION_YEARS: 'forever' })).toThrow(/RETENTION_YEARS/);
  });
});
