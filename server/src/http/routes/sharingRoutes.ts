import {
  ConsentHistorySchema, ConsentVersionSchema, CreatedInvitationSchema, CreateInvitationInputSchema, CreateMemberInvitationInputSchema, GoalSuggestionInputSchema, InvitationListSchema,
  InvitationParamsSchema, MemberFamilySharingSchema, PatientParamsSchema, RecordConsentInputSchema, UpdateFamilySharingInputSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import type { SessionManager } from '../../domain/auth/sessions';
import { changeFamilySharing, readFamilySharing } from '../../domain/consent/memberFamilySharing';
import { readConsent } from '../../domain/consent/presentConsent';
import { recordConsent } from '../../domain/consent/recordConsent';
import { inviteCaregiver, listInvitations, revokeInvitation } from '../../domain/invitations/inviteCaregiver';
import { inviteMember } from '../../domain/invitations/inviteMember';
import { suggestGoal } from '../../domain/plans/suggestGoal';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The patient's consent to share, caregiver invitations, and what invited caregivers may contribute. */
export function sharingRoutes(services: Services, sessions: SessionManager): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/consent', tag: 'consent', auth: 'session',
      summary: "The patient's sharing preferences in force and every earlier version (staff on the team).",
      params: PatientParamsSchema, response: ConsentHistorySchema,
      handle: ({ actor, params }) => readConsent(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/consent', tag: 'consent', auth: 'session', status: 201,
      summary: 'Record a new version of the sharing preferences (care coordinator); open connections that lose access close at once.',
      params: PatientParamsSchema, body: RecordConsentInputSchema, response: ConsentVersionSchema,
      handle: ({ actor, params, body }) => recordConsent(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/family-sharing', tag: 'consent', auth: 'session',
      summary: 'The family caregivers on the team and whether each sees the plan (the member themself).',
      params: PatientParamsSchema, response: MemberFamilySharingSchema,
      handle: ({ actor, params }) => readFamilySharing(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'put', path: '/api/patients/:patientId/family-sharing', tag: 'consent', auth: 'session',
      summary: "The member turns family members' access to the plan on or off: a new consent version (member portal); the rest of the consent carries over.",
      params: PatientParamsSchema, body: UpdateFamilySharingInputSchema, response: MemberFamilySharingSchema,
      handle: ({ actor, params, body }) => changeFamilySharing(services, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/invitations', tag: 'invitations', auth: 'session',
      summary: "The patient's caregiver invitations, newest first (care coordinator).",
      params: PatientParamsSchema, response: InvitationListSchema,
      handle: ({ actor, params }) => listInvitations(services, actor, params.patientId),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/invitations', tag: 'invitations', auth: 'session', status: 201,
      summary: 'Invite a family caregiver: a single-use link, expiring, shown once and delivered by the configured mailer (care coordinator).',
      params: PatientParamsSchema, body: CreateInvitationInputSchema, response: CreatedInvitationSchema,
      handle: ({ actor, params, body }) => inviteCaregiver(services, sessions, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/member-invitations', tag: 'invitations', auth: 'session', status: 201,
      summary: "Invite the member to their own portal: the caregiver's link rules; one member account per patient (care coordinator).",
      params: PatientParamsSchema, body: CreateMemberInvitationInputSchema, response: CreatedInvitationSchema,
      handle: ({ actor, params, body }) => inviteMember(services, sessions, actor, params.patientId, body),
    }),
    defineRoute({
      method: 'delete', path: '/api/patients/:patientId/invitations/:invitationId', tag: 'invitations', auth: 'session', status: 204,
      summary: 'Withdraw a pending invitation (care coordinator).',
      params: InvitationParamsSchema,
      async handle({ actor, params }) {
        await revokeInvitation(services, actor, params.patientId, params.invitationId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/goal-suggestions', tag: 'plan review', auth: 'session', status: 201,
      summary: 'A family caregiver the patient allows suggests a goal; it appears in the shared plan as proposed.',
      params: PatientParamsSchema, body: GoalSuggestionInputSchema, response: z.object({ itemId: z.string() }),
      handle: ({ actor, params, body }) => suggestGoal(services, actor, params.patientId, body),
    }),
  ];
}
