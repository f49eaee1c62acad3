import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { WorkPhoneForm } from './WorkPhoneForm';

/** The account page's work phone (staff): members and families are given it when this person is their care coordinator. */
export function OwnWorkPhone() {
  const { data, error, reload } = useServerQuery(['workPhone'], () => endpoints.workPhone());
  return (
    <section className="card" aria-labelledby="account-work-phone">
      <h2 id="account-work-phone">Work phone</h2>
      <p className="hint">Members and their families see this number on their pages when you are their care coordinator, so they can call you.</p>
      <ErrorMessage error={error} />
      {data && (
        <WorkPhoneForm inputId="account-workPhone" label="Your work phone" current={data.workPhone}
          save={async (workPhone) => { await endpoints.setWorkPhone({ workPhone }); reload(); }} />
      )}
    </section>
  );
}
