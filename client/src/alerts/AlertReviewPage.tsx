import { alertEndpoints } from '../api/alertEndpoints';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { AlertCard } from './AlertCard';

/** The coordinators' queue of admission and discharge alerts that could not be applied by themselves. */
export function AlertReviewPage() {
  const queue = useServerQuery(['alertQueue'], () => alertEndpoints.queue());
  const patients = useServerQuery(['patients'], () => endpoints.patients());
  // Only members the coordinator coordinates can be matched (the server checks it too).
  const mine = (patients.data?.patients ?? []).filter((p) => p.myRole === 'care_coordinator');
  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Admission alerts to review</h1>
      <p>Hospital alerts that did not match exactly one member, arrived twice, or could not be read. Match each to a member to apply it, or set it aside.</p>
      <ErrorMessage error={queue.error} />
      {queue.data && queue.data.alerts.length === 0 && <p className="empty">No alerts are waiting.</p>}
      {queue.data?.alerts.map((a) => <AlertCard key={a.id} alert={a} patients={mine} onSettled={queue.reload} />)}
    </section>
  );
}
