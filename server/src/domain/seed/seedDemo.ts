import { addDays, calendarDateIn, type SharingPreferences } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/passwords';
import { profileRecordOf } from '../patients/patientProfile';
import type { Services } from '../services';
import { seedDemoPlan } from './demoPlans';
import { seedDemoScreenings } from './demoScreenings';
import { seedDemoTracking } from './demoTracking';
import { seedDemoAlerts } from './demoAlerts';
import { seedDemoApiClients } from './demoApiClients';
import { seedTemplatePlan } from './demoTemplatePlan';
import { seedDemoTasks } from './demoTasks';
import { seedSentCopies } from './demoPlanShares';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DEMO_PATIENTS, DEMO_USERS } from './demoData';

/** Seeds the demo organization into an empty store; returns false when the store already has users. */
export async function seedDemoData(services: Services): Promise<boolean> {
  const { store, clock } = services;
  if ((await store.users.count()) > 0) return false;
  const now = clock.now();
  const today = calendarDateIn(now, services.timeZone);
  // One hash for all demo accounts: they share a password, and seeding stays fast for tests.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const id = randomUUID();
    ids.set(u.key, id);
    await store.users.create({
      id, email: `${u.key}@${DEMO_EMAIL_DOMAIN}`, name: u.name, kind: u.kind, isAdmin: u.isAdmin, ...(u.isSupervisor ? { isSupervisor: true } : {}),
      ...(u.workPhone ? { workPhone: u.workPhone } : {}),
      passwordHash, createdAt: now.toISOString(),
    });
  }
  const patients = new Map<string, { id: string; enrollmentDate: string }>();
  for (const p of DEMO_PATIENTS) {
    const patientId = randomUUID();
    const enrollmentDate = addDays(today, -p.enrolledDaysAgo);
    patients.set(p.name, { id: patientId, enrollmentDate });
    const lead = ids.get(p.team[0]![0])!;
    await store.patients.create({
      id: patientId, name: p.name, dateOfBirth: p.dateOfBirth, memberNumber: p.memberNumber, enrollmentDate,
      riskLevel: p.riskLevel, riskSetBy: p.riskLevel ? lead : null,
      riskSetAt: p.riskLevel ? `${addDays(enrollmentDate, 21)}T15:00:00.000Z` : null, createdAt: now.toISOString(),
      ...(p.profile ? profileRecordOf(p.profile) : {}), pcpUserId: p.pcpKey ? ids.get(p.pcpKey)! : null,
    });
    for (const [index, [key, role]] of p.team.entries()) {
      await store.careTeams.add({
        patientId, userId: ids.get(key)!, role, isLead: index === 0, joinedAt: `${addDays(enrollmentDate, index === 0 ? 0 : 3)}T14:00:00.000Z`,
      });
    }
    if (p.consent) {
      const preferences: SharingPreferences = {
        family: p.consent.family.map((f) => ({ userId: ids.get(f.key)!, sharedPlan: true, proposeGoals: f.proposeGoals })),
        behavioralHealth: p.consent.behavioralHealth.map((k) => ids.get(k)!),
        substanceUse: p.consent.substanceUse.map((k) => ids.get(k)!),
        providers: (p.consent.providers ?? []).map((e) => (e.kind === 'team' ? { kind: 'team', userId: ids.get(e.key)!, parts: e.parts } : e)),
      };
      await store.consents.append({
        patientId, version: 1, preferences: JSON.stringify(preferences), method: 'written', givenOn: addDays(enrollmentDate, 21),
        note: 'Signed at the screening visit.', recordedBy: lead, recordedAt: now.toISOString(),
      });
      await seedSentCopies(store, patientId, preferences, p.consent.sentCopies ?? [], lead, now);
    }
    if (p.plan) await seedDemoPlan(store, patientId, p.plan, ids, now);
  }
  await seedDemoTracking(store, today, patients, ids);
  await seedDemoAlerts(store, today, now.toISOString());
  await seedDemoApiClients(store, ids.get('admin')!, now);
  await seedTemplatePlan(store, patients.get('Walter Kim')!.id, ids.get('coordinator')!, ids.get('admin')!, now, today);
  await seedDemoTasks(store, today, patients, ids, now);
  await seedDemoScreenings(store, patients, ids, now);
  return true;
}

/** Lines for the start-up banner: who can sign in to the demo. */
export function demoCredentialLines(): string[] {
  return DEMO_USERS.map((u) => `  ${`${u.key}@${DEMO_EMAIL_DOMAIN}`.padEnd(36)} ${u.title}`).concat(`  password for all: ${DEMO_PASSWORD}`);
}
