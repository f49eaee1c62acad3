import type { CareTeamRole, ExternalProviderSharing, PatientProfileInput, PlanAudience, RiskLevel } from '@carehuddle/shared';
import { ROSA_PLAN, type DemoPlan } from './demoPlans';

/** The password of every demo account (listed in the README and printed on start). */
export const DEMO_PASSWORD = 'carehuddle-demo';
/** The demo accounts' e-mail domain. */
export const DEMO_EMAIL_DOMAIN = 'demo.carehuddle.test';

/** A fictional demo account. */
export interface DemoUser {
  key: string;
  name: string;
  kind: 'staff' | 'caregiver' | 'patient';
  isAdmin: boolean;
  /** A staff member's work phone (the family sees their coordinator's). */
  workPhone?: string;
  /** A program supervisor: sees and balances every coordinator's caseload. */
  isSupervisor?: boolean;
  /** What the login panel and the start-up banner call this person. */
  title: string;
}

/** Fictional people of the demo organization; the e-mail is `<key>@demo.carehuddle.test`. */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'coordinator', name: 'Maya Chen', kind: 'staff', isAdmin: false, workPhone: '555-201-3344', title: 'Care coordinator' },
  { key: 'physician', name: 'Dr. Samuel Okoro', kind: 'staff', isAdmin: false, title: 'Primary care physician' },
  { key: 'pharmacist', name: 'Priya Natarajan, PharmD', kind: 'staff', isAdmin: false, title: 'Pharmacist' },
  { key: 'socialworker', name: 'Luis Romero, MSW', kind: 'staff', isAdmin: false, title: 'Social worker' },
  { key: 'behavioral', name: 'Dr. Hannah Weiss', kind: 'staff', isAdmin: false, title: 'Behavioral health clinician' },
  { key: 'chw', name: 'Tasha Brooks', kind: 'staff', isAdmin: false, title: 'Community health worker' },
  { key: 'nurse', name: 'Grace Miller, RN', kind: 'staff', isAdmin: false, title: 'Nurse' },
  { key: 'caregiver', name: 'Elena Delgado', kind: 'caregiver', isAdmin: false, title: 'Family caregiver (daughter of Rosa Delgado)' },
  { key: 'admin', name: 'Jordan Lee', kind: 'staff', isAdmin: true, title: 'Organization admin' },
  { key: 'supervisor', name: 'Renee Alvarez', kind: 'staff', isAdmin: false, isSupervisor: true, title: 'Care coordination supervisor' },
  // The member's own portal (docs/member-portal.md): Amara, whose team has no member yet; Rosa and Walter stay free for inviting.
  { key: 'member', name: 'Amara Okafor', kind: 'patient', isAdmin: false, title: 'Member (Amara Okafor, her own portal)' },
];

/** A fictional demo patient; dates are days before the seeding day so statuses stay believable. */
export interface DemoPatient {
  name: string;
  dateOfBirth: string;
  memberNumber: string;
  enrolledDaysAgo: number;
  riskLevel: RiskLevel | null;
  /** Team as [user key, role]; the first is the lead coordinator. */
  team: ReadonlyArray<readonly [string, CareTeamRole]>;
  /** The patient's recorded consent, by user key: family members who see the plan (and may suggest goals), restricted-record recipients. */
  plan?: DemoPlan;
  /** Contact and coverage details; absent shows a patient enrolled before the profile existed. */
  profile?: PatientProfileInput;
  /** The user key of the designated primary care physician (a physician on the team). */
  pcpKey?: string;
  consent?: {
    family: ReadonlyArray<{ key: string; proposeGoals: boolean }>; behavioralHealth: readonly string[]; substanceUse: readonly string[];
    /** Providers who may be sent a copy of the plan: team providers by user key, outside providers as recorded. */
    providers?: ReadonlyArray<{ kind: 'team'; key: string; parts: PlanAudience[] } | ExternalProviderSharing>;
    /** Copies already sent by the lead coordinator: to which provider (a key or an outside provider's id), how many days ago. */
    sentCopies?: ReadonlyArray<{ to: string; daysAgo: number }>;
  };
}

