import type { Reconciliation, ReconciliationSummary } from '@carehuddle/shared';
import type { ReconciliationRecord } from '../../storage/port';
import type { Services } from '../services';
import { pendingCount, type ReconciliationData } from './reconciliationRules';

type Names = ReadonlyMap<string, string>;

const dataOf = (record: ReconciliationRecord) => JSON.parse(record.data) as ReconciliationData;

function peopleIn(data: ReconciliationData): string[] {
  return [
    data.startedBy, ...data.medications.flatMap((m) => (m.decidedBy ? [m.decidedBy] : [])),
    ...data.followUps.flatMap((f) => [f.ownerId, f.createdBy]), ...(data.pharmacistReview ? [data.pharmacistReview.userId] : []),
    ...(data.signed ? [data.signed.userId] : []),
  ];
}

async function namesFor(services: Services, ids: readonly string[]): Promise<Names> {
  const users = await services.store.users.findManyByIds([...new Set(ids)]);
  return new Map(users.map((u) => [u.id, u.name]));
}

const person = (names: Names, userId: string) => ({ userId, name: names.get(userId) ?? 'Former member' });

function present(record: ReconciliationRecord, data: ReconciliationData, names: Names): Reconciliation {
  return {
    id: record.id, patientId: record.patientId, trigger: data.trigger, status: record.status,
    startedBy: person(names, data.startedBy), startedAt: record.createdAt,
    medications: data.medications.map((m) => ({ ...m, decidedBy: m.decidedBy ? person(names, m.decidedBy) : null })),
    followUps: data.followUps.map((f) => ({ id: f.id, title: f.title, owner: person(names, f.ownerId), dueDate: f.dueDate, createdBy: person(names, f.createdBy), createdAt: f.createdAt })),
    pharmacistReview: data.pharmacistReview ? { by: person(names, data.pharmacistReview.userId), at: data.pharmacistReview.at } : null,
    signed: data.signed ? { by: person(names, data.signed.userId), at: data.signed.at } : null,
    pendingCount: pendingCount(data), revision: record.revision,
  };
}

/** The only way a reconciliation leaves the server. */
export async function presentReconciliation(services: Services, record: ReconciliationRecord): Promise<Reconciliation> {
  const data = dataOf(record);
  return present(record, data, await namesFor(services, peopleIn(data)));
}

/** Reconciliations as list rows. */
export async function presentReconciliationSummaries(services: Services, records: readonly ReconciliationRecord[]): Promise<ReconciliationSummary[]> {
  const all = records.map((r) => ({ record: r, data: dataOf(r) }));
  const names = await namesFor(services, all.flatMap(({ data }) => [data.startedBy, ...(data.signed ? [data.signed.userId] : [])]));
  return all.map(({ record, data }) => {
    const { id, trigger, status, startedBy, startedAt, signed, pendingCount: pending } = present(record, { ...data, followUps: [] }, names);
    return { id, trigger, status, startedBy, startedAt, signed, pendingCount: pending, discrepancyCount: data.medications.filter((m) => m.discrepancy).length };
  });
}
