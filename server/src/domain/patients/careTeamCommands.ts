import type { AddCareTeamMemberInput, CareTeamMember } from '@carehuddle/shared';
import { DuplicateKeyError } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, invalid, notFound } from '../errors';
import { withdrawInvitationsOf } from '../invitations/withdrawInvitations';
import { assertFamilyNameFree } from '../staff/displayNames';
import type { Services } from '../services';
import { requireCareCoordinator } from './requireCoordinator';
import { presentCareTeamMember } from './presenters';

const requireCoordinator = (services: Services, actor: Actor, patientId: string, type: string) =>
  requireCareCoordinator(services, actor, patientId, { type, resourceType: 'CareTeam', message: 'Only the care coordinator can change the care team.' });

/** Adds someone to a patient's care team (coordinators only). */
export async function addCareTeamMember(
  services: Services, actor: Actor, patientId: string, input: AddCareTeamMemberInput,
): Promise<CareTeamMember> {
  const { membership } = await requireCoordinator(services, actor, patientId, 'careTeam.add');
  const user = await services.store.users.findById(input.userId);
  if (!user) throw invalid('userId', 'No such user.');
  const roleFitsAccount = user.kind === 'staff'
    ? input.role !== 'family_caregiver' && input.role !== 'patient'
    : (user.kind === 'caregiver' ? input.role === 'family_caregiver' : input.role === 'patient');
  if (!roleFitsAccount) throw invalid('role', `A ${user.kind} account cannot take this role.`);
  if (user.kind !== 'staff') await assertFamilyNameFree(services, patientId, user.name, 'userId');
  const record = { patientId, userId: user.id, role: input.role, isLead: false, joinedAt: services.clock.now().toISOString() };
  try {
    await services.store.careTeams.add(record);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('This person is already on the care team.');
    throw error;
  }
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'C', type: 'careTeam.add', resourceType: 'CareTeam',
    resourceId: user.id, outcome: 'success', reason: `added as ${input.role}`,
  });
  return presentCareTeamMember(record, new Map([[user.id, user]]));
}

/** Removes someone from a patient's care team; the lead coordinator stays. */
export async function removeCareTeamMember(services: Services, actor: Actor, patientId: string, userId: string): Promise<void> {
  const { membership } = await requireCoordinator(services, actor, patientId, 'careTeam.remove');
  const target = await services.store.careTeams.find(patientId, userId);
  if (!target) throw notFound('Care team member');
  if (target.isLead) throw conflict('The lead care coordinator cannot be removed.');
  await services.store.careTeams.remove(patientId, userId);
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'D', type: 'careTeam.remove', resourceType: 'CareTeam',
    resourceId: userId, outcome: 'success',
  });
  await withdrawInvitationsOf(services, actor, userId, patientId, 'the inviter left the care team');
  services.events.publish({ type: 'careTeam.memberRemoved', patientId, userId });
}
