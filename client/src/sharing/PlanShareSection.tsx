import type { ConsentVersion, PatientDetail } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { SharePlanForm } from './SharePlanForm';
import { SharedWithList } from './SharedWithList';

/**
 * "Sending the plan out" on the patient's page: the coordinator sends a
 * provider the parts of the plan the consent in force covers for them, as a
 * PDF; the whole team sees where copies went ("Shared with").
 */
export function PlanShareSection({ patient, consent }: { patient: PatientDetail; consent: ConsentVersion | null }) {
  const shares = useServerQuery(['planShares', patient.id], () => endpoints.planShares(patient.id));
  const [sent, setSent] = useState<string | null>(null);
  const isCoordinator = patient.myRole === 'care_coordinator';
  return (
    <section className="card" aria-labelledby="plan-share-title">
      <h2 id="plan-share-title">Sending the plan out</h2>
      {isCoordinator && (
        <SharePlanForm patient={patient} consent={consent} onSent={(message) => { setSent(message); shares.reload(); }} />
      )}
      <p role="status" className={sent ? 'notice' : undefined}>{sent}</p>
      <h3 id="shared-with-title">Shared with</h3>
      <ErrorMessage error={shares.error} />
      {shares.data && <SharedWithList shares={shares.data.shares} />}
    </section>
  );
}
