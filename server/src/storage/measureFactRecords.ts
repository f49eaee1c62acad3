import type { RiskLevel } from '@carehuddle/shared';
import type { TrackedItemRecord } from './records';

/** A member as the program measures read them: enrollment, risk level and lead care coordinator. */
export interface MeasureMemberRecord {
  patientId: string;
  enrollmentDate: string;
  riskLevel: RiskLevel | null;
  /** The lead care coordinator (else the earliest coordinator to join); null when the team has none. */
  coordinatorId: string | null;
}

/** The parts of a clinical tracked item the measures read. */
export type MeasureItemRecord = Pick<TrackedItemRecord, 'patientId' | 'kind' | 'data' | 'createdAt'>;

/** The days on which one member or their caregiver was reached, ascending. */
export interface ReachedDaysRecord {
  patientId: string;
  days: string[];
}

/**
 * The facts program measures are computed from, in bulk: the whole
 * organization (`coordinatorId` null) or the members one person coordinates.
 * Reads only; each adapter keeps the indexes that make them one pass.
 */
export interface MeasureFactRepository {
  members(coordinatorId: string | null): Promise<MeasureMemberRecord[]>;
  /** Tracked items of these kinds in the clinical category (restricted records never feed the measures). */
  clinicalItems(coordinatorId: string | null, kinds: readonly string[]): Promise<MeasureItemRecord[]>;
  /**
   * Per member, the days (on or after `since`) of attempts whose outcome was
   * `reached` and that reached the member or their caregiver — grouped by the
   * store, so hundreds of thousands of attempts cross as one row per member.
   */
  reachedDays(coordinatorId: string | null, since: string): Promise<ReachedDaysRecord[]>;
}
