import type { CareTeamMember } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';

/** Writes a note or reply, with optional mentions; typing is announced to the thread. */
export function Composer({ id, label, team, onSend, onTyping }: {
  id: string;
  label: string;
  team: readonly CareTeamMember[];
  onSend: (body: string, mentions: string[]) => void;
  onTyping?: (typing: boolean) => void;
}) {
  const [body, setBody] = useState('');
  const [mention, setMention] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    onSend(body, mention ? [mention] : []);
    onTyping?.(false);
    setBody('');
    setMention('');
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={`composer-${id}`}>{label}</label>
      <textarea id={`composer-${id}`} dir="auto" rows={2} value={body} maxLength={10_000}
        onChange={(e) => { setBody(e.target.value); onTyping?.(e.target.value.length > 0); }} />
      <div className="composer-row">
        <label className="visually-hidden" htmlFor={`mention-${id}`}>Mention</label>
        <select id={`mention-${id}`} value={mention} onChange={(e) => setMention(e.target.value)}>
          <option value="">Mention…</option>
          {team.map((m) => <option key={m.userId} value={m.userId}>@{m.name}</option>)}
        </select>
        <button type="submit" className="button small">Send</button>
      </div>
    </form>
  );
}
