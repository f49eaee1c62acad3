import type { PatientDetail } from '@carehuddle/shared';
import type { ReactNode } from 'react';
import { pageTitleProps } from '../a11y/RouteFocus';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { RiskBadge, ScreeningBadge } from '../components/RiskBadge';
import { isFamilySide } from './familySide';
import { addressLine, ageOn, languageName } from './profileDisplay';
import { useDates } from '../format/useDates';

const NOT_RECORDED = <span className="muted">Not recorded</span>;

/** One fact; `wide` ones take the whole row on a phone. */
function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return <div className={wide ? 'fact-wide' : undefined}><dt>{term}</dt><dd>{children}</dd></div>;
}

/** Unresolved needs of the clinical plan: fetched only by those who may read it. */
function ActiveProblems({ patientId }: { patientId: string }) {
  const { data, error } = useServerQuery(['problems', patientId], () => endpoints.problems(patientId));
  if (error) return <span className="muted">Could not load</span>;
  if (!data) return <span className="muted">Loading…</span>;
  if (data.problems.length === 0) return <span className="muted">None recorded</span>;
  return <ul className="header-list">{data.problems.map((p) => <li key={p.id}>{p.title}</li>)}</ul>;
}

/** The next three open deadlines of the team's coordination view (staff only, like that view). */
function NextDue({ patientId }: { patientId: string }) {
  const { data, error } = useServerQuery(['tracking', patientId], () => endpoints.tracking(patientId));
  if (error) return <span className="muted">Could not load</span>;
  if (!data) return <span className="muted">Loading…</span>;
  const next = data.items.filter((w) => w.status !== 'done').sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, 3);
  if (next.length === 0) return <span className="muted">Nothing due</span>;
  return (
    <ul className="header-list">
      {next.map((w) => <li key={`${w.kind}-${w.itemId ?? ''}-${w.dueDate}`}><span className={`badge status-${w.status}`}>{w.dueDate}</span> {w.title}</li>)}
    </ul>
  );
}

/**
 * What a coordinator needs at a glance, at the top of every patient page.
 * `headingLevel` 2 where the page's own title is the h1 (the care plan).
 * `riskReasons` are the reasons behind the risk level when the screening
 * computed it (shown under the badge); `actions` go beside the status.
 */
export function PatientHeader({ patient, riskReasons, actions, headingLevel = 1, view }: {
  patient: PatientDetail; riskReasons?: readonly string[]; actions?: ReactNode; headingLevel?: 1 | 2;
  /** What of the patient the page shows (its open tab): it leads the document title, "Coordination — Rosa Delgado". */
  view?: string;
}) {
  const dates = useDates();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const staff = !isFamilySide(patient.myRole);
  const clinical = patient.myAccess.documents.clinical !== 'none';
  return (
    <section className="card patient-header" aria-labelledby="patient-name">
      <div className="patient-header-main">
        <Heading id="patient-name" {...(view ? pageTitleProps(view, patient.name) : {})}>{patient.name}</Heading>
        <dl className="facts">
          <Fact term="Age, date of birth">{ageOn(patient.dateOfBirth)} years · <span className="nowrap">{dates.day(patient.dateOfBirth)}</span></Fact>
          <Fact term="Language">
            {patient.preferredLanguage ? languageName(patient.preferredLanguage) : NOT_RECORDED}
            {patient.interpreterNeeded === true && <> <span className="badge interpreter">Interpreter needed</span></>}
            {patient.interpreterNeeded === false && <span className="muted"> · no interpreter</span>}
          </Fact>
          <Fact term="Phone" wide>
            {patient.phone ? <a href={`tel:${patient.phone.replace(/[^\d+]/g, '')}`}>{patient.phone}</a> : NOT_RECORDED}
            {patient.preferredContactTime && <span className="muted"> · {patient.preferredContactTime}</span>}
          </Fact>
          <Fact term="Address" wide>{patient.address ? addressLine(patient.address) : NOT_RECORDED}</Fact>
          <Fact term="Health plan, member number" wide>{patient.healthPlanName ?? <span className="muted">Plan not recorded</span>} · <span className="nowrap">{patient.memberNumber}</span></Fact>
          <Fact term="Primary care physician">{patient.pcp?.name ?? <span className="muted">Not designated</span>}</Fact>
          <Fact term="Allergies" wide>
            {patient.allergies === null ? NOT_RECORDED : patient.allergies.length === 0 ? 'No known allergies' : <strong className="allergies">{patient.allergies.join(', ')}</strong>}
          </Fact>
          {clinical && <Fact term="Active problems" wide><ActiveProblems patientId={patient.id} /></Fact>}
          {staff && <Fact term="Next due" wide><NextDue patientId={patient.id} /></Fact>}
        </dl>
      </div>
      <div className="patient-status">
        <RiskBadge level={patient.riskLevel} />
        {riskReasons && riskReasons.length > 0 && (
          <ul className="risk-reasons" aria-label="Reasons for the risk level">{riskReasons.map((r) => <li key={r}>{r}</li>)}</ul>
        )}
        <ScreeningBadge status={patient.screeningStatus} dueDate={patient.screeningDueDate} />
        {patient.riskSetBy && patient.riskSetAt && (
          <p className="muted">Risk set by {patient.riskSetBy.name} on {patient.riskSetAt.slice(0, 10)}</p>
        )}
        {actions}
      </div>
    </section>
  );
}
