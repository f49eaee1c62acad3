import type { DisenrollmentReason, EnrollmentProgram } from '@carehuddle/shared';
import type { EnrollmentEpisodeRecord, PatientRecord } from '../../storage/port';

/** One enrollment episode as other modules (the worklist, program measures) read it. */
export interface EpisodeFact {
  program: EnrollmentProgram;
  startedOn: string;
  endedOn?: string;
  endReason?: DisenrollmentReason;
}

/** The program every member enrolled before episodes existed is in. */
export const DEFAULT_PROGRAM: EnrollmentProgram = 'care_coordination';

/** The id the API gives the implicit first episode (never stored under that id). */
export const INITIAL_EPISODE_ID = 'initial';

/** A stored episode as a fact; its end only once it ended. */
function factOf(record: EnrollmentEpisodeRecord): EpisodeFact {
  return {
    program: record.program as EnrollmentProgram, startedOn: record.startedOn,
    ...(record.endedOn !== null ? { endedOn: record.endedOn, endReason: record.endReason as DisenrollmentReason } : {}),
  };
}

/** The member's stored episodes, oldest first (records of other members are ignored, so callers may pass a whole batch). */
function storedEpisodes(patientId: string, records: readonly EnrollmentEpisodeRecord[]): EnrollmentEpisodeRecord[] {
  return records.filter((r) => r.patientId === patientId).sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.createdAt.localeCompare(b.createdAt));
}

/** The implicit episode of a member with none stored: the default program, from their enrollment date, still running. */
const implicitEpisode = (patient: Pick<PatientRecord, 'enrollmentDate'>): EpisodeFact => ({ program: DEFAULT_PROGRAM, startedOn: patient.enrollmentDate });

/**
 * A member's enrollment episodes, oldest first: `{ program, startedOn, endedOn?, endReason? }`.
 * A member with no stored episode has one running episode in the default
 * program from their enrollment date. Pure, for the worklist's deadlines and
 * the program measures alike.
 */
export function episodesOf(patient: Pick<PatientRecord, 'id' | 'enrollmentDate'>, records: readonly EnrollmentEpisodeRecord[]): EpisodeFact[] {
  const stored = storedEpisodes(patient.id, records);
  return stored.length === 0 ? [implicitEpisode(patient)] : stored.map(factOf);
}

/** The same episodes with the ids the API shows (`initial` for the implicit one). */
export function episodesWithIds(patient: Pick<PatientRecord, 'id' | 'enrollmentDate'>, records: readonly EnrollmentEpisodeRecord[]): Array<EpisodeFact & { id: string }> {
  const stored = storedEpisodes(patient.id, records);
  return stored.length === 0 ? [{ id: INITIAL_EPISODE_ID, ...implicitEpisode(patient) }] : stored.map((r) => ({ id: r.id, ...factOf(r) }));
}

/** The latest episode (the one deadlines follow); a member always has one. */
export function currentEpisode(episodes: readonly EpisodeFact[]): EpisodeFact {
  return episodes.at(-1)!;
}

/** Whether the member is enrolled now: their latest episode has not ended. */
export function isEnrolled(episodes: readonly EpisodeFact[]): boolean {
  return currentEpisode(episodes).endedOn === undefined;
}
