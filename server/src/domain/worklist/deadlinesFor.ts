import type { WorkItem } from '@carehuddle/shared';
import type { PatientRecord, TrackedItemRecord } from '../../storage/port';
import { carePlanDeadline, DEFAULT_SETTINGS, planReviewDeadline, screeningDeadline, transitionDeadlines, type CoordinationSettings, type Deadline } from './coordinationRules';
import { statusWithAttempts, type AttemptFact } from './outreachRules';
import { annualVisitDeadline, careGapDeadline, referralDeadlines, testResultDeadline, type ReferralStep, type TestResultStep } from './trackingRules';

type Data = Record<string, string | boolean | null | undefined>;
const str = (d: Data, k: string): string | null => (typeof d[k] === 'string' ? (d[k]) : null);

/** Every deadline of one patient, derived by the rules from the patient and their tracked items. */
export function deadlinesFor(
  patient: PatientRecord, items: readonly TrackedItemRecord[], today: string, settings: CoordinationSettings = DEFAULT_SETTINGS, attempts: readonly AttemptFact[] = [],
): WorkItem[] {
  const parsed = items.map((i) => ({ item: i, data: JSON.parse(i.data) as Data }));
  const latest = (kind: string, field: string) => parsed.filter((p) => p.item.kind === kind).map((p) => str(p.data, field)).filter((v): v is string => v !== null).sort().at(-1) ?? null;
  const first = (kind: string, field: string) => parsed.filter((p) => p.item.kind === kind).map((p) => str(p.data, field)).filter((v): v is string => v !== null).sort()[0] ?? null;
  // Only a completed screening closes the deadline: a risk level set by hand does not.
  const screenedOn = latest('screening', 'screenedOn');
  const out: WorkItem[] = [];
  const push = (d: Deadline | null, item: TrackedItemRecord | null) => {
    if (!d) return;
    const status = statusWithAttempts({ kind: d.kind, itemId: item?.id ?? null, dueDate: d.dueDate, status: d.status }, attempts, settings.unableToReachAttempts ?? 3);
    out.push({
      itemId: item?.id ?? null, patientId: patient.id, patientName: patient.name, riskLevel: patient.riskLevel, kind: d.kind, category: item?.category ?? 'clinical', title: d.title,
      dueDate: d.dueDate, status, ownerId: item?.ownerId ?? null, link: `/patients/${patient.id}#coordination`,
    });
  };
  push(screeningDeadline(patient.enrollmentDate, screenedOn, today), null);
  push(carePlanDeadline(screenedOn, first('plan_review', 'reviewedOn'), today, settings), null);
  push(planReviewDeadline(latest('plan_review', 'reviewedOn'), patient.riskLevel, today, settings), null);
  const visits = parsed.filter((p) => p.item.kind === 'annual_visit');
  const lastVisit = visits.at(-1);
  push(annualVisitDeadline(lastVisit ? str(lastVisit.data, 'lastVisitOn') : null, lastVisit ? str(lastVisit.data, 'scheduledOn') : null, patient.enrollmentDate, today), lastVisit?.item ?? null);
  for (const { item, data } of parsed) {
    switch (item.kind) {
      case 'transition':
        for (const d of transitionDeadlines({ dischargedOn: str(data, 'dischargedOn')!, facility: str(data, 'facility') ?? '', followUpOn: str(data, 'followUpOn'), reconciledOn: str(data, 'reconciledOn') }, today)) push(d, item);
        break;
      case 'referral':
        for (const d of referralDeadlines({
          specialty: str(data, 'specialty') ?? '', step: (str(data, 'step') ?? 'draft') as ReferralStep, stepSince: str(data, 'stepSince')!,
          priorAuth: (str(data, 'priorAuth') ?? 'not_needed') as 'not_needed', priorAuthSince: str(data, 'priorAuthSince'),
        }, today)) push(d, item);
        break;
      case 'test_result':
        push(testResultDeadline({ name: str(data, 'name') ?? '', step: (str(data, 'step') ?? 'ordered') as TestResultStep, stepSince: str(data, 'stepSince')! }, today), item);
        break;
      case 'care_gap':
        push(careGapDeadline({ description: str(data, 'description') ?? '', dueDate: str(data, 'dueDate')!, closedOn: str(data, 'closedOn') }, today), item);
        break;
      default:
        break;
    }
  }
  return out;
}
