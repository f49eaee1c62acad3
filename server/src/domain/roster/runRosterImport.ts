import { randomUUID } from 'node:crypto';
import type { RosterImportRecord, UserRecord } from '../../storage/port';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { parseCsvRoster } from './parseCsvRoster';
import { parseFhirRoster } from './parseFhirRoster';
import { RosterFileError } from './rosterFileError';
import type { RosterCandidate } from './rosterRow';
import { stageCandidate, type StagedRoster } from './stageRoster';

/** Rows validated between two progress writes (and yields to the event loop). */
const CHUNK = 500;

const ROLE_WORDS: Record<string, string> = { care_coordinator: 'care coordinator', family_caregiver: 'family caregiver' };

/** Reads the file into candidate rows; a whole-file problem is a RosterFileError. */
function candidatesOf(job: RosterImportRecord): RosterCandidate[] {
  return job.format === 'csv' ? parseCsvRoster(job.content) : parseFhirRoster(job.content);
}

/**
 * Runs one job from its stored file: validates every row (storing progress
 * per chunk), then writes all good rows in ONE transaction that also marks
 * the job completed. Running a job again after a crash is safe: before the
 * commit nothing was written; after it, the job is completed and skipped.
 */
export async function runRosterImport(services: Services, job: RosterImportRecord): Promise<void> {
  const { store } = services;
  const progress = (p: Partial<Parameters<typeof store.rosterImports.setProgress>[1]>) =>
    store.rosterImports.setProgress(job.id, { status: 'validating', totalRows: 0, processedRows: 0, results: [], failure: null, completedAt: null, ...p });
  let candidates: RosterCandidate[];
  try {
    candidates = candidatesOf(job);
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error;
    await progress({ status: 'failed', failure: error.message, completedAt: services.clock.now().toISOString() });
    await services.audit.record({ actor: { userId: job.createdBy, sessionId: null, ip: null }, action: 'C', type: 'roster.import', resourceType: 'Bundle', resourceId: job.id, outcome: 'invalid', reason: 'unreadable roster file' });
    return;
  }
  const today = todayFor(services);
  const staged: StagedRoster = { rows: [], refused: [] };
  const seen = new Set<string>();
  const pcps = new Map<string, Promise<UserRecord | null>>();
  const findPcp = (email: string) => {
    const key = email.toLowerCase();
    if (!pcps.has(key)) pcps.set(key, store.users.findByEmail(email));
    return pcps.get(key)!;
  };
  for (let start = 0; start < candidates.length; start += CHUNK) {
    for (const c of candidates.slice(start, start + CHUNK)) await stageCandidate(c, today, seen, findPcp, staged);
    await progress({ totalRows: candidates.length, processedRows: Math.min(start + CHUNK, candidates.length) });
    await new Promise((resolve) => setImmediate(resolve));
  }
  await progress({ status: 'committing', totalRows: candidates.length, processedRows: candidates.length });
  const done = await store.rosterImports.commit(job.id, {
    rows: staged.rows, refused: staged.refused, coordinatorId: job.coordinatorId, at: services.clock.now().toISOString(), newId: randomUUID,
    pcpRoleConflict: (role) => `The PCP is already on this member's care team as ${ROLE_WORDS[role] ?? role.replace(/_/g, ' ')}, not as physician.`,
  });
  const actor = { userId: job.createdBy, sessionId: null, ip: null };
  const of = (outcome: 'created' | 'updated') => done.results.filter((r) => r.outcome === outcome && r.patientId).map((r) => r.patientId!);
  // One record per member written, in each member's trail, plus one for the file.
  await services.audit.recordForPatients({ actor, action: 'C', type: 'patient.import', resourceType: 'Patient', category: 'demographics', outcome: 'success', resourceId: job.id }, of('created'));
  if (of('updated').length > 0) {
    await services.audit.recordForPatients({ actor, action: 'U', type: 'patient.import', resourceType: 'Patient', category: 'demographics', outcome: 'success', resourceId: job.id }, of('updated'));
  }
  await services.audit.record({ actor, action: 'C', type: 'roster.import', resourceType: 'Bundle', resourceId: job.id, outcome: 'success' });
}

/** Runs import jobs one at a time, in the background of the server that accepted them. */
export class RosterImportRunner {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly services: Services, private readonly onError: (jobId: string, error: unknown) => void) {}

  /** Queues a stored job. */
  enqueue(job: RosterImportRecord): void {
    this.queue = this.queue.then(() => runRosterImport(this.services, job)).catch(async (error: unknown) => {
      this.onError(job.id, error);
      await this.services.store.rosterImports.setProgress(job.id, {
        status: 'failed', totalRows: 0, processedRows: 0, results: [], failure: 'The import stopped on a server error; nothing of it was written. Start it again.',
        completedAt: this.services.clock.now().toISOString(),
      }).catch(() => undefined);
    });
  }

  /** Runs again every job a previous process accepted but did not finish (start-up). */
  async resumeUnfinished(): Promise<number> {
    const jobs = await this.services.store.rosterImports.listUnfinished();
    for (const job of jobs) this.enqueue(job);
    return jobs.length;
  }

  /** Resolves when the queued jobs are done (shutdown waits for the running one). */
  idle(): Promise<void> {
    return this.queue;
  }
}
