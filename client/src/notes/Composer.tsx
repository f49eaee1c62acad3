import type { CareTeamMember } from '@carehuddle/shared';
import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionListbox } from './MentionListbox';
import { insertMention, mentionQueryAt, mentionsStillIn, suggestionsFor, type MentionQuery } from './mentions';

/**
 * Writes a note or reply. Typing `@` opens suggestions from the team (the
 * ARIA combobox pattern on the text area: arrow keys move, Enter or Tab
 * picks, Escape closes); several people can be mentioned in one note.
 */
export function Composer({ id, label, team, me, onSend, onTyping, children }: {
  id: string;
  label: string;
  /** The people who may be mentioned here. */
  team: readonly CareTeamMember[];
  /** The writer's user id: never offered as a mention. */
  me: string;
  onSend: (body: string, mentions: string[]) => void;
  onTyping?: (typing: boolean) => void;
  /** Extra controls shown before the Send button (who can see a new thread). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('notes');
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<CareTeamMember[]>([]);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const caretAfterPick = useRef<number | null>(null);
  const suggestions = query ? suggestionsFor(team, query.text, me) : [];
  const open = suggestions.length > 0;
  const listboxId = `mentions-${id}`;

  const follow = (text: string, caret: number) => {
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };
  const pick = (member: CareTeamMember) => {
    const target = area.current;
    if (!query || !target) return;
    const next = insertMention(body, query, target.selectionStart, member.name);
    setBody(next.body);
    setChosen((list) => [...list.filter((m) => m.userId !== member.userId), member]);
    setQuery(null);
    caretAfterPick.current = next.caret;
  };
  // The caret goes right after the inserted name as the new text is committed, before the next key is handled.
  useLayoutEffect(() => {
    const [target, caret] = [area.current, caretAfterPick.current];
    if (!target || caret === null) return;
    caretAfterPick.current = null;
    target.focus();
    target.setSelectionRange(caret, caret);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    onSend(body, mentionsStillIn(body, chosen));
    onTyping?.(false);
    setBody('');
    setChosen([]);
    setQuery(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i + 1) % suggestions.length),
      ArrowUp: () => setActive((i) => (i - 1 + suggestions.length) % suggestions.length),
      Enter: () => pick(suggestions[active]!),
      Tab: () => pick(suggestions[active]!),
      Escape: () => setQuery(null),
    };
    const move = moves[event.key];
    if (!move || event.shiftKey) return;
    event.preventDefault();
    move();
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={`composer-${id}`}>{label}</label>
      <p id={`composer-hint-${id}`} className="visually-hidden">{t('composer.hint')}</p>
      <div className="mention-field">
        <textarea ref={area} id={`composer-${id}`} dir="auto" rows={2} value={body} maxLength={10_000}
          role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={listboxId} aria-describedby={`composer-hint-${id}`}
          aria-activedescendant={open ? `${listboxId}-${suggestions[active]!.userId}` : undefined}
          onKeyDown={onKeyDown} onBlur={() => setQuery(null)}
          onSelect={(e) => follow(e.currentTarget.value, e.currentTarget.selectionStart)}
          onChange={(e) => { setBody(e.target.value); follow(e.target.value, e.target.selectionStart); onTyping?.(e.target.value.length > 0); }} />
        <MentionListbox id={listboxId} label={t('composer.mentionOptions')} options={open ? suggestions : []} active={active} onPick={pick} />
      </div>
      <div className="composer-row">
        {children}
        <button type="submit" className="button small">{t('composer.send')}</button>
      </div>
    </form>
  );
}
