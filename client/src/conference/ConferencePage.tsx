import { Link, useParams } from 'react-router';
import { useSession } from '../session/SessionContext';
import { AgendaItemCard } from './AgendaItemCard';
import { Countdown } from './Countdown';
import { useConference } from './useConference';

/** The live conference: who is here, the agenda with the current item, the timer, decisions and action items. */
export function ConferencePage() {
  const { conferenceId = '' } = useParams();
  const live = useConference(conferenceId);
  const { user } = useSession();
  const c = live.conference;
  if (live.error) return <p className="alert" role="alert">{live.error}</p>;
  if (!c) return <p role="status">Joining…</p>;
  const isChair = user?.id === c.chair.userId;
  const owners = [c.chair, ...c.invitees];
  return (
    <>
      <p className="breadcrumb"><Link to="/conferences">Conferences</Link> › {c.title}</p>
      <h1>{c.title}</h1>
      <div className="conference-bar card">
        <ul className="presence" aria-label="In the conference now">
          {live.attendees.map((a) => <li key={a.userId}><span className="avatar" aria-hidden="true">{a.name.slice(0, 1)}</span><span className="presence-text"><strong>{a.name}</strong></span></li>)}
        </ul>
        <div className="conference-controls">
          {c.timerEndsAt && <Countdown endsAt={c.timerEndsAt} />}
          {isChair && (
            <>
              <button type="button" className="button secondary small" onClick={() => void live.send('conference:timer', { minutes: 5 })}>5-minute timer</button>
              <button type="button" className="button secondary small" onClick={() => void live.send('conference:timer', { minutes: null })}>Clear timer</button>
            </>
          )}
          <Link className="button small" to={`/conferences/${c.id}/summary`}>Summary</Link>
        </div>
      </div>
      {c.presenter && <p className="notice" role="status">{c.presenter.name} is presenting{c.presenter.section ? ` ${c.presenter.section}` : ''}.</p>}
      <ol className="agenda">
        {c.agenda.map((item) => (
          <AgendaItemCard key={item.id} conference={c} item={item} current={item.id === c.currentAgendaItemId} isChair={isChair} canRecord={user?.kind === 'staff'} owners={owners} live={live} />
        ))}
      </ol>
    </>
  );
}
