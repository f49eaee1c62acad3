import { useState, type FormEvent } from 'react';
import { apiClientEndpoints } from '../api/apiClientEndpoints';
import type { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

const STATUS_LABELS = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } as const;
const emptyForm = { name: '', scopes: 'system/*.read', patientId: '', expiresOn: '' };

/** A message on any of the scopes (the server names the one at fault, `body.scopes.2`). */
const scopesMessage = (error: ApiRequestError | null) => error?.fields.find((f) => f.path === 'body.scopes' || f.path.startsWith('body.scopes.'))?.message;

/** Systems that read the FHIR API: an admin connects one, copies its token once, and revokes it when it should stop. */
export function ApiClientsSection() {
  const { data, error, reload } = useServerQuery(['apiClients'], () => apiClientEndpoints.list());
  const [form, setForm] = useState(emptyForm);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { busy, error: failure, submit } = useFormSubmit('The API client could not be created.');
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const create = (event: FormEvent) => submit(event, async () => {
    const result = await apiClientEndpoints.create({
      name: form.name, scopes: form.scopes.split(/[\s,]+/).filter(Boolean), patientId: form.patientId.trim() || null, expiresOn: form.expiresOn,
    });
    setCreated({ name: result.client.name, token: result.token });
    setForm(emptyForm);
    reload();
  });
  const revoke = async (id: string) => {
    try {
      await apiClientEndpoints.revoke(id);
      setRevokeError(null);
      reload();
    } catch {
      setRevokeError('The client could not be revoked; try again.');
    }
  };
  const scopeError = scopesMessage(failure);

  return (
    <section className="card" aria-labelledby="api-clients">
      <h2 id="api-clients">FHIR API clients</h2>
      <p className="hint">Systems such as a health plan's data warehouse read the FHIR R4 API at <code>/fhir/R4</code> with a bearer token. Behavioral-health and substance-use records are never shared with them.</p>
      <ErrorMessage error={error} />
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <h3>New API client</h3>
        <div className="field">
          <label htmlFor="api-client-name">Name of the system</label>
          <input id="api-client-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} {...fieldErrorProps(failure, 'name', 'api-client-name')} />
          <FieldMessage error={failure} field="name" inputId="api-client-name" />
        </div>
        <div className="field">
          <label htmlFor="api-client-scopes">Scopes</label>
          <p className="hint" id="api-client-scopes-hint">Separated by spaces, e.g. <code>system/*.read</code>, <code>system/Patient.read system/CarePlan.read</code>, or <code>patient/*.read</code> for one patient. The audit trail needs <code>system/AuditEvent.read</code> by name.</p>
          <input id="api-client-scopes" value={form.scopes} onChange={(e) => setForm({ ...form, scopes: e.target.value })}
            aria-invalid={Boolean(scopeError)} aria-describedby={`api-client-scopes-hint${scopeError ? ' api-client-scopes-error' : ''}`} />
          {scopeError && <p className="field-error" id="api-client-scopes-error">{scopeError}</p>}
        </div>
        <div className="field">
          <label htmlFor="api-client-patient">Patient id (only for patient/ scopes)</label>
          <input id="api-client-patient" value={form.patientId} onChange={(e) => setForm({ ...form, patientId: e.target.value })} {...fieldErrorProps(failure, 'patientId', 'api-client-patient')} />
          <FieldMessage error={failure} field="patientId" inputId="api-client-patient" />
        </div>
        <div className="field">
          <label htmlFor="api-client-expires">Token works until</label>
          <input id="api-client-expires" type="date" value={form.expiresOn} onChange={(e) => setForm({ ...form, expiresOn: e.target.value })} {...fieldErrorProps(failure, 'expiresOn', 'api-client-expires')} />
          <FieldMessage error={failure} field="expiresOn" inputId="api-client-expires" />
        </div>
        <button type="submit" className="button" disabled={busy}>Create API client</button>
        <FormError error={failure} />
      </form>
      {created && (
        <div className="notice" role="status">
          <label htmlFor="api-client-token">Bearer token for {created.name}: copy it now, it is shown only once.</label>
          <input id="api-client-token" readOnly value={created.token} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {revokeError && <p className="alert" role="alert">{revokeError}</p>}
      <table className="table">
        <caption className="visually-hidden">API clients</caption>
        <thead><tr><th scope="col">System</th><th scope="col">Scopes</th><th scope="col">Status</th><th scope="col">Expires</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>{data?.clients.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            <td data-label="Scopes">{c.scopes.join(' ')}{c.patientId ? ` (patient ${c.patientId})` : ''}</td>
            <td data-label="Status">{STATUS_LABELS[c.status]}</td>
            <td data-label="Expires">{c.expiresAt.slice(0, 10)}</td>
            <td>{c.status === 'active' && <button type="button" className="button secondary" onClick={() => void revoke(c.id)} aria-label={`Revoke ${c.name}`}>Revoke</button>}</td>
          </tr>
        ))}</tbody>
      </table>
    </section>
  );
}
