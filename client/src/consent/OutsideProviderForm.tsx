import type { ExternalProviderSharing } from '@carehuddle/shared';
import { useState } from 'react';

/** Adds a provider outside CareHuddle by name, organization and how to reach them (inside the consent form, so not a form itself). */
export function OutsideProviderForm({ onAdd }: { onAdd: (entry: ExternalProviderSharing) => void }) {
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [contact, setContact] = useState('');
  const [missing, setMissing] = useState<{ name?: string; contact?: string }>({});
  const add = () => {
    const problems = {
      ...(name.trim() ? {} : { name: "Enter the provider's name." }),
      ...(contact.trim() ? {} : { contact: 'Enter how to reach the provider (fax, secure message or address).' }),
    };
    setMissing(problems);
    if (problems.name || problems.contact) return;
    onAdd({ kind: 'external', id: crypto.randomUUID(), name: name.trim(), organization: organization.trim(), contact: contact.trim(), parts: ['shared'] });
    setName('');
    setOrganization('');
    setContact('');
  };
  const errorProps = (field: 'name' | 'contact') =>
    (missing[field] ? { 'aria-invalid': true, 'aria-describedby': `outside-provider-${field}-error` } : {});

  return (
    <div className="outside-provider" role="group" aria-labelledby="outside-provider-title">
      <p id="outside-provider-title" className="subheading">Add a provider outside CareHuddle</p>
      <div className="form-row">
        <div className="field">
          <label htmlFor="outside-provider-name">Name</label>
          <input id="outside-provider-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} {...errorProps('name')} />
          {missing.name && <p className="field-error" id="outside-provider-name-error">{missing.name}</p>}
        </div>
        <div className="field">
          <label htmlFor="outside-provider-organization">Practice or organization <span className="muted">(optional)</span></label>
          <input id="outside-provider-organization" value={organization} maxLength={120} onChange={(e) => setOrganization(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="outside-provider-contact">How to reach them (fax, secure message or address)</label>
          <input id="outside-provider-contact" value={contact} maxLength={200} onChange={(e) => setContact(e.target.value)} {...errorProps('contact')} />
          {missing.contact && <p className="field-error" id="outside-provider-contact-error">{missing.contact}</p>}
        </div>
      </div>
      <button type="button" className="button secondary" onClick={add}>Add outside provider</button>
    </div>
  );
}
