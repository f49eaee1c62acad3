import type { RosterFormat, RosterImportStatus, RosterRowResult } from '@carehuddle/shared';
import type { PatientProfileRecord } from './records';

/** One validated roster row, ready to write. */
export interface RosterRowWrite {
  /** 1-based row of the file. */
  row: number;
  memberNumber: string;
  name: string;
  dateOfBirth: string;
  /** Used for a new member only; an existing member keeps their enrollment date. */
  enrollmentDate: string;
  /** Only the profile fields the row gave: an update leaves the others as they are. */
  profile: Partial<Omit<PatientProfileRecord, 'pcpUserId'>>;
  /** The matched staff account of the row's PCP, if it named one. */
  pcpUserId: string | null;
}

/** A roster import job as stored, with the file it imports (kept so that a restart can run it again). */
export interface RosterImportRecord {
  id: string;
  format: RosterFormat;
  coordinatorId: string;
  createdBy: string;
  createdAt: string;
  status: RosterImportStatus;
  /** The file as uploaded. */
  content: string;
  totalRows: number;
  processedRows: number;
  results: RosterRowResult[];
  failure: string | null;
  completedAt: string | null;
}

/** Progress of a job that is not finished yet. */
export type RosterImportProgress = Pick<RosterImportRecord, 'status' | 'totalRows' | 'processedRows' | 'results' | 'failure' | 'completedAt'>;

/** What the one commit of a job writes. */
export interface RosterCommit {
  rows: readonly RosterRowWrite[];
  /** Rows refused while validating: stored with the results of the commit. */
  refused: readonly RosterRowResult[];
  coordinatorId: string;
  at: string;
  /** Makes the id of a new patient. */
  newId: () => string;
  /** The sentence for a row whose PCP is already on that member's team in another role. */
  pcpRoleConflict: (role: string) => string;
}
