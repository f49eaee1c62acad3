import { describe, expect, it } from 'vitest';
import { AddressLimits, budgetKeyOf } from './addressLimits';

describe('per-address budgets', () => {
  it('keeps IPv4 addresses apart and groups IPv6 by /64, however the address is written', () => {
    expect(budgetKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(budgetKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(budgetKeyOf('2001:0db8:0001:0002:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(budgetKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(budgetKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(budgetKeyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('one /64 shares one upgrade budget, and the budget refills with time', () => {
    let now = 0;
    const limits = new AddressLimits({ connectionsPerAddress: 0, upgradesPerMinute: 2 }, () => now);
    expect(limits.admitUpgrade('2001:db8:1:2::a')).toBe(true);
    expect(limits.admitUpgrade('2001:db8:1:2::b')).toBe(true);
    expect(limits.admitUpgrade('2001:db8:1:2::c')).toBe(false);
    expect(limits.admitUpgrade('2001:db8:1:3::a')).toBe(true);
    now += 30_000;
    expect(limits.admitUpgrade('2001:db8:1:2::c')).toBe(true);
  });
});
