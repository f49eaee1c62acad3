import { describe, expect, it } from 'vitest';
import { ClientOwnership, PRESENCE_CLAIMS_PER_USER } from './clientOwnership';

describe('ClientOwnership: Yjs client ids belong to users per document', () => {
  it('the first user to use a new id owns it; the server\'s id and ids with content but no owner are nobody\'s to take', () => {
    const owners = new ClientOwnership(1);
    expect(owners.mayUse(1, 'alice', false)).toBe(false);
    expect(owners.mayUse(7, 'alice', true)).toBe(false);
    expect(owners.mayUse(5, 'alice', false)).toBe(true);
    owners.claim([5], 'alice', true);
    expect(owners.mayUse(5, 'alice', true)).toBe(true);
    expect(owners.mayUse(5, 'bob', true)).toBe(false);
  });

  it('hands each written claim to the store once, and restores stored claims', () => {
    const owners = new ClientOwnership(1);
    owners.claim([5, 6], 'alice', true);
    owners.claim([8], 'bob', true);
    expect(owners.takeUnpersisted('alice')).toEqual(['yjs-client:5', 'yjs-client:6']);
    expect(owners.takeUnpersisted('alice')).toEqual([]);
    const restarted = new ClientOwnership(2);
    restarted.restore([{ itemKey: 'yjs-client:5', userId: 'alice', at: '' }, { itemKey: 'goals/g1', userId: 'bob', at: '' }]);
    expect(restarted.mayUse(5, 'bob', true)).toBe(false);
    expect(restarted.mayUse(5, 'alice', true)).toBe(true);
    restarted.claim([5], 'alice', true);
    expect(restarted.takeUnpersisted('alice')).toEqual([]);
  });

  it('bounds the ids one user holds by presence alone: minting more lets the oldest go, never a written one', () => {
    const owners = new ClientOwnership(1);
    owners.claim([100], 'mallory', true);
    for (let id = 1_000; id <= 1_000 + PRESENCE_CLAIMS_PER_USER; id += 1) owners.claim([id], 'mallory', false);
    expect(owners.mayUse(1_000, 'bob', false)).toBe(true);
    expect(owners.mayUse(1_001, 'bob', false)).toBe(false);
    expect(owners.mayUse(100, 'bob', true)).toBe(false);
  });
});
