import type { CaseloadMember } from '@carehuddle/shared';
import { useState } from 'react';
import { caseloadEndpoints } from '../api/caseloadEndpoints';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';
import { CoordinatorTable } from './CoordinatorTable';
import { ReassignForm } from './ReassignForm';

/** Members led by one coordinator, or every member. */
const ALL = '';

/** Supervisors' page: every coordinator's caseload, and reassigning the lead coordinator of one or many members. */
export function CaseloadsPage() {
  const caseloads = useServerQuery(['caseloads'], () => caseloadEndpoints.caseloads());
  const staff = useServerQuery(['staff'], () => endpoints.staff());
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [chosenLead, setLead] = useState(ALL);
  // A coordinator whose members all moved away has no row any more: show everyone again.
  const lead = caseloads.data?.coordinators.some((c) => c.userId === chosenLead) ? chosenLead : ALL;
  const members = (caseloads.data?.members ?? []).filter((m) => lead === ALL || m.leadId === lead);
  const toggle = (m: CaseloadMember, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(m.patientId);
    else next.delete(m.patientId);
    setChosen(next);
  };
  const allShownChosen = members.length > 0 && members.every((m) => chosen.has(m.patientId));
  return (
    <section aria-labelledby="caseloads-title">
      <h1 id="caseloads-title">Caseloads</h1>
      <ErrorMessage error={caseloads.error ?? staff.error} />
      {caseloads.data && <CoordinatorTable coordinators={caseloads.data.coordinators} />}
      <ReassignForm patientIds={[...chosen]} staff={staff.data?.users ?? []} onDone={() => { setChosen(new Set()); caseloads.reload(); }} />
      <div className="field">
        <label htmlFor="caseload-lead">Show members of</label>
        <select id="caseload-lead" value={lead} onChange={(e) => setLead(e.target.value)}>
          <option value={ALL}>Every coordinator</option>
          {(caseloads.data?.coordinators ?? []).map((c) => <option key={c.userId} value={c.userId}>{c.name}</option>)}
        </select>
      </div>
      <div className="table-scroll" id="reassign-members">
        <table className="card table">
          <caption>Enrolled members</caption>
          <thead>
            <tr>
              <th scope="col">
                {/* The words show on a phone, where this header is the only one left above the cards. */}
                <label className="choose-all">
                  <input type="checkbox" checked={allShownChosen}
                    onChange={(e) => setChosen(e.target.checked ? new Set([...chosen, ...members.map((m) => m.patientId)]) : new Set([...chosen].filter((id) => !members.some((m) => m.patientId === id))))} />
                  <span className="choose-all-text">Choose every member shown</span>
                </label>
              </th>
              <th scope="col">Member</th><th scope="col">Risk level</th><th scope="col">Lead coordinator</th><th scope="col">Overdue items</th><th scope="col">Reached in 30 days</th><th scope="col">Screening</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.patientId}>
                <td><input type="checkbox" aria-label={`Choose ${m.name}`} checked={chosen.has(m.patientId)} onChange={(e) => toggle(m, e.target.checked)} /></td>
                <th scope="row">{m.name}</th>
                <td data-label="Risk level"><RiskBadge level={m.riskLevel} /></td>
                <td data-label="Lead coordinator">{m.leadName ?? 'None'}</td>
                <td data-label="Overdue items">{m.overdue}</td>
                <td data-label="Reached in 30 days">{m.notReached ? 'No' : 'Yes'}</td>
                <td data-label="Screening">{m.screeningDue ? 'Due' : 'Not due'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caseloads.data && members.length === 0 && <p className="empty">No enrolled members to show.</p>}
    </section>
  );
}
