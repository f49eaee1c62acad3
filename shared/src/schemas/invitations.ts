import { z } from 'zod';
import { StaffConsentMethodSchema } from './consent';
import { IdSchema, InstantSchema } from './ids';
import { LanguageSchema } from './language';

/** Where an invitation stands. */
export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** Whom an invitation is for: a family caregiver, or the member (the patient) themself. */
export const INVITEES = ['caregiver', 'member'] as const;
export const InviteeSchema = z.enum(INVITEES);
export type Invitee = z.infer<typeof InviteeSchema>;

/** Body of `POST /api/patients/:patientId/member-invitations`: the coordinator invites the member to their own portal. */
export const CreateMemberInvitationInputSchema = z.strictObject({
  /** Where the link goes: the member's own address. */
  email: z.email('Enter an e-mail address.').max(254),
  /** The language the member reads: the e-mail is written in it and their account starts with it. */
  language: LanguageSchema.default('en'),
});
export type CreateMemberInvitationInput = z.infer<typeof CreateMemberInvitationInputSchema>;

/** Body of `POST /api/patients/:patientId/invitations`: the coordinator invites a family caregiver. */
export const CreateInvitationInputSchema = z.strictObject({
  /** Where the link goes. */
  email: z.email('Enter an e-mail address.').max(254),
  /** How they are related to the patient, e.g. "daughter". */
  relationship: z.string().trim().min(1, 'Say how they are related to the patient.').max(60),
  /** How the patient agreed to share the plan with this person. */
  consentMethod: StaffConsentMethodSchema,
  /** Whether the patient lets them suggest goals. */
  proposeGoals: z.boolean().default(false),
  /** The language the invitee reads: the e-mail is written in it and their account starts with it. */
  language: LanguageSchema.default('en'),
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationInputSchema>;

/** An invitation as the care team sees it. */
export const InvitationSchema = z.object({
  /** Opaque id (not the token). */
  id: IdSchema,
  /** The patient it is for. */
  patientId: IdSchema,
  /** Invited address. */
  email: z.string(),
  /** Relationship to the patient. */
  relationship: z.string(),
  /** A family caregiver or the member themself. */
  invitee: InviteeSchema,
  /** Status now (an unused invitation past its expiry reads `expired`). */
  status: InvitationStatusSchema,
  /** Who sent it. */
  invitedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When it was sent. */
  createdAt: InstantSchema,
  /** When the link stops working. */
  expiresAt: InstantSchema,
  /** When it was used, if it was. */
  acceptedAt: InstantSchema.nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** Response of creating an invitation: the link, shown once (only its hash is stored). */
export const CreatedInvitationSchema = z.object({
  /** The invitation. */
  invitation: InvitationSchema,
  /** The single-use link to hand to the caregiver. */
  link: z.string(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

/** Response of `GET /api/patients/:patientId/invitations`. */
export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

/** Path parameters naming an invitation of a patient. */
export const InvitationParamsSchema = z.strictObject({ patientId: IdSchema, invitationId: IdSchema });

/** An invitation token as it appears in the link: 43 URL-safe characters. */
export const InvitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This is not a valid invitation link.');

/** Path parameters of the public invitation routes. */
export const InvitationTokenParamsSchema = z.strictObject({ token: InvitationTokenSchema });

/** What someone holding a link learns before accepting it: enough to decide, nothing about the patient's health. */
export const InvitationPreviewSchema = z.object({
  /** `pending` when the link can still be used. */
  status: InvitationStatusSchema,
  /** Who invited them. */
  invitedBy: z.string(),
  /** The patient's first name. */
  patientFirstName: z.string(),
  /** A family caregiver's link, or the member's own. */
  invitee: InviteeSchema,
  /** The invited address. */
  email: z.string(),
  /** Whether an account with that address exists (then they enter its password instead of choosing one). */
  accountExists: z.boolean(),
  /** When the link stops working. */
  expiresAt: InstantSchema,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

/** Body of `POST /api/invitations/:token/accept`. */
export const AcceptInvitationInputSchema = z.strictObject({
  /** Their name as the team will see it (ignored for an existing account). */
  name: z.string().trim().min(1, 'Enter your name.').max(120),
  /** A new password (at least 12 characters), or the existing account's password. */
  password: z.string().min(12, 'Use at least 12 characters.').max(200),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInputSchema>;

/** Response of accepting: where the caregiver lands. */
export const AcceptedInvitationSchema = z.object({ patientId: IdSchema });
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>;

/** Body of `POST /api/patients/:patientId/goal-suggestions`: a caregiver suggests a goal. */
export const GoalSuggestionInputSchema = z.strictObject({
  /** The goal in their own words. */
  title: z.string().trim().min(1, 'Write the goal.').max(200),
});
export type GoalSuggestionInput = z.infer<typeof GoalSuggestionInputSchema>;
