import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../session/SessionContext';
import { AccountStatusButton } from './AccountStatusButton';
import { ApiClientsSection } from './ApiClientsSection';
import { SupervisorToggle } from './SupervisorToggle';
import { WorkPhoneForm } from '../account/WorkPhoneForm';

/** Organization admins list staff accounts, create new ones, set their work phones, make them supervisors, and disable or re-enable them. */
export function StaffPage() {
  const { data, error, reload } = useServerQuery(['staff'], () => endpoints.staff());
  const { user } = useSession();
  const [form, setForm] = useState({ name: '', email: '', password: '', isAdmin: false });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const user = await endpoints.createStaff(form);
      setCreated(`${user.name} can now sign in as ${user.email}.`);
      setFailure(null);
      setForm({ name: '', email: '', password: '', isAdmin: false });
      reload();
    } catch (e) {
      setFailure(e instanceof ApiRequestError ? e : null);
    }
  };
  const field = (name: 'name' | 'email' | 'password', label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`staff-${name}`}>{label}</label>
      <input id={`staff-${name}`} type={type} required value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        aria-invalid={Boolean(failure?.fieldMessage(name))} />
      {failure?.fieldMessage(name) && <p className="field-error">{failure.fieldMessage(name)}</p>}
    </div>
  );

  return (
    <>
      <h1>Staff accounts</h1>
      <ErrorMessage error={error} />
      <section className="card" aria-labelledby="new-staff">
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <h2 id="new-staff">New staff account</h2>
          {field('name', 'Name')}
          {field('email', 'Email', 'email')}
          {field('password', 'Initial password (12+ characters)', 'password')}
          <label className="checkbox"><input type="checkbox" checked={form.isAdmin} onChange={(e) => setForm({ ...form, isAdmin: e.target.checked })} /> Organization admin</label>
          <button type="submit" className="button">Create account</button>
        </form>
        {created && <p className="notice" role="status">{created}</p>}
        {failure && failure.fields.length === 0 && <p className="alert" role="alert">{failure.message}</p>}
      </section>
      <table className="card table">
        <caption className="visually-hidden">Staff</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Work phone</th><th scope="col">Admin</th><th scope="col">Supervisor</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>{data?.users.map((u) => (
          <tr key={u.id}>
            <th scope="row">{u.name}</th><td data-label="Email">{u.email}</td>
            <td data-label="Work phone">
              <WorkPhoneForm inputId={`work-phone-${u.id}`} label={`Work phone of ${u.name}`} current={u.workPhone}
                save={async (workPhone) => { await endpoints.updateAccount(u.id, { workPhone }); reload(); }} />
            </td>
            <td data-label="Admin">{u.isAdmin ? 'Yes' : 'No'}</td>
            <td data-label="Supervisor"><SupervisorToggle account={u} onChanged={reload} /></td>
            <td data-label="Status" className={`account-status${u.disabled ? ' disabled' : ''}`}>{u.disabled ? 'Disabled' : 'Active'}</td>
            <td>{u.id !== user?.id && <AccountStatusButton account={u} onChanged={reload} />}</td>
          </tr>
        ))}</tbody>
      </table>
      <ApiClientsSection />
    </>
  );
}
