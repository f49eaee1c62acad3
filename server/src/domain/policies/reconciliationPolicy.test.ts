import { CARE_TEAM_ROLES, type CareTeamRole } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { canWritePlanSection, planSectionWriteLimit } from './planSectionPolicy';
import {
  canAddFollowUps, canDecideMedications, canMarkPharmacistReview, canSignReconciliation, canStartReconciliation, canViewReconciliations,
} from './reconciliationPolicy';

const member = (role: CareTeamRole) => ({ patientId: 'p', userId: 'u', role, isLead: false, joinedAt: '2026-01-01T00:00:00.000Z' });
const rolesWhere = (policy: (m: ReturnType<typeof member>) => boolean) => CARE_TEAM_ROLES.filter((r) => policy(member(r)));

describe('reconciliation policy: who may do what', () => {
  it('staff who may read the clinical plan see and start reconciliations; the family side and community support do not', () => {
    const staff = ['care_coordinator', 'physician', 'nurse', 'behavioral_health', 'social_worker', 'counselor', 'pharmacist', 'community_health_worker'];
    expect(rolesWhere(canViewReconciliations)).toEqual(staff);
    expect(rolesWhere(canStartReconciliation)).toEqual(staff);
    expect(canViewReconciliations(null)).toBe(false);
  });

  it('pharmacist, physician, nurse and coordinator decide and add follow-ups; a pharmacist marks the review; a physician or nurse signs', () => {
    expect(rolesWhere(canDecideMedications)).toEqual(['care_coordinator', 'physician', 'nurse', 'pharmacist']);
    expect(rolesWhere(canAddFollowUps)).toEqual(['care_coordinator', 'physician', 'nurse', 'pharmacist']);
    expect(rolesWhere(canMarkPharmacistReview)).toEqual(['pharmacist']);
    expect(rolesWhere(canSignReconciliation)).toEqual(['physician', 'nurse']);
  });
});

describe('plan section policy: which sections of the clinical plan a pharmacist writes', () => {
  it('a pharmacist writes medications and interventions (tasks) only', () => {
    expect(planSectionWriteLimit('pharmacist', 'clinical')).toEqual(new Set(['medications', 'interventions']));
    for (const section of ['needs', 'referrals', 'testResults', 'transitions']) expect(canWritePlanSection('pharmacist', 'clinical', section)).toBe(false);
    expect(canWritePlanSection('pharmacist', 'clinical', 'medications')).toBe(true);
  });

  it('other roles are not narrowed, and an unknown role may write nothing', () => {
    expect(planSectionWriteLimit('physician', 'clinical')).toBeNull();
    expect(canWritePlanSection('care_coordinator', 'clinical', 'needs')).toBe(true);
    expect(planSectionWriteLimit('wizard', 'clinical')).toEqual(new Set());
  });
});
