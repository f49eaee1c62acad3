import { addDays } from '@carehuddle/shared';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMeasureFacts } from '../../server/src/domain/measures/loadMeasureFacts';
import type { MeasureWindow } from '../../server/src/domain/measures/memberFacts';
import { tallyMeasures } from '../../server/src/domain/measures/tallyMeasures';
import type { Services } from '../../server/src/domain/services';
import { openSqliteFile } from '../../server/src/storage/sqlite/database';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';

const MEMBERS = Number(process.env.MEASURE_MEMBERS ?? 50_000);
const COORDINATORS = 50;
const TODAY = '2026-11-20';
const FIRST_DAY = '2024-11-21';
const HISTORY_DAYS = 730;
const NOW = `${TODAY}T15:00:00.000Z`;

/** A small deterministic generator, so every run builds the same history. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Two years of history for the members: enrollment, screening (most in time),
 * signed plans and reviews, discharges with follow-up and reconciliation,
 * referrals, and about one contact attempt a month (two thirds reaching someone).
 */
/** What the seed wrote. */
interface SeedCounts { members: number; trackedItems: number; contactAttempts: number }

function seed(dir: string): SeedCounts {
  const db = openSqliteFile(join(dir, 'carehuddle.db'));
  const rnd = random(42);
  const day = (from: string, max: number) => addDays(from, Math.floor(rnd() * max));
  const counts = { members: 0, trackedItems: 0, contactAttempts: 0 };
  const patient = db.prepare('INSERT INTO patients (id, name, date_of_birth, member_number, enrollment_date, risk_level, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const team = db.prepare('INSERT INTO care_team_members (patient_id, user_id, role, is_lead, joined_at) VALUES (?, ?, ?, ?, ?)');
  const item = db.prepare("INSERT INTO tracked_items (id, patient_id, kind, category, data, owner_id, created_at, updated_at) VALUES (?, ?, ?, 'clinical', ?, NULL, ?, ?)");
  const attempt = db.prepare(`INSERT INTO outreach_attempts (id, patient_id, channel, direction, reached, outcome, attempted_on, note, next_attempt_on, purpose, target_id, by_user, recorded_at)
    VALUES (?, ?, 'phone', 'outbound', ?, ?, ?, 'Called about the plan', NULL, 'annual_review', NULL, ?, ?)`);
  const risks = ['High', 'Moderate', 'Low', null];
  db.transaction(() => {
    for (let i = 0; i < MEMBERS; i += 1) {
      const id = `bench-p-${i}`;
      const coordinator = `bench-c-${i % COORDINATORS}`;
      const enrolled = day(FIRST_DAY, HISTORY_DAYS - 10);
      patient.run(id, `Member ${i}`, '1950-01-01', `B-${i}`, enrolled, risks[i % 4], NOW);
      team.run(id, coordinator, 'care_coordinator', 1, `${enrolled}T12:00:00.000Z`);
      team.run(id, `bench-md-${i % 200}`, 'physician', 0, `${enrolled}T12:00:00.000Z`);
      const addItem = (kind: string, data: object, on: string) => {
        if (on > TODAY) return;
        item.run(`${id}-${counts.trackedItems}`, id, kind, JSON.stringify(data), `${on}T14:00:00.000Z`, `${on}T14:00:00.000Z`);
        counts.trackedItems += 1;
      };
      if (rnd() < 0.92) {
        const screened = day(enrolled, rnd() < 0.85 ? 30 : 60);
        addItem('screening', { screenedOn: screened, screeningId: `${id}-s`, proposedRiskLevel: 'Moderate' }, screened);
        // The plan, then reviews every four to fourteen months.
        for (let review = day(screened, rnd() < 0.8 ? 30 : 60); review <= TODAY; review = day(addDays(review, 120), 300)) {
          addItem('plan_review', { reviewedOn: review }, review);
        }
      }
      for (let d = 0; d < (rnd() < 0.3 ? 1 + Math.floor(rnd() * 2) : 0); d += 1) {
        const discharged = day(enrolled, 700);
        addItem('transition', {
          setting: 'hospital', admittedOn: addDays(discharged, -3), dischargedOn: discharged, facility: 'General Hospital',
          followUpOn: rnd() < 0.7 ? day(discharged, 10) : null, reconciledOn: rnd() < 0.8 ? day(discharged, 40) : null,
        }, discharged);
      }
      if (rnd() < 0.5) {
        const referred = day(enrolled, 700);
        const closed = rnd() < 0.6 ? day(referred, 90) : null;
        addItem('referral', { specialty: 'Cardiology', inNetwork: true, priorAuth: 'not_needed', step: closed && closed <= TODAY ? 'closed' : 'sent', stepSince: closed ?? referred }, referred);
      }
      for (let on = day(enrolled, 30); on <= TODAY; on = day(addDays(on, 15), 30)) {
        const reached = rnd() < 0.66;
        attempt.run(`${id}-a-${counts.contactAttempts}`, id, reached ? 'member' : 'nobody', reached ? 'reached' : 'left_message', on, coordinator, `${on}T15:00:00.000Z`);
        counts.contactAttempts += 1;
      }
      counts.members += 1;
    }
  })();
  db.close();
  return counts;
}

/**
 * Times the measures the way the route computes them: the store's three bulk
 * reads, then the tally. Wall time and this process's CPU time (user + system):
 * on a shared machine the CPU time is what the work itself costs.
 */
async function timed(services: Services, coordinatorId: string | null, window: MeasureWindow): Promise<{ ms: number; cpuMs: number; readCpuMs: number; events: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const facts = await loadMeasureFacts(services, { coordinatorId }, window);
  const readCpu = process.cpuUsage(cpu);
  const summary = tallyMeasures(facts, window, (id) => id ?? 'none');
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  return { ms, cpuMs: (used.user + used.system) / 1000, readCpuMs: (readCpu.user + readCpu.system) / 1000, events: summary.reduce((sum, m) => sum + m.total.denominator + m.total.pending, 0) };
}

/** Builds 50,000 members with two years of history in the embedded store and times the measures over 24 months; prints a Markdown table. */
async function main(): Promise<void> {
  // MEASURE_BENCH_DIR keeps the seeded store between runs (seeding takes longer than measuring).
  const kept = process.env.MEASURE_BENCH_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'carehuddle-measures-bench-'));
  try {
    const reuse = kept !== undefined && existsSync(join(dir, 'carehuddle.db'));
    // Opening the store once creates the tables and indexes the seeding writes into.
    await openSqliteStore(dir).close();
    const seeded = performance.now();
    const counts = reuse ? { members: MEMBERS, trackedItems: NaN, contactAttempts: NaN } : seed(dir);
    const seedSeconds = ((performance.now() - seeded) / 1000).toFixed(1);
    const store = openSqliteStore(dir);
    const services = { store, timeZone: 'America/New_York', coordination: { planDaysAfterScreening: 30 } } as unknown as Services;
    const window: MeasureWindow = { from: '2024-12', to: '2026-11', asOf: TODAY, planDaysAfterScreening: 30 };
    const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
    await timed(services, null, window); // warm-up: the page cache and the JIT, as a server that has been running
    const runs = [await timed(services, null, window), await timed(services, null, window), await timed(services, null, window)];
    const caseload = await timed(services, 'bench-c-7', window);
    const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' / ');
    await store.close();
    const median = runs.map((r) => r.ms).sort((a, b) => a - b)[1]!;
    process.stdout.write(`Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z, load average (1/5/15 min) before ${load}, after ${loadAfter}\n`);
    process.stdout.write(`Seeded in ${seedSeconds} s: ${counts.members.toLocaleString('en')} members, ${counts.trackedItems.toLocaleString('en')} tracked items, ${counts.contactAttempts.toLocaleString('en')} contact attempts.\n\n`);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    process.stdout.write('| benchmark | wall time | CPU time (reads + facts) | note |\n| --- | --- | --- | --- |\n');
    process.stdout.write(`| all 7 measures, whole organization, 24 months | ${seconds(median)} | ${runs.map((r) => `${seconds(r.cpuMs)} (${seconds(r.readCpuMs)})`).join(', ')} | median of 3 wall (${runs.map((r) => seconds(r.ms)).join(', ')}); ${runs[0]!.events.toLocaleString('en')} member events |\n`);
    process.stdout.write(`| all 7 measures, one caseload (${(MEMBERS / COORDINATORS).toLocaleString('en')} members), 24 months | ${seconds(caseload.ms)} | ${seconds(caseload.cpuMs)} (${seconds(caseload.readCpuMs)}) | ${caseload.events.toLocaleString('en')} member events |\n`);
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
