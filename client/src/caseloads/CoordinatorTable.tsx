import type { CoordinatorCaseload } from '@carehuddle/shared';

/** Every coordinator's caseload in one table: members by risk level, overdue items, not reached, screenings due. */
export function CoordinatorTable({ coordinators }: { coordinators: readonly CoordinatorCaseload[] }) {
  if (coordinators.length === 0) return <p className="empty">No coordinator leads an enrolled member yet.</p>;
  // Focusable, so keyboard users can scroll it at 390 px.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Caseloads by coordinator">
      <table className="card table">
        <caption>Caseloads by coordinator</caption>
        <thead>
          <tr>
            <th scope="col">Coordinator</th><th scope="col">Members</th><th scope="col">High</th><th scope="col">Moderate</th><th scope="col">Low</th>
            <th scope="col">Not screened</th><th scope="col">Overdue items</th><th scope="col">Not reached in 30 days</th><th scope="col">Screenings due</th>
          </tr>
        </thead>
        <tbody>
          {coordinators.map((c) => (
            <tr key={c.userId}>
              <th scope="row">{c.name}</th><td data-label="Members">{c.members}</td><td data-label="High">{c.byRisk.High}</td><td data-label="Moderate">{c.byRisk.Moderate}</td><td data-label="Low">{c.byRisk.Low}</td>
              <td data-label="Not screened">{c.byRisk.unscreened}</td><td data-label="Overdue items">{c.overdue}</td><td data-label="Not reached in 30 days">{c.notReached}</td><td data-label="Screenings due">{c.screeningsDue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
