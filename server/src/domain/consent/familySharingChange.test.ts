import type { SharingPreferences } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { changesFamilySharing, withFamilySharing } from './familySharingChange';

const current: SharingPreferences = {
  family: [{ userId: 'elena', sharedPlan: true, proposeGoals: true }, { userId: 'marco', sharedPlan: true, proposeGoals: false }],
  behavioralHealth: ['physician'], substanceUse: ['coordinator'],
  providers: [{ kind: 'external', id: 'clinic', name: 'Dr. Ortiz', organization: 'Northside Clinic', contact: 'Fax 555-0100', parts: ['shared'] }],
};

describe('the member changes which family members see the plan', () => {
  it('changes only the family members listed and carries everything else over', () => {
    const next = withFamilySharing(current, [{ userId: 'elena', sharedPlan: false }]);
    expect(next.family).toEqual([{ userId: 'elena', sharedPlan: false, proposeGoals: false }, current.family[1]]);
    expect({ ...next, family: current.family }).toEqual(current);
  });

  it('turns on someone with no entry yet, without letting them suggest goals', () => {
    expect(withFamilySharing(current, [{ userId: 'ana', sharedPlan: true }]).family.at(-1)).toEqual({ userId: 'ana', sharedPlan: true, proposeGoals: false });
    expect(withFamilySharing(current, [{ userId: 'ana', sharedPlan: false }]).family).toEqual(current.family);
  });

  it('keeps a caregiver who stays on exactly as they were', () => {
    expect(withFamilySharing(current, [{ userId: 'elena', sharedPlan: true }])).toEqual(current);
  });

  it('tells a real change from saving what is in force', () => {
    expect(changesFamilySharing(current, [{ userId: 'elena', sharedPlan: true }, { userId: 'ana', sharedPlan: false }])).toBe(false);
    expect(changesFamilySharing(current, [{ userId: 'marco', sharedPlan: false }])).toBe(true);
    expect(changesFamilySharing(current, [{ userId: 'ana', sharedPlan: true }])).toBe(true);
  });
});
