import { CARE_TEAM_ROLES, NO_SHARING, type CareTeamRole, type SharingPreferences } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { canSeeTeamMember, presenceRole } from './teamDisplayPolicy';
import { canReadTracking, canRecordTracking } from './trackingPolicy';

const member = (role: CareTeamRole, userId = 'u') => ({ patientId: 'p', userId, role, isLead: false, joinedAt: '2026-01-01T00:00:00.000Z' });
const sharing = (over: Partial<SharingPreferences>): SharingPreferences => ({ ...NO_SHARING, ...over });

describe('tracking follows the plan document of its category', () => {
  it('clinical items: staff who may read the clinical plan; never the family side or community support', () => {
    const prefs = sharing({ family: [{ userId: 'u', sharedPlan: true, proposeGoals: true }] });
    expect(CARE_TEAM_ROLES.filter((r) => canReadTracking(member(r), prefs, 'clinical'))).toEqual([
      'care_coordinator', 'physician', 'nurse', 'behavioral_health', 'social_worker', 'counselor', 'pharmacist', 'community_health_worker',
    ]);
    expect(CARE_TEAM_ROLES.filter((r) => canRecordTracking(member(r), prefs, 'clinical'))).not.toContain('family_caregiver');
  });

  it('restricted items: their record holders, and the people the patient names', () => {
    const physician = member('physician', 'doc');
    expect(canReadTracking(physician, NO_SHARING, 'behavioralHealth')).toBe(false);
    expect(canReadTracking(physician, sharing({ behavioralHealth: ['doc'] }), 'behavioralHealth')).toBe(true);
    expect(canReadTracking(physician, sharing({ behavioralHealth: ['doc'] }), 'substanceUse')).toBe(false);
    expect(canReadTracking(member('behavioral_health'), NO_SHARING, 'substanceUse')).toBe(true);
    expect(canReadTracking(member('care_coordinator'), NO_SHARING, 'substanceUse')).toBe(false);
  });
});

describe('the team as the family sees it', () => {
  const elena = member('family_caregiver', 'elena');
  const prefs = sharing({ family: [{ userId: 'elena', sharedPlan: true, proposeGoals: false }] });
  it('leaves out roles that reveal restricted care and relatives the patient does not share with; staff see everyone', () => {
    expect(canSeeTeamMember(elena, member('behavioral_health', 'bh'), prefs)).toBe(false);
    expect(canSeeTeamMember(elena, member('physician', 'doc'), prefs)).toBe(true);
    expect(canSeeTeamMember(elena, member('family_caregiver', 'cousin'), prefs)).toBe(false);
    expect(canSeeTeamMember(member('nurse'), member('behavioral_health', 'bh'), prefs)).toBe(true);
  });
  it('shows such a role as a care team member in the shared plan\'s presence only', () => {
    expect(presenceRole('behavioral_health', 'shared')).toBe('care_team');
    expect(presenceRole('behavioral_health', 'clinical')).toBe('behavioral_health');
    expect(presenceRole('physician', 'shared')).toBe('physician');
  });
});
