import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { addNewMedication, completionBlocker, decide, pendingCount, snapshotMedications, type ReconciliationData } from './reconciliationRules';

const plan = [
  { itemId: 'm1', name: 'Furosemide', dose: '40 mg', route: 'oral', frequency: 'daily', prescriber: 'Dr. Patel', indication: 'heart failure', source: 'discharge_summary' },
  { itemId: 'm2', name: 'Metformin', dose: '500 mg', route: 'oral', frequency: 'twice daily', prescriber: '', indication: '', source: 'hearsay' },
];
const fresh = (): ReconciliationData => ({ trigger: 'discharge', startedBy: 'u1', medications: snapshotMedications(plan), followUps: [], pharmacistReview: null, signed: null });

describe('reconciliation rules', () => {
  it('starts every medication pending, unflagged, and drops a source the plan does not know', () => {
    const data = fresh();
    expect(data.medications.map((m) => [m.decision, m.discrepancy, m.source])).toEqual([['pending', null, 'discharge_summary'], ['pending', null, null]]);
    expect(pendingCount(data)).toBe(2);
  });

  it('refuses completion while any medication is pending, and says how many', () => {
    let data = fresh();
    expect(completionBlocker(data)).toBe('2 medications are still pending a decision.');
    data = decide(data, 'm1', { decision: 'change', discrepancy: { kind: 'dose_mismatch', note: '20 mg on the fill' } }, 'u2', '2026-11-20T15:00:00.000Z');
    expect(completionBlocker(data)).toBe('1 medication is still pending a decision.');
    data = decide(data, 'm2', { decision: 'continue', discrepancy: null }, 'u2', '2026-11-20T15:01:00.000Z');
    expect(completionBlocker(data)).toBeNull();
  });

  it('records who decided and when, leaving the other medications alone', () => {
    const data = decide(fresh(), 'm1', { decision: 'stop', discrepancy: null }, 'u3', '2026-11-20T15:00:00.000Z');
    expect(data.medications[0]).toMatchObject({ decision: 'stop', decidedBy: 'u3', decidedAt: '2026-11-20T15:00:00.000Z' });
    expect(data.medications[1]).toMatchObject({ decision: 'pending', decidedBy: null });
  });

  it('refuses a medication that is not part of the reconciliation', () => {
    expect(() => decide(fresh(), 'nope', { decision: 'stop', discrepancy: null }, 'u3', 'x')).toThrow(DomainError);
  });

  it('adds a medication the plan did not list at the end, decided new by whoever added it, so it never holds up completion', () => {
    const aspirin = { itemId: 'm3', name: 'Aspirin', dose: '81 mg', route: 'oral', frequency: 'daily', prescriber: '', indication: '', source: 'discharge_summary' as const };
    const omission = { kind: 'omission' as const, note: 'On the discharge summary, not on the list.' };
    const data = addNewMedication(fresh(), { ...aspirin, discrepancy: omission }, 'u4', '2026-11-20T15:02:00.000Z');
    expect(data.medications.map((m) => m.itemId)).toEqual(['m1', 'm2', 'm3']);
    expect(data.medications[2]).toEqual({ ...aspirin, discrepancy: omission, decision: 'new', decidedBy: 'u4', decidedAt: '2026-11-20T15:02:00.000Z' });
    expect(pendingCount(data)).toBe(2);
  });
});