/** Rosa's cardiologist, outside CareHuddle, whom she lets the team send the shared and clinical plan. */
export const DEMO_CARDIOLOGIST: ExternalProviderSharing = {
  kind: 'external', id: 'demo-provider-cardiology', name: 'Dr. Anita Patel', organization: 'St. Mary Medical Center, Cardiology',
  contact: 'Fax (555) 014-2290', parts: ['shared', 'clinical'],
};

/** Three patients at High, Moderate and Low risk with believable teams, and one not yet screened. */
export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    name: 'Rosa Delgado', dateOfBirth: '1948-03-14', memberNumber: 'MBR-100234', enrolledDaysAgo: 120, riskLevel: 'High',
    profile: {
      preferredLanguage: 'es', interpreterNeeded: true, phone: '503-555-0142', preferredContactTime: 'Weekday mornings, after 9',
      address: { line: '1418 SE Alder St, Apt 3', city: 'Portland', state: 'OR', postalCode: '97214' },
      healthPlanName: 'Cascade Community Health Plan', allergies: ['Penicillin (hives)', 'Sulfa drugs'],
    },
    pcpKey: 'physician',
    team: [['coordinator', 'care_coordinator'], ['physician', 'physician'], ['nurse', 'nurse'], ['pharmacist', 'pharmacist'],
      ['socialworker', 'social_worker'], ['behavioral', 'behavioral_health'], ['chw', 'community_health_worker'],
      ['caregiver', 'family_caregiver']],
    // Shares the plan with her daughter; behavioral health with her physician too; substance use with her coordinator only;
    // a copy of the shared and clinical plan with her primary care physician and her cardiologist (sent once already).
    consent: {
      family: [{ key: 'caregiver', proposeGoals: true }], behavioralHealth: ['physician'], substanceUse: ['coordinator'],
      providers: [{ kind: 'team', key: 'physician', parts: ['shared', 'clinical'] }, DEMO_CARDIOLOGIST],
      sentCopies: [{ to: DEMO_CARDIOLOGIST.id, daysAgo: 9 }],
    },
    plan: ROSA_PLAN,
  },
  {
    name: 'Walter Kim', dateOfBirth: '1956-11-02', memberNumber: 'MBR-100871', enrolledDaysAgo: 75, riskLevel: 'Moderate',
    // No known allergies (an empty list), no interpreter needed.
    profile: {
      preferredLanguage: 'ko', interpreterNeeded: false, phone: '(503) 555-0187', preferredContactTime: 'Afternoons',
      address: { line: '220 NE Fremont St', city: 'Portland', state: 'OR', postalCode: '97212' },
      healthPlanName: 'Cascade Community Health Plan', allergies: [],
    },
    pcpKey: 'physician',
    team: [['coordinator', 'care_coordinator'], ['physician', 'physician'], ['pharmacist', 'pharmacist'], ['behavioral', 'behavioral_health']],
  },
  {
    // Not yet screened and past the 30-day deadline; coordinated by the nurse, so the demo coordinator's list stays at three.
    name: 'James Whitfield', dateOfBirth: '1962-05-09', memberNumber: 'MBR-102044', enrolledDaysAgo: 35, riskLevel: null,
    team: [['nurse', 'care_coordinator'], ['physician', 'physician']],
  },
  {
    name: 'Amara Okafor', dateOfBirth: '1979-07-21', memberNumber: 'MBR-101502', enrolledDaysAgo: 300, riskLevel: 'Low',
    // Partly recorded: language and phone, no address or allergies yet, no designated PCP.
    profile: { preferredLanguage: 'en', interpreterNeeded: false, phone: '503-555-0110', healthPlanName: 'Riverbend Medicaid' },
    team: [['coordinator', 'care_coordinator'], ['physician', 'physician'], ['chw', 'community_health_worker'], ['member', 'patient']],
  },
];
