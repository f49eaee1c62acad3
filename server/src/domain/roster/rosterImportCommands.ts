import type { RosterImportJob, StartRosterImportQuery } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { RosterImportRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, invalid, notFound } from '../errors';
import { canImportRoster, canReadRosterImport } from '../policies/rosterImportPolicy';
import type { Services } from '../services';
import type { RosterImportRunner } from './runRosterImport';

const count = (job: RosterImportRecord, outcome: 'created' | 'updated' | 'refused') => job.results.filter((r) => r.outcome === outcome).length;

/** The only way a job leaves the server. */
async function presentJob(services: Services, job: RosterImportRecord): Promise<RosterImportJob> {
  const coordinator = await services.store.users.findById(job.coordinatorId);
  return {
    id: job.id, format: job.format, status: job.status,
    coordinator: { userId: job.coordinatorId, name: coordinator?.name ?? 'Former member' },
    totalRows: job.totalRows, processedRows: job.processedRows,
    counts: { created: count(job, 'created'), updated: count(job, 'updated'), refused: count(job, 'refused') },
    rows: job.results, failure: job.failure, createdAt: job.createdAt, completedAt: job.completedAt,
  };
}

/**
 * Stores the file as a job (so a restart can run it again) and queues it;
 * answers at once with the job, whose progress the page then polls.
 */
export async function startRosterImport(
  services: Services, runner: RosterImportRunner, actor: Actor, query: StartRosterImportQuery, content: string,
): Promise<RosterImportJob> {
  const audit = { actor, action: 'C' as const, type: 'roster.import', resourceType: 'Bundle' };
  if (!canImportRoster(actor, query.coordinatorId)) {
    await services.audit.record({ ...audit, outcome: 'denied', reason: 'only admins import for another coordinator' });
    throw forbidden('Only organization admins import a roster for another coordinator; you may import members you will coordinate yourself.');
  }
  const coordinator = await services.store.users.findById(query.coordinatorId);
  if (!coordinator || coordinator.kind !== 'staff' || coordinator.disabledAt) throw invalid('coordinatorId', 'Choose an active staff member as the coordinator.');
  const job: RosterImportRecord = {
    id: randomUUID(), format: query.format, coordinatorId: coordinator.id, createdBy: actor.userId, createdAt: services.clock.now().toISOString(),
    status: 'queued', content, totalRows: 0, processedRows: 0, results: [], failure: null, completedAt: null,
  };
  await services.store.rosterImports.create(job);
  await services.audit.record({ ...audit, resourceId: job.id, outcome: 'success', reason: 'roster file accepted' });
  runner.enqueue(job);
  return presentJob(services, job);
}

/** A job with its progress, and per-row results once it is completed (audited per member shown). */
export async function readRosterImport(services: Services, actor: Actor, importId: string): Promise<RosterImportJob> {
  const job = await services.store.rosterImports.find(importId);
  if (!job || !canReadRosterImport(actor, job)) {
    await services.audit.record({ actor, action: 'R', type: 'roster.import.read', resourceType: 'Bundle', resourceId: importId, outcome: 'denied' });
    throw notFound('Roster import');
  }
  const shown = job.results.flatMap((r) => (r.patientId ? [r.patientId] : []));
  await services.audit.recordForPatients({ actor, action: 'R', type: 'roster.import.read', resourceType: 'Bundle', resourceId: job.id, category: 'demographics', outcome: 'success' }, shown);
  return presentJob(services, job);
}
