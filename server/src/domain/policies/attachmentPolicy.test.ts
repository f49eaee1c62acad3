import { CARE_TEAM_ROLES, NO_SHARING, type CareTeamRole, type SharingPreferences } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { attachmentAccess } from './attachmentPolicy';

const member = (role: CareTeamRole, userId = 'u') => ({ patientId: 'p', userId, role, isLead: false, joinedAt: '2026-01-01T00:00:00.000Z' });
const withFamily: SharingPreferences = { ...NO_SHARING, family: [{ userId: 'u', sharedPlan: true, proposeGoals: false }] };
const accessByRole = (target: Parameters<typeof attachmentAccess>[2], facts: Parameters<typeof attachmentAccess>[3] = {}) =>
  Object.fromEntries(CARE_TEAM_ROLES.map((r) => [r, attachmentAccess(member(r), withFamily, target, facts)]));

describe('attachments follow the audience of what they are attached to', () => {
  it('the patient record: staff who read the clinical plan add and read; community support and the family side never', () => {
    expect(accessByRole({ kind: 'patient' })).toEqual({
      care_coordinator: 'write', physician: 'write', nurse: 'write', behavioral_health: 'write', social_worker: 'write', counselor: 'write',
      pharmacist: 'write', community_health_worker: 'write', community_support: 'none', family_caregiver: 'none', patient: 'none',
    });
  });

  it('a plan item: its document\'s readers read, its section\'s writers add (a pharmacist only to medications and interventions)', () => {
    const medications = accessByRole({ kind: 'planItem', audience: 'clinical', section: 'medications', itemId: 'i' });
    const needs = accessByRole({ kind: 'planItem', audience: 'clinical', section: 'needs', itemId: 'i' });
    expect([medications.pharmacist, needs.pharmacist, needs.counselor, needs.family_caregiver]).toEqual(['write', 'read', 'read', 'none']);
    expect(accessByRole({ kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'i' }).family_caregiver).toBe('read');
    // Substance use: the behavioral health clinicians hold it; the physician needs the patient's consent naming them.
    const restricted = { kind: 'planItem', audience: 'substanceUse', section: 'needs', itemId: 'i' } as const;
    expect(attachmentAccess(member('physician', 'doc'), NO_SHARING, restricted)).toBe('none');
    expect(attachmentAccess(member('physician', 'doc'), { ...NO_SHARING, substanceUse: ['doc'] }, restricted)).toBe('read');
  });

  it('a thread: whoever may read it adds files, family included on threads shared with family', () => {
    const family = accessByRole({ kind: 'thread', threadId: 't' }, { thread: { visibility: 'family', anchor: { kind: 'patient' } } });
    const team = accessByRole({ kind: 'thread', threadId: 't' }, { thread: { visibility: 'team', anchor: { kind: 'patient' } } });
    expect([family.family_caregiver, team.family_caregiver, team.nurse]).toEqual(['write', 'none', 'write']);
    expect(attachmentAccess(member('nurse'), withFamily, { kind: 'thread', threadId: 't' })).toBe('none');
  });

  it('a reconciliation medication: deciders add until it is signed; other staff who see reconciliations read', () => {
    const target = { kind: 'medication', reconciliationId: 'r', itemId: 'm' } as const;
    const open = accessByRole(target, { completed: false });
    expect([open.pharmacist, open.physician, open.counselor, open.family_caregiver]).toEqual(['write', 'write', 'read', 'none']);
    expect(accessByRole(target, { completed: true }).pharmacist).toBe('read');
  });
});
