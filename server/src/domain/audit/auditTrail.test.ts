import { describe, expect, it } from 'vitest';
import type { AuditEventInput, AuditRecord, AuditRepository } from '../../storage/port';
import { systemClock } from '../clock';
import { createAuditTrail } from './auditTrail';

/** An in-memory repository (domain tests use no storage adapter); the hash is not the point here. */
function memoryAudit(): AuditRepository & { stored: AuditRecord[] } {
  const stored: AuditRecord[] = [];
  const add = (e: AuditEventInput): AuditRecord => {
    const record = { ...e, seq: stored.length + 1, prevHash: '', hash: '' };
    stored.push(record);
    return record;
  };
  return {
    stored,
    append: async (e) => add(e),
    appendMany: async (events) => events.map(add),
    list: async () => stored,
    async *iterateAll() {
      yield* stored;
    },
  };
}

describe('audit trail entries', () => {
  it('takes only reasons the server wrote: literals and unions of them compile, typed-in text does not', async () => {
    const repo = memoryAudit();
    const trail = createAuditTrail(repo, systemClock);
    const format = 'csv' as 'csv' | 'json';
    await trail.record({ actor: null, action: 'E', type: 'test', resourceType: 'Test', outcome: 'success', reason: `export as ${format}` });
    const typedByAUser: string = 'Methadone 80 mg daily';
    // @ts-expect-error A plain string (a retraction reason, a title) is not a reason code; typecheck fails if this ever compiles.
    await trail.record({ actor: null, action: 'D', type: 'test', resourceType: 'Test', outcome: 'success', reason: typedByAUser });
    expect(repo.stored.map((r) => r.reason)).toEqual(['export as csv', 'Methadone 80 mg daily']);
  });

  it('records a read of several patients once per patient, a read of none once without a patient, and a batch in order', async () => {
    const repo = memoryAudit();
    const trail = createAuditTrail(repo, systemClock);
    await trail.recordForPatients({ actor: null, action: 'R', type: 'patient.list', resourceType: 'Patient', outcome: 'success' }, ['p-1', 'p-2', 'p-1']);
    await trail.recordForPatients({ actor: null, action: 'R', type: 'patient.list', resourceType: 'Patient', outcome: 'success' }, []);
    expect(repo.stored.map((r) => r.patientId)).toEqual(['p-1', 'p-2', null]);
    await trail.recordMany([
      { actor: null, patientId: 'p-3', action: 'U', type: 'plan.edit', resourceType: 'CarePlan', outcome: 'success' },
      { actor: null, patientId: 'p-3', action: 'U', type: 'plan.edit', resourceType: 'CarePlan', outcome: 'success', reason: 'coalesced' },
    ]);
    expect(repo.stored.slice(3).map((r) => [r.seq, r.reason])).toEqual([[4, null], [5, 'coalesced']]);
  });
});
