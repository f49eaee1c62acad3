import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiRequestError } from '../api/http';
import { searchEndpoints } from '../api/searchEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldMessage, fieldErrorProps } from '../components/FieldMessage';
import { useSession } from '../session/SessionContext';
import { Highlighted } from './Highlighted';
import { contentLink, contentPlace } from './searchLinks';

/** Search results: patients first, then huddle notes and plan text, best matches first, only what the server lets this person read. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  // A new search from the top bar replaces what this page's field holds.
  useEffect(() => setDraft(q), [q]);
  const { user } = useSession();
  const familySide = user?.kind !== 'staff';
  const { data: loaded, error } = useServerQuery(['search', q], () => (q === '' ? Promise.resolve(undefined) : searchEndpoints.search(q)), { keepPreviousData: true });
  // After a failed search the previous results would answer the wrong words.
  const data = error ? undefined : loaded;
  const fieldError = error instanceof ApiRequestError && error.fields.length > 0 ? error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ q: draft });
  };
  const nothing = data && data.patients.length === 0 && data.content.length === 0;
  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">Search</h1>
      <form role="search" aria-label="Search again" className="card search-form" onSubmit={submit}>
        <label htmlFor="search-q">Patients, huddle notes and plans</label>
        <div className="search-row">
          <input id="search-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={200}
            {...fieldErrorProps(fieldError, 'query.q', 'search-q')} />
          <button type="submit" className="button">Search</button>
        </div>
        <FieldMessage error={fieldError} field="query.q" inputId="search-q" />
        <p className="hint">A name, member number or date of birth, or words from a note or the plan.</p>
      </form>
      {!fieldError && <ErrorMessage error={error} />}
      {nothing && <p className="empty" role="status">Nothing you can see matches “{q}”.</p>}
      {data && data.patients.length > 0 && (
        <section className="card" aria-labelledby="search-patients">
          <h2 id="search-patients">Patients</h2>
          <ul className="search-results">
            {data.patients.map((p) => (
              <li key={p.patientId}>
                <Link to={familySide ? `/patients/${p.patientId}/review` : `/patients/${p.patientId}`}><Highlighted text={p.name} /></Link>
                <span className="search-meta">Member <Highlighted text={p.memberNumber} /> · born <Highlighted text={p.dateOfBirth} /></span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && data.content.length > 0 && (
        <section className="card" aria-labelledby="search-content">
          <h2 id="search-content">Notes and plans</h2>
          <ul className="search-results">
            {data.content.map((hit) => (
              <li key={hit.source.kind === 'note' ? hit.source.noteId : `${hit.patientId}:${hit.source.audience}:${hit.source.section}:${hit.source.itemId ?? ''}`}>
                <Link to={contentLink(hit, familySide)}>
                  {hit.title.length > 0 ? <Highlighted text={hit.title} /> : contentPlace(hit)}
                </Link>
                <span className="search-meta">{hit.patientName} · {contentPlace(hit)}</span>
                {hit.snippet.length > 0 && <p className="search-snippet"><Highlighted text={hit.snippet} /></p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
