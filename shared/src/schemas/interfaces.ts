import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';

/** What an admission/discharge alert says happened (HL7 v2 ADT^A01, ADT^A03, ADT^A04; a FHIR Encounter's status). */
export const ADT_EVENTS = ['admit', 'discharge', 'ed_registration'] as const;
export const AdtEventSchema = z.enum(ADT_EVENTS);
export type AdtEvent = z.infer<typeof AdtEventSchema>;

/** Where a member was cared for: the setting of a transition of care. */
export const CARE_SETTINGS = ['hospital', 'emergency', 'skilled_nursing', 'rehabilitation', 'home_health'] as const;
export const CareSettingSchema = z.enum(CARE_SETTINGS);
export type CareSetting = z.infer<typeof CareSettingSchema>;

/** Labels shared by the screens and the huddle note the server posts. */
export const CARE_SETTING_LABELS: Record<CareSetting, string> = {
  hospital: 'Hospital', emergency: 'Emergency department', skilled_nursing: 'Skilled nursing facility', rehabilitation: 'Rehabilitation facility', home_health: 'Home health',
};

/** Where a discharged member went (the discharge disposition), when the sender says. */
export const DischargedToSchema = z.enum([...CARE_SETTINGS, 'home']);
export type DischargedTo = z.infer<typeof DischargedToSchema>;

/** The channel an alert came in on. */
export const InboundChannelSchema = z.enum(['hl7v2', 'fhir']);
export type InboundChannel = z.infer<typeof InboundChannelSchema>;

/** processed: its effects are recorded; needs_review: in the coordinators' queue; dismissed: a coordinator set it aside. */
export const InboundStatusSchema = z.enum(['processed', 'needs_review', 'dismissed']);
export type InboundStatus = z.infer<typeof InboundStatusSchema>;

/** Why an alert waits for a coordinator (a code; the screen words it). */
export const REVIEW_REASONS = ['unknown_member', 'ambiguous_member', 'member_mismatch', 'duplicate', 'malformed', 'processing_failed'] as const;
export const ReviewReasonSchema = z.enum(REVIEW_REASONS);
export type ReviewReason = z.infer<typeof ReviewReasonSchema>;

/** Sentences for each review reason. */
export const REVIEW_REASON_LABELS: Record<ReviewReason, string> = {
  unknown_member: 'No enrolled member matches this person.',
  ambiguous_member: 'More than one enrolled member matches this name and date of birth.',
  member_mismatch: 'The member number belongs to someone with a different date of birth.',
  duplicate: 'This alert was already received.',
  malformed: 'The message could not be read.',
  processing_failed: 'The alert was stored but could not be applied; match it again.',
};

/** What the server read from an alert (absent fields were not in the message). */
export const AlertSummarySchema = z.object({
  event: AdtEventSchema,
  /** The sender's message id (MSH-10) or the Encounter's id. */
  controlId: z.string().nullable(),
  sendingFacility: z.string().nullable(),
  memberNumber: z.string().nullable(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  birthDate: CalendarDateSchema.nullable(),
  /** The sender's encounter (visit) number: an admit and its discharge share it. */
  encounterId: z.string().nullable(),
  setting: CareSettingSchema,
  facility: z.string(),
  admittedOn: CalendarDateSchema.nullable(),
  dischargedOn: CalendarDateSchema.nullable(),
  dischargedTo: DischargedToSchema.nullable(),
});
export type AlertSummary = z.infer<typeof AlertSummarySchema>;

/** One inbound alert as coordinators see it in the review queue. */
export const InboundAlertSchema = z.object({
  id: IdSchema,
  channel: InboundChannelSchema,
  receivedAt: InstantSchema,
  status: InboundStatusSchema,
  reason: ReviewReasonSchema.nullable(),
  /** Null when the message could not be read at all. */
  summary: AlertSummarySchema.nullable(),
  /** The message as received (shown for malformed ones, so the coordinator can tell the sender what was wrong). */
  raw: z.string(),
  /** The member it was matched to, when known. */
  patientId: IdSchema.nullable(),
  patientName: z.string().nullable(),
});
export type InboundAlert = z.infer<typeof InboundAlertSchema>;

/** Response of `GET /api/interfaces/review`. */
export const ReviewQueueSchema = z.object({ alerts: z.array(InboundAlertSchema) });
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

/** Path of one inbound alert. */
export const InboundAlertParamsSchema = z.strictObject({ alertId: IdSchema });

/** Body of `POST /api/interfaces/review/:alertId/match`: the member this alert is about. */
export const MatchAlertSchema = z.strictObject({ patientId: IdSchema });
export type MatchAlert = z.infer<typeof MatchAlertSchema>;

/** Why a coordinator sets an alert aside. */
export const DismissAlertSchema = z.strictObject({ reason: z.enum(['duplicate', 'not_our_member', 'test_message', 'handled_elsewhere'], 'Choose why this alert is set aside.') });
export type DismissAlert = z.infer<typeof DismissAlertSchema>;

/** Response of `POST /api/interfaces/encounters` (as FHIR would answer: what happened to the Encounter). */
export const EncounterReceiptSchema = z.object({ alertId: IdSchema, status: InboundStatusSchema, reason: ReviewReasonSchema.nullable() });
export type EncounterReceipt = z.infer<typeof EncounterReceiptSchema>;

/** Socket.IO `transition:alert`: a member on your team was admitted or discharged (fetch the patient to see details). */
export const TransitionAlertEventSchema = z.object({ patientId: IdSchema, event: AdtEventSchema });
export type TransitionAlertEvent = z.infer<typeof TransitionAlertEventSchema>;
