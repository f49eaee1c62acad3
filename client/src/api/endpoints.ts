import type {
  AddCareTeamMemberInput, NewTrackedItem, WorkItem, CareTeamMember, Conference, ConferenceSummary, CreateStaffUserInput, ScheduleConferenceInput, Me, PatientDetail, PatientList, PlanAttribution, PlanAudience,
  PlanVersionDocument, PlanVersionSummary, StaffUser, ChangePasswordInput, UpdateAccountInput, PreferredLanguageInput, WorkPhoneInput,
  ActiveProblemList, CreatePatientInput, UpdatePatientDetailsInput, RosterFormat, RosterImportJob,
} from '@carehuddle/shared';
import type {
  AcceptedInvitation, AcceptInvitationInput, ConsentHistory, ConsentVersion, CreatedInvitation, CreateInvitationInput, CreateMemberInvitationInput, InvitationList,
  InvitationPreview, MemberFamilySharing, PlanShareList, RecordConsentInput, SharePlanInput, UpdateFamilySharingInput,
} from '@carehuddle/shared';
import { api, apiFile } from './http';

/** Typed calls to the CareHuddle API. */
export const endpoints = {
  me: () => api<Me>('GET', '/api/me'),
  login: (email: string, password: string) => api<{ user: Me }>('POST', '/api/auth/login', { email, password }),
  logout: () => api<void>('POST', '/api/auth/logout'),
  logoutEverywhere: () => api<void>('POST', '/api/auth/logout-everywhere'),
  /** Tells the server the person is active (keyboard or pointer), which postpones the idle sign-out. */
  reportActivity: () => api<void>('POST', '/api/auth/activity'),
  changePassword: (input: ChangePasswordInput) => api<void>('POST', '/api/account/password', input),
  /** Saves the language CareHuddle speaks to the signed-in person (pages and e-mails). */
  setPreferredLanguage: (input: PreferredLanguageInput) => api<void>('PUT', '/api/account/language', input),
  /** The signed-in staff member's work phone, which the family sees for their care coordinator. */
  workPhone: () => api<WorkPhoneInput>('GET', '/api/account/work-phone'),
  setWorkPhone: (input: WorkPhoneInput) => api<WorkPhoneInput>('PUT', '/api/account/work-phone', input),
  updateAccount: (userId: string, input: UpdateAccountInput) => api<StaffUser>('PATCH', `/api/admin/users/${encodeURIComponent(userId)}`, input),
  patients: () => api<PatientList>('GET', '/api/patients'),
  patient: (id: string) => api<PatientDetail>('GET', `/api/patients/${encodeURIComponent(id)}`),
  enroll: (input: CreatePatientInput) => api<PatientDetail>('POST', '/api/patients', input),
  updateDetails: (id: string, input: UpdatePatientDetailsInput) => api<PatientDetail>('PATCH', `/api/patients/${encodeURIComponent(id)}/details`, input),
  problems: (id: string) => api<ActiveProblemList>('GET', `/api/patients/${encodeURIComponent(id)}/problems`),
  startRosterImport: (format: RosterFormat, coordinatorId: string, file: string) =>
    api<RosterImportJob>('POST', `/api/roster-imports?format=${format}&coordinatorId=${encodeURIComponent(coordinatorId)}`, file, format === 'csv' ? 'text/csv' : 'application/fhir+json'),
  rosterImport: (id: string) => api<RosterImportJob>('GET', `/api/roster-imports/${encodeURIComponent(id)}`),
  staff: () => api<{ users: StaffUser[] }>('GET', '/api/staff'),
  createStaff: (input: CreateStaffUserInput) => api<StaffUser>('POST', '/api/admin/users', input),
  addMember: (patientId: string, input: AddCareTeamMemberInput) =>
    api<CareTeamMember>('POST', `/api/patients/${encodeURIComponent(patientId)}/care-team`, input),
  removeMember: (patientId: string, userId: string) =>
    api<void>('DELETE', `/api/patients/${encodeURIComponent(patientId)}/care-team/${encodeURIComponent(userId)}`),
  attribution: (patientId: string, audience: PlanAudience) =>
    api<PlanAttribution>('GET', `/api/patients/${encodeURIComponent(patientId)}/plan/${audience}/attribution`),
  recordPrint: (patientId: string, audience: PlanAudience) => api<void>('POST', `/api/patients/${encodeURIComponent(patientId)}/plan/${audience}/print`),
  versions: (patientId: string) => api<{ versions: PlanVersionSummary[] }>('GET', `/api/patients/${encodeURIComponent(patientId)}/plan/versions`),
  signVersion: (patientId: string, title: string) =>
    api<PlanVersionSummary>('POST', `/api/patients/${encodeURIComponent(patientId)}/plan/versions`, { title }),
  approveVersion: (patientId: string, versionId: string) =>
    api<PlanVersionSummary>('POST', `/api/patients/${encodeURIComponent(patientId)}/plan/versions/${encodeURIComponent(versionId)}/approval`),
  version: (patientId: string, versionId: string, audience: PlanAudience) =>
    api<PlanVersionDocument>('GET', `/api/patients/${encodeURIComponent(patientId)}/plan/versions/${encodeURIComponent(versionId)}/${audience}`),
  tracking: (patientId: string) => api<{ items: WorkItem[] }>('GET', `/api/patients/${encodeURIComponent(patientId)}/tracking`),
  track: (patientId: string, item: NewTrackedItem) => api<{ id: string }>('POST', `/api/patients/${encodeURIComponent(patientId)}/tracking`, item),
  /** Where a tracked item's steps are posted (the outbox sends them there with their idempotency key). */
  progressPath: (patientId: string, itemId: string) => `/api/patients/${encodeURIComponent(patientId)}/tracking/${encodeURIComponent(itemId)}/progress`,
  conferences: () => api<{ conferences: Conference[] }>('GET', '/api/conferences'),
  conference: (id: string) => api<Conference>('GET', `/api/conferences/${encodeURIComponent(id)}`),
  conferenceSummary: (id: string) => api<ConferenceSummary>('GET', `/api/conferences/${encodeURIComponent(id)}/summary`),
  scheduleConference: (input: ScheduleConferenceInput) => api<Conference>('POST', '/api/conferences', input),
  consent: (patientId: string) => api<ConsentHistory>('GET', `/api/patients/${encodeURIComponent(patientId)}/consent`),
  recordConsent: (patientId: string, input: RecordConsentInput) =>
    api<ConsentVersion>('POST', `/api/patients/${encodeURIComponent(patientId)}/consent`, input),
  /** The member's own view of which family members see their plan. */
  familySharing: (patientId: string) => api<MemberFamilySharing>('GET', `/api/patients/${encodeURIComponent(patientId)}/family-sharing`),
  /** The member turns family members on or off: a consent version of their own. */
  setFamilySharing: (patientId: string, input: UpdateFamilySharingInput) =>
    api<MemberFamilySharing>('PUT', `/api/patients/${encodeURIComponent(patientId)}/family-sharing`, input),
  invitations: (patientId: string) => api<InvitationList>('GET', `/api/patients/${encodeURIComponent(patientId)}/invitations`),
  invite: (patientId: string, input: CreateInvitationInput) =>
    api<CreatedInvitation>('POST', `/api/patients/${encodeURIComponent(patientId)}/invitations`, input),
  revokeInvitation: (patientId: string, invitationId: string) =>
    api<void>('DELETE', `/api/patients/${encodeURIComponent(patientId)}/invitations/${encodeURIComponent(invitationId)}`),
  inviteMember: (patientId: string, input: CreateMemberInvitationInput) =>
    api<CreatedInvitation>('POST', `/api/patients/${encodeURIComponent(patientId)}/member-invitations`, input),
  invitationPreview: (token: string) => api<InvitationPreview>('GET', `/api/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string, input: AcceptInvitationInput) =>
    api<AcceptedInvitation>('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, input),
  planShares: (patientId: string) => api<PlanShareList>('GET', `/api/patients/${encodeURIComponent(patientId)}/plan/shares`),
  /** Sends a provider a copy of the plan; answers the PDF once the share is recorded. */
  sharePlan: (patientId: string, input: SharePlanInput) => apiFile('POST', `/api/patients/${encodeURIComponent(patientId)}/plan/shares`, input),
  suggestGoal: (patientId: string, title: string) => api<{ itemId: string }>('POST', `/api/patients/${encodeURIComponent(patientId)}/goal-suggestions`, { title }),
};
