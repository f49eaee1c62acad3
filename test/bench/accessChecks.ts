import { PLAN_AUDIENCES, type SharingPreferences } from '@carehuddle/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeMembership } from '../../server/src/domain/consent/sharingPreferences';
import { planDocumentAccess } from '../../server/src/domain/policies/planDocumentPolicy';
import type { Services } from '../../server/src/domain/services';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import type { BenchResult } from './documentLoad';

/**
 * Every HTTP request about a patient, every Socket.IO join and every plan
 * websocket asks the same question: is this person on the team, does the
 * patient's consent cover them, and what may they do with each document?
 * This times that question against the embedded store with a long consent
 * history and a large team, as a revocation re-check asks it once per person.
 */
export async function accessCheckBenchmark(checks: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'carehuddle-bench-'));
  const store = openSqliteStore(dir);
  // Only the store is used by the access rules.
  const services = { store } as unknown as Services;
  const patientId = 'bench-patient';
  const members = Array.from({ length: 40 }, (_, i) => `member-${i}`);
  for (const [i, userId] of members.entries()) {
    await store.careTeams.add({ patientId, userId, role: i % 4 === 0 ? 'family_caregiver' : 'physician', isLead: i === 1, joinedAt: '2026-01-01T00:00:00.000Z' });
  }
  for (let version = 1; version <= 200; version += 1) {
    const preferences: SharingPreferences = {
      family: members.filter((_, i) => i % 4 === 0).map((userId, i) => ({ userId, sharedPlan: (i + version) % 2 === 0, proposeGoals: false })),
      behavioralHealth: members.filter((_, i) => i % 3 === 1), substanceUse: members.filter((_, i) => i % 5 === 1), providers: [],
    };
    await store.consents.append({ patientId, version, preferences: JSON.stringify(preferences), method: 'written', givenOn: '2026-01-01', note: '', recordedBy: 'member-1', recordedAt: new Date().toISOString() });
  }
  let admitted = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < checks; i += 1) {
    const active = await activeMembership(services, patientId, members[i % members.length]!);
    if (active && PLAN_AUDIENCES.some((a) => planDocumentAccess(active.membership, a, active.preferences) !== 'none')) admitted += 1;
  }
  const perCheckUs = Number(process.hrtime.bigint() - start) / 1e3 / checks;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return [{
    name: `access decision with consent (membership + latest of 200 consent versions + 4 documents), ${checks.toLocaleString('en-US')} checks`,
    value: perCheckUs, unit: 'µs', note: `embedded store, 40-member team; ${admitted} admitted`,
  }];
}
