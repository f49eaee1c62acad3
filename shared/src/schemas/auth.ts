import { z } from 'zod';
import { IdSchema } from './ids';
import { LanguageSchema } from './language';
import { PhoneSchema } from './patientProfile';
import { AccountKindSchema } from './roles';

/** Body of `POST /api/auth/login`. */
export const LoginInputSchema = z.strictObject({
  /** The account's e-mail address. */
  email: z.email().max(254),
  /** The password, as typed. */
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

/** The signed-in user, as `GET /api/me` presents them. */
export const MeSchema = z.object({
  /** Opaque user id. */
  id: IdSchema,
  /** Display name. */
  name: z.string(),
  /** E-mail address used to sign in. */
  email: z.string(),
  /** Staff, caregiver or patient account. */
  kind: AccountKindSchema,
  /** Organization admins manage staff accounts. */
  isAdmin: z.boolean(),
  /** Supervisors oversee every coordinator's caseload (see docs/caseloads.md). */
  isSupervisor: z.boolean(),
  /** Idle minutes after which the session ends. */
  idleTimeoutMinutes: z.number().int().positive(),
  /** The organization's IANA time zone: dates and times are shown in it (ORG_TIME_ZONE). */
  timeZone: z.string(),
  /** The language CareHuddle speaks to them: chosen by them, or by the coordinator who invited them. */
  preferredLanguage: LanguageSchema,
});
export type Me = z.infer<typeof MeSchema>;

/** Body of `POST /api/admin/users` (organization admins only). */
export const CreateStaffUserInputSchema = z.strictObject({
  /** Display name. */
  name: z.string().trim().min(1).max(120),
  /** Sign-in e-mail, unique. */
  email: z.email().max(254),
  /** Initial password (at least 12 characters). */
  password: z.string().min(12).max(200),
  /** Whether the new account administers the organization. */
  isAdmin: z.boolean().default(false),
});
export type CreateStaffUserInput = z.infer<typeof CreateStaffUserInputSchema>;

/** A staff member as an admin or coordinator sees them (for adding to teams). */
export const StaffUserSchema = z.object({
  /** Opaque user id. */
  id: IdSchema,
  /** Display name. */
  name: z.string(),
  /** Sign-in e-mail. */
  email: z.string(),
  /** Organization admin. */
  isAdmin: z.boolean(),
  /** Program supervisor: sees and balances every coordinator's caseload. */
  isSupervisor: z.boolean(),
  /** Disabled by an admin: cannot sign in, has no sessions. */
  disabled: z.boolean(),
  /** Work phone the family may call (shown to them only for their care coordinator); null when none is recorded. */
  workPhone: z.string().nullable(),
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

/** Body of `POST /api/account/password`. */
export const ChangePasswordInputSchema = z.strictObject({
  /** The password in use now: a borrowed session alone cannot change it. */
  currentPassword: z.string().min(1, 'Enter your current password.').max(200),
  /** The new password (at least 12 characters). */
  newPassword: z.string().min(12, 'Use at least 12 characters.').max(200),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

/** Body of `PATCH /api/admin/users/:userId` (organization admins only). */
export const UpdateAccountInputSchema = z.strictObject({
  /** Disable (true) or re-enable (false) the account. */
  disabled: z.boolean().optional(),
  /** Make the account a program supervisor (true) or not (false). */
  isSupervisor: z.boolean().optional(),
  /** Set (a number) or clear (null) a staff account's work phone. */
  workPhone: PhoneSchema.nullable().optional(),
}).refine((input) => input.disabled !== undefined || input.isSupervisor !== undefined || input.workPhone !== undefined, {
  message: 'Say what to change: disabled, supervisor or work phone.', path: ['disabled'],
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInputSchema>;

/** Body of `PUT /api/account/work-phone` and its answer: the signed-in staff member's work phone, null to clear it. */
export const WorkPhoneInputSchema = z.strictObject({
  /** A number the family can call (validated like a patient's phone). */
  workPhone: PhoneSchema.nullable(),
});
export type WorkPhoneInput = z.infer<typeof WorkPhoneInputSchema>;
